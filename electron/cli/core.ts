import { openCore, type Core } from '../services/core'
import { resolveDataDir } from '../services/common/data-dir'
import { createChromiumPrinter, PdfError, type PdfPrinter } from '../services/pdf/index'

/**
 * Opens the data directory for one command and always closes it, so the lock is released. Bundle PDFs are
 * printed by the system Chromium, started only if the command actually prints (submit), and closed after.
 */
export async function withCore<T>(dataFlag: string | undefined, fn: (core: Core) => T | Promise<T>): Promise<T> {
  const lazy: { tried: boolean; printer?: PdfPrinter | undefined } = { tried: false }
  const pdf = {
    print: (html: string): Promise<Uint8Array> => {
      if (!lazy.tried) {
        lazy.tried = true
        lazy.printer = createChromiumPrinter()
      }
      const printer = lazy.printer
      if (!printer) return Promise.reject(new PdfError('unavailable', '本机没有可用于生成 PDF 的 Chromium (no Chromium to print the PDF with)'))
      return printer.print(html)
    },
  }
  const core = await openCore({ dataDir: resolveDataDir(dataFlag), shell: 'cli', pdf })
  try {
    return await fn(core)
  } finally {
    core.close()
    await lazy.printer?.close()
  }
}
