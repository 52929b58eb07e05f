import { randomUUID } from 'node:crypto'
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions, Session, WebContents } from 'electron'
import { errorKind, silentLogger, type Logger } from '../services/common/logger'
import { serialQueue, withTimeout } from '../services/pdf/print-queue'
import { PdfError, PRINT_TIMEOUT_MS, type PdfPrinter } from '../services/pdf/printer'
import { sanitizePdf } from '../services/pdf/sanitize-pdf'
import { appOrigin, schemeOf } from './app-url'
import { hardenSession } from './hardening'

/** The print window's session: in memory (no `persist:` prefix), shared with nothing else, never on disk. */
export const PRINT_PARTITION = 'countersign-print'

/**
 * The window a notice is printed in: never shown, sandboxed, no preload, no Node, and no JavaScript at all —
 * the published HTML has no script, and a page that cannot run code cannot reach anything either.
 * Every security-relevant preference is spelled out, as for the main window, so the unit test sees a change.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // Roughly an A4 sheet at 96 dpi; the print lays the page out again at the paper size.
    width: 794,
    height: 1123,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      // no middle-click navigation, as in the main window (Electronegativity's AUXCLICK check)
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      plugins: false,
      webgl: false,
      devTools: false,
      safeDialogs: true,
      // A hidden window must still lay out and paint when asked to print.
      backgroundThrottling: false,
    },
  }
}

/** The same page setup as the Chromium printer: A4 unless the page's @page says otherwise, no margins of our own. */
export const printToPdfOptions: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateTaggedPDF: false,
  generateDocumentOutline: false,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
}

/** What the print window needs of a BrowserWindow; a fake stands in for it in unit tests. */
export type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'destroy' | 'isDestroyed'> & { webContents: Pick<WebContents, 'printToPDF'> }

export type ElectronPrinterDeps = {
  /** `(options) => new BrowserWindow(options)` */
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow
  /** `() => session.fromPartition(PRINT_PARTITION, { cache: false })`; called once, on the first print (after `ready`). */
  printSession: () => Session
  timeoutMs?: number
  log?: Logger
}

/**
 * The address a document is served at. It is on the app scheme because the app-wide request policy (which
 * every session gets through `session-created`) lets exactly that scheme and host through, so the print works
 * whichever of the two request filters ends up installed; but in this partition the scheme serves nothing except
 * the one document being printed, and a random name per print means a late request cannot fetch the next one.
 */
export function printDocumentUrl(token: string = randomUUID()): string {
  return `${appOrigin}/print/${token}.html`
}

const documentHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  // The published HTML carries the same policy in a meta tag; the header holds even for a page without it.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
}

/**
 * Prints in an invisible BrowserWindow of the Electron app. The HTML is served from memory on the print
 * session; every other request of that session — subresources, navigations, anything — is cancelled.
 */
export function createElectronPrinter(deps: ElectronPrinterDeps): PdfPrinter {
  const log = deps.log ?? silentLogger
  const timeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS
  const enqueue = serialQueue()
  let current: { url: string; html: string } | undefined
  let active: PrintWindow | undefined
  let prepared: Promise<void> | undefined

  const prepare = async (): Promise<void> => {
    const session = deps.printSession()
    // No permissions, downloads, spell-check dictionaries or proxy — the rules of every other session...
    await hardenSession(session, { allowDevTools: false }, log)
    // ...then a stricter request filter in place of the app-wide one: only the document being printed.
    session.webRequest.onBeforeRequest((details, callback) => {
      const cancel = current === undefined || details.url !== current.url
      if (cancel) log.warn('pdf.request_blocked', { scheme: schemeOf(details.url) })
      callback({ cancel })
    })
    if (session.protocol.isProtocolHandled('app')) session.protocol.unhandle('app')
    session.protocol.handle('app', (request) => {
      if (current === undefined || request.url !== current.url || request.method !== 'GET') return new Response('not found', { status: 404 })
      return new Response(current.html, { status: 200, headers: documentHeaders })
    })
  }

  const ready = (): Promise<void> => {
    prepared ??= prepare().catch((error: unknown) => {
      prepared = undefined
      log.error('pdf.session_failed', errorKind(error))
      throw new PdfError('unavailable', '无法准备 PDF 打印窗口 (the print window could not be prepared)')
    })
    return prepared
  }

  const destroy = (win: PrintWindow | undefined): void => {
    if (win && !win.isDestroyed()) win.destroy()
  }

  const printOnce = async (html: string): Promise<Uint8Array> => {
    await ready()
    // Local to this print: an abandoned (timed-out) print must not clear or destroy the next one's.
    const doc = { url: printDocumentUrl(), html }
    let win: PrintWindow | undefined
    current = doc
    try {
      win = deps.createWindow(printWindowOptions())
      active = win
      await win.loadURL(doc.url)
      return new Uint8Array(await win.webContents.printToPDF(printToPdfOptions))
    } catch (error) {
      log.error('pdf.print_failed', errorKind(error))
      throw new PdfError('failed', '生成 PDF 失败 (printing the PDF failed)')
    } finally {
      if (current === doc) current = undefined
      if (active === win) active = undefined
      destroy(win)
    }
  }

  const abandon = (): void => {
    current = undefined
    destroy(active)
    active = undefined
  }

  return {
    print: (html) =>
      enqueue(async () => {
        const pdf = await withTimeout(printOnce(html), timeoutMs, abandon)
        return sanitizePdf(pdf)
      }),
    // a drafter signed in: the print session is hardened and its handlers installed now, not at the submit
    warm: () => enqueue(() => ready()),
    close: () => enqueue(() => Promise.resolve(abandon())),
  }
}
