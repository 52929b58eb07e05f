/**
 * Prints a notice's published HTML to a PDF. One implementation per front door: Chromium driven by
 * playwright-core for the browser shell and the CLI, an invisible BrowserWindow in the Electron app.
 * Both return the PDF already sanitised (see sanitize-pdf.ts): no author, path, machine or time in it.
 */
export type PdfPrinter = {
  /** The PDF of `html`; rejects with a PdfError. Calls are serialised: one print at a time. */
  print(html: string): Promise<Uint8Array>
  /**
   * Starts the engine ahead of the first print (and readies a blank page), so a submit does not wait for it: called
   * when a drafter signs in or opens a notice. Optional: a printer that has nothing to start leaves it out. Queued
   * like a print; a warm printer blocks every request of the page exactly as a cold one.
   */
  warm?(): Promise<void>
  /** Releases the browser or window; a later print starts a new one. */
  close(): Promise<void>
}

export type PdfErrorCode =
  /** no engine to print with (no Chromium found, playwright-core missing, the browser would not start) */
  | 'unavailable'
  /** the print took longer than its hard limit and was abandoned */
  | 'timeout'
  /** the engine failed while loading or printing the page */
  | 'failed'
  /** the engine's output is not a PDF the sanitiser understands, so it is not shipped */
  | 'malformed'

/** Why a PDF could not be made; the message is written for the officer (zh-CN first) and never quotes the notice. */
export class PdfError extends Error {
  override readonly name = 'PdfError'
  constructor(
    readonly code: PdfErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** A print that takes longer than this is stuck, not slow: a 10,000-row notice prints in about 4 s. */
export const PRINT_TIMEOUT_MS = 60_000

