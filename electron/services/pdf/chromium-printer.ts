import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type * as Playwright from 'playwright-core'
import { findChromium } from './find-chromium'
import { quietChromiumFlags } from '../common/chromium-flags'
import { errorKind, silentLogger, type Logger } from '../common/logger'
import { serialQueue, withTimeout } from './print-queue'
import { PdfError, PRINT_TIMEOUT_MS, type PdfPrinter } from './printer'
import { sanitizePdf } from './sanitize-pdf'

export type ChromiumPrinterOptions = {
  /** The browser to print with; default: the system's Chromium, Chrome or Edge (findChromium). */
  executablePath?: string
  /** Hard limit for one print, launch included. */
  timeoutMs?: number
  log?: Logger
}

/**
 * Flags for the (headless) print browser: no background traffic of its own, no proxy (system or PAC) and a
 * resolver that answers nothing — the page's own requests are all aborted by the route, and these make sure
 * that neither the browser nor a request that slipped past could reach a host. The sandbox stays on unless
 * running as root, where Chromium refuses to start with it.
 */
export function printBrowserArgs(): string[] {
  return [...quietChromiumFlags, '--no-proxy-server', '--host-resolver-rules=MAP * ~NOTFOUND']
}

export function runningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

/** Options for `page.pdf`: A4 unless the page's @page says otherwise (ours does), backgrounds, no browser header/footer. */
export const pdfOptions = { format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, tagged: false, outline: false } as const

type PlaywrightModule = typeof Playwright

/** How long after a failed launch the profile folder is removed a second time. */
const PROFILE_RETRY_MS = 5_000

/**
 * playwright-core is loaded through require, so that no bundler pulls it into the app (the Electron build
 * prints with its own window and never needs it); without it there is no printer. Making a printer only
 * checks that it is installed: the module itself (about a second of CPU) is read at the first launch, so
 * a host or CLI that never prints does not pay for it at start-up.
 */
function playwrightLoader(): (() => PlaywrightModule) | undefined {
  const require = createRequire(import.meta.url)
  try {
    require.resolve('playwright-core')
  } catch {
    return undefined
  }
  let loaded: PlaywrightModule | undefined
  return () => (loaded ??= require('playwright-core') as PlaywrightModule)
}

function schemeOf(url: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? 'invalid'
}

type Running = { context: Playwright.BrowserContext; removeOnExit: () => void }

/**
 * A printer over the system Chromium, for the browser shell and the CLI. Undefined when there is no Chromium
 * (or no playwright-core) on this machine: the bundle then ships without content/notice.pdf.
 * The browser starts on the first print (or at warm()) and is reused until close(); each print gets a fresh page
 * with JavaScript off — opened blank ahead of time, after the previous print or at warm(), and closed after its
 * one print — and every request the page makes is stopped (aborted, or a navigation answered 204 locally): the
 * notice is set as the page's content, never fetched.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter | undefined {
  const executablePath = options.executablePath ?? findChromium()
  if (executablePath === undefined || !fs.existsSync(executablePath)) return undefined
  const playwright = playwrightLoader()
  if (!playwright) return undefined
  const log = options.log ?? silentLogger
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS
  const enqueue = serialQueue()
  let running: Running | undefined
  /** A blank page opened ahead for the next print, in the browser that opened it (never one that printed). */
  let spare: { context: Playwright.BrowserContext; page: Promise<Playwright.Page> } | undefined

  const launch = async (): Promise<Running> => {
    // A fresh profile per launch, removed on close (and on exit, should close never come).
    let profileDir: string
    try {
      profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-pdf-'))
    } catch (error) {
      log.error('pdf.profile_failed', errorKind(error))
      throw new PdfError('unavailable', '无法为 Chromium 创建临时文件夹 (no temporary folder for Chromium)')
    }
    const removeOnExit = (): void => {
      try {
        // Windows keeps a just-closed browser's files locked for a moment: retry before giving up.
        fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 })
      } catch {
        // Left to the system's temp cleaning: a browser profile only, the notice is never written to it.
      }
    }
    process.once('exit', removeOnExit)
    try {
      const context = await playwright().chromium.launchPersistentContext(profileDir, {
        executablePath,
        headless: true,
        args: printBrowserArgs(),
        chromiumSandbox: !runningAsRoot(),
        javaScriptEnabled: false,
        serviceWorkers: 'block',
        acceptDownloads: false,
        // The host and the CLI handle their own signals and call close().
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: timeoutMs,
      })
      await context.route('**/*', async (route) => {
        const request = route.request()
        log.warn('pdf.request_blocked', { scheme: schemeOf(request.url()), navigation: request.isNavigationRequest() })
        try {
          // A navigation (a meta refresh, a frame) answered 204 leaves the page as it is; aborting it would
          // replace the notice with Chromium's error page, and that page would be printed.
          if (request.isNavigationRequest()) await route.fulfill({ status: 204 })
          else await route.abort('blockedbyclient')
        } catch {
          // The page was closed meanwhile: the request died with it.
        }
      })
      log.info('pdf.browser_started')
      return { context, removeOnExit }
    } catch (error) {
      // A launch that timed out may leave a Chromium that is still writing its profile while Playwright kills
      // it: remove the folder now and once more when that browser is surely gone (and at exit in any case).
      removeOnExit()
      setTimeout(() => {
        removeOnExit()
        process.removeListener('exit', removeOnExit)
      }, PROFILE_RETRY_MS).unref()
      log.error('pdf.browser_failed', errorKind(error))
      throw new PdfError('unavailable', '无法启动 Chromium 生成 PDF (Chromium could not be started to print the PDF)')
    }
  }

  const stop = async (current: Running): Promise<void> => {
    try {
      await current.context.close()
    } catch (error) {
      log.warn('pdf.browser_close_failed', errorKind(error))
    } finally {
      process.removeListener('exit', current.removeOnExit)
      current.removeOnExit()
    }
  }

  // Bumped by every shutdown, so a launch that a timeout abandoned closes its browser instead of keeping it.
  let generation = 0
  const shutdown = async (): Promise<void> => {
    generation += 1
    const current = running
    running = undefined
    // the spare page closes with its browser
    spare = undefined
    if (current) await stop(current)
  }

  const browser = async (): Promise<Running> => {
    if (running) return running
    const started = generation
    const launched = await launch()
    if (started !== generation) {
      await stop(launched)
      throw new PdfError('failed', 'PDF 打印已被放弃 (the print was abandoned)')
    }
    running = launched
    return launched
  }

  /** Opens the next print's blank page now, while nobody waits (same context, same routes, JavaScript off). */
  const openSpare = (context: Playwright.BrowserContext): void => {
    if (spare || running?.context !== context) return
    const page = context.newPage()
    page.catch(() => undefined)
    spare = { context, page }
  }

  /** The spare page if it is still good for this browser, else a new one. */
  const freshPage = async (context: Playwright.BrowserContext): Promise<Playwright.Page> => {
    const ready = spare
    spare = undefined
    if (ready?.context === context) {
      const page = await ready.page.catch(() => undefined)
      if (page && !page.isClosed() && page.url() === 'about:blank') return page
      await page?.close().catch(() => undefined)
    }
    return context.newPage()
  }

  const printOnce = async (html: string): Promise<Uint8Array> => {
    const { context } = await browser()
    let page: Playwright.Page | undefined
    try {
      page = await freshPage(context)
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs })
      return new Uint8Array(await page.pdf(pdfOptions))
    } catch (error) {
      log.error('pdf.print_failed', errorKind(error))
      throw new PdfError('failed', 'Chromium 生成 PDF 失败 (Chromium failed to print the PDF)')
    } finally {
      // every notice gets its own page: this one goes, and a blank one is readied for the next
      await page?.close().catch(() => undefined)
      openSpare(context)
    }
  }

  return {
    print: (html) =>
      enqueue(async () => {
        // A stuck renderer is not trusted with the next notice: the whole browser goes, the next print relaunches.
        const pdf = await withTimeout(printOnce(html), timeoutMs, shutdown)
        return sanitizePdf(pdf)
      }),
    warm: () =>
      enqueue(async () => {
        const { context } = await withTimeout(browser(), timeoutMs, shutdown)
        openSpare(context)
        await spare?.page.catch(() => undefined)
      }),
    close: () => enqueue(shutdown),
  }
}
