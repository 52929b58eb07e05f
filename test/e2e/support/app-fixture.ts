import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron, test as base, type Browser, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test'
import { startHost, type HostProcess } from './browser-shell'
import { findElectron, noElectronReason } from './electron-shell'
import { electronMainEntry } from './paths'

export type Shell = 'browser' | 'electron'
export type AppOptions = { shell: Shell }

export type App = {
  readonly shell: Shell
  /** The current window; a new object after `restart()` in Electron, so read it again after restarting. */
  readonly page: Page
  readonly dataDir: string
  /** The browser host of this test (browser shell only): its origin and per-launch token. */
  readonly host: HostProcess | undefined
  /** Quits the app (gracefully) and starts it again on the same data directory. */
  restart(): Promise<void>
}

const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0

function chromiumPath(): string {
  const executable = process.env.COUNTERSIGN_CHROMIUM ?? '/usr/bin/chromium'
  if (!fs.existsSync(executable)) {
    throw new Error(`no Chromium at ${executable}: apt-get install -y chromium fonts-noto-cjk, or set COUNTERSIGN_CHROMIUM`)
  }
  return executable
}

async function openBrowserShell(browser: Browser, dataDir: string): Promise<{ app: App; close(): Promise<void> }> {
  let host = await startHost(dataDir)
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(host.url)
  const app: App = {
    shell: 'browser',
    page,
    dataDir,
    get host() {
      return host
    },
    async restart() {
      await host.stop()
      host = await startHost(dataDir)
      await page.goto(host.url)
    },
  }
  return {
    app,
    close: async () => {
      await context.close()
      await host.stop()
    },
  }
}

async function openElectronShell(executablePath: string, dataDir: string): Promise<{ app: App; close(): Promise<void> }> {
  const launch = async (): Promise<{ electron: ElectronApplication; page: Page }> => {
    const electron = await _electron.launch({
      executablePath,
      // Chromium refuses to run as root with its sandbox; CI containers run as root.
      args: [...(runningAsRoot ? ['--no-sandbox'] : []), electronMainEntry, '--data', dataDir],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' },
    })
    const page = await electron.firstWindow()
    await page.setViewportSize({ width: 1280, height: 800 })
    return { electron, page }
  }
  let current = await launch()
  const app: App = {
    shell: 'electron',
    get page() {
      return current.page
    },
    dataDir,
    host: undefined,
    async restart() {
      await current.electron.close()
      current = await launch()
    },
  }
  return { app, close: () => current.electron.close() }
}

/**
 * Every test gets a fresh data directory and a running app on it, in the shell of its project.
 * The Chromium for the browser shell is started once per worker.
 */
export const test = base.extend<{ app: App }, AppOptions & { shellBrowser: Browser | undefined }>({
  shell: ['browser', { option: true, scope: 'worker' }],
  shellBrowser: [
    async ({ shell, playwright }, use) => {
      if (shell !== 'browser') return use(undefined)
      const browser = await playwright.chromium.launch({
        executablePath: chromiumPath(),
        args: [...(runningAsRoot ? ['--no-sandbox'] : []), ...chromiumArgs],
      })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ shell, shellBrowser }, use, testInfo) => {
    let executable: string | undefined
    if (shell === 'electron') {
      executable = findElectron()
      testInfo.skip(executable === undefined, noElectronReason)
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-e2e-'))
    const opened = shell === 'browser' && shellBrowser ? await openBrowserShell(shellBrowser, dataDir) : await openElectronShell(executable ?? '', dataDir)
    try {
      await use(opened.app)
    } finally {
      await opened.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  },
})

export { expect } from '@playwright/test'
