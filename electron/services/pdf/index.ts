export { PdfError, PRINT_TIMEOUT_MS, type PdfErrorCode, type PdfPrinter } from './printer'
export { createChromiumPrinter, pdfOptions, printBrowserArgs, type ChromiumPrinterOptions } from './chromium-printer'
export { sanitizePdf, pdfInfo, PDF_CREATOR } from './sanitize-pdf'
export { serialQueue, withTimeout } from './print-queue'
