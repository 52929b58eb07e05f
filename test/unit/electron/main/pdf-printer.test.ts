import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appOrigin } from '../../../../electron/main/app-url'
import { createElectronPrinter, PRINT_PARTITION, printToPdfOptions, printWindowOptions } from '../../../../electron/main/pdf-printer'
import { pdfInfo } from '../../../../electron/services/pdf/sanitize-pdf'
import { PdfError } from '../../../../electron/services/pdf/printer'
import { chromiumLikePdf } from '../services/pdf/minimal-pdf'
import { FakeSession, recordingLogger } from './fakes'

type ProtocolHandler = (request: Request) => Response | Promise<Response>

/** The print partition's session: the shared fake plus the per-session protocol registry. */
class FakePrintSession extends FakeSession {
  handlers = new Map<string, ProtocolHandler>()
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler): void => {
      if (this.handlers.has(scheme)) throw new Error(`${scheme} is already handled`)
      this.handlers.set(scheme, handler)
    },
    unhandle: (scheme: string): void => void this.handlers.delete(scheme),
    isProtocolHandled: (scheme: string): boolean => this.handlers.has(scheme),
  }
  /** What a page in this session would get for `url`: cancelled by the filter, or the handler's answer. */
  async fetch(url: string): Promise<Response | 'cancelled'> {
    if (this.decide(url) !== false) return 'cancelled'
    const handler = this.handlers.get(new URL(url).protocol.replace(/:$/, ''))
    if (!handler) throw new Error(`no handler for ${url}`)
    return handler(new Request(url))
  }
}

/** How one fake window behaves; `during` runs while its page is loaded, before it prints. */
type Behaviour = { load?: 'ok' | 'fail'; print?: 'ok' | 'hang'; during?: (url: string) => Promise<void> }

/** Loads through the fake session the way Chromium would, and prints a PDF with Chromium's metadata. */
class FakePrintWindow {
  loaded: string[] = []
  served: string | undefined
  destroyed = false
  printOptions: PrintToPDFOptions | undefined
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly session: FakePrintSession,
    private readonly behaviour: Behaviour,
  ) {}
  readonly webContents = {
    printToPDF: (options: PrintToPDFOptions): Promise<Buffer> => {
      this.printOptions = options
      if (this.behaviour.print === 'hang') return new Promise<Buffer>(() => undefined)
      return Promise.resolve(Buffer.from(chromiumLikePdf()))
    },
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url)
    if (this.behaviour.load === 'fail') throw new Error('ERR_FAILED (-2) loading')
    const response = await this.session.fetch(url)
    if (response === 'cancelled' || response.status !== 200) throw new Error('ERR_BLOCKED_BY_CLIENT')
    this.served = await response.text()
    await this.behaviour.during?.(url)
  }
  destroy(): void {
    this.destroyed = true
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
}

function rig(behaviours: Behaviour[] = []) {
  const session = new FakePrintSession()
  const windows: FakePrintWindow[] = []
  const log = recordingLogger()
  let sessions = 0
  const printer = createElectronPrinter({
    createWindow: (options) => {
      const win = new FakePrintWindow(options, session, behaviours[windows.length] ?? {})
      windows.push(win)
      return win
    },
    printSession: () => {
      sessions += 1
      return session as unknown as Session
    },
    timeoutMs: 30_000,
    log,
  })
  return { printer, session, windows, log, sessions: () => sessions }
}

const html = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>公告</title></head><body><p>户主：欧阳**</p></body></html>\n'

describe('printWindowOptions', () => {
  it('is hidden, sandboxed and isolated, with no Node, no JavaScript and no preload', () => {
    const options = printWindowOptions()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      plugins: false,
      webgl: false,
      devTools: false,
    })
    for (const key of ['preload', 'enableBlinkFeatures', 'additionalArguments', 'session']) expect(options.webPreferences, key).not.toHaveProperty(key)
  })

  it('uses its own in-memory partition, never the UI session or one on disk', () => {
    const partition = printWindowOptions().webPreferences?.partition
    expect(partition).toBe(PRINT_PARTITION)
    expect(partition).not.toMatch(/^persist:/)
  })
})

describe('printToPdfOptions', () => {
  it('prints A4 as the page asks, with backgrounds and without a browser header or footer', () => {
    expect(printToPdfOptions).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, generateTaggedPDF: false })
  })
})

describe('createElectronPrinter', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('loads the HTML from memory in a hidden window, prints it, sanitises the PDF and destroys the window', async () => {
    const { printer, windows } = rig()
    const pdf = await printer.print(html)
    expect(windows).toHaveLength(1)
    const [win] = windows
    expect(win?.options).toEqual(printWindowOptions())
    expect(win?.loaded).toHaveLength(1)
    expect(win?.loaded[0]).toMatch(new RegExp(`^${appOrigin}/print/[0-9a-f-]{36}\\.html$`))
    expect(win?.served).toBe(html)
    expect(win?.printOptions).toEqual(printToPdfOptions)
    expect(win?.destroyed).toBe(true)
    expect(pdfInfo(pdf)).toEqual({ Title: '公告', Creator: 'Countersign' })
  })

  it('warm() prepares the print session ahead (once) and opens no window; the print that follows uses it', async () => {
    const { printer, windows, sessions } = rig()
    await printer.warm?.()
    await printer.warm?.()
    expect(sessions()).toBe(1)
    expect(windows).toHaveLength(0)
    await printer.print(html)
    expect(sessions()).toBe(1)
    expect(windows).toHaveLength(1)
    expect(windows[0]?.destroyed).toBe(true)
  })

  it('serves the document with a CSP that forbids every fetch, and only at its own address while it prints', async () => {
    let during: { csp: string | null; others: Array<Response | 'cancelled'> } | undefined
    const { printer, session, windows } = rig([
      {
        during: async (url) => {
          const response = await session.fetch(url)
          const others = await Promise.all(
            ['https://example.com/a.png', 'http://127.0.0.1:8080/', 'file:///etc/passwd', `${appOrigin}/index.html`, `${appOrigin}/print/other.html`].map((u) => session.fetch(u)),
          )
          during = { csp: response === 'cancelled' ? null : response.headers.get('Content-Security-Policy'), others }
        },
      },
    ])
    await printer.print(html)
    expect(during?.csp).toBe("default-src 'none'; style-src 'unsafe-inline'")
    expect(during?.others.every((r) => r === 'cancelled')).toBe(true)
    // After the print its address is dead too.
    expect(await session.fetch(windows[0]?.loaded[0] ?? '')).toBe('cancelled')
    expect(session.decide('data:text/html,<p>x</p>')).toBe(true)
  })

  it('hardens the print session like every other: no permissions, no proxy, no spell-check downloads', async () => {
    const { printer, session, sessions } = rig()
    await printer.print(html)
    await printer.print(html)
    expect(sessions()).toBe(1)
    let granted: boolean | undefined
    session.permissionRequestHandler?.(undefined, 'media', (g) => (granted = g), undefined)
    expect(granted).toBe(false)
    expect(session.permissionCheckHandler?.(undefined, 'clipboard-read', appOrigin, undefined)).toBe(false)
    expect(session.proxy).toEqual({ mode: 'direct' })
    expect(session.spellChecker).toBe(false)
  })

  it('logs a blocked request by its scheme only, never the address', async () => {
    const { printer, session, log } = rig()
    await printer.print(html)
    session.decide('https://example.com/欧阳修/photo.png')
    const line = log.lines.find((l) => l.event === 'pdf.request_blocked')
    expect(line?.fields).toEqual({ scheme: 'https' })
    expect(JSON.stringify(log.lines)).not.toContain('example.com')
  })

  it('turns a failed load into a PdfError, destroys the window, and prints the next notice normally', async () => {
    const { printer, windows, log } = rig([{ load: 'fail' }])
    await expect(printer.print(html)).rejects.toMatchObject({ name: 'PdfError', code: 'failed' })
    expect(windows[0]?.destroyed).toBe(true)
    expect(JSON.stringify(log.lines)).not.toContain('欧阳')
    await expect(printer.print(html)).resolves.toBeInstanceOf(Uint8Array)
    expect(windows[1]?.destroyed).toBe(true)
  })

  it('abandons a print that hangs: the window is destroyed and the error says it timed out', async () => {
    vi.useFakeTimers()
    const { printer, windows } = rig([{ print: 'hang' }])
    const result = printer.print(html).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(30_000)
    const error = await result
    expect(error).toBeInstanceOf(PdfError)
    expect(error).toMatchObject({ code: 'timeout' })
    expect(windows[0]?.destroyed).toBe(true)
  })

  it('prints one notice at a time', async () => {
    const alive: number[] = []
    const count = async (): Promise<void> => {
      alive.push(windows.filter((w) => !w.destroyed).length)
      return Promise.resolve()
    }
    const { printer, windows } = rig([{ during: count }, { during: count }, { during: count }])
    await Promise.all([printer.print(html), printer.print(html), printer.print(html)])
    expect(windows).toHaveLength(3)
    expect(alive).toEqual([1, 1, 1])
  })
})
