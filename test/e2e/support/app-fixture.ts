import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron, expect, test as base, type Browser, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test'
import { seedTemplate, signInOn, testAccounts, type TestLogin } from './accounts'
import { startHost, type HostProcess } from './browser-shell'
import { findElectron, noElectronReason } from './electron-shell'
import { electronMainEntry, seedTemplateVariable } from './paths'

export type Shell = 'browser' | 'electron'
export type AppOptions = { shell: Shell }
/** Per test: `seeded: false` starts on an empty data directory (first run, 初始设置). */
export type TestOptions = { seeded: boolean }

export type App = {
  readonly shell: Shell
  /** The current window; a new object after `restart()` in Electron, so read it again after restarting. */
  readonly page: Page
  readonly dataDir: string
  /** The browser host of this test (browser shell only): its origin and the address it printed (its code already spent by `page`). */
  readonly host: HostProcess | undefined
  /** Quits the app (gracefully) and starts it again on the same data directory; signs in again as before. */
  restart(): Promise<void>
  /** Signs in as a test account through the real sign-in screen (signing out first if someone is in). */
  signIn(login: TestLogin): Promise<void>
  /** Signs out through the header menu and waits for the sign-in screen. */
  signOut(): Promise<void>
  /** Who the fixture signed in last (kept across `restart()`), if anyone. */
  readonly user: TestLogin | undefined
}

/** close() finishes what must happen within the test and returns what may finish after it (a process quitting). */
type Opened = { app: Omit<App, 'signIn' | 'signOut' | 'user'>; close(): Promise<{ quitting: Promise<void> }> }

// --lang=zh-CN as the browser shell starts its Chromium (electron/services/common/chromium-flags.ts)
const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=zh-CN']
const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0

function chromiumPath(): string {
  const executable = process.env.COUNTERSIGN_CHROMIUM ?? '/usr/bin/chromium'
  if (!fs.existsSync(executable)) {
    throw new Error(`no Chromium at ${executable}: apt-get install -y chromium fonts-noto-cjk, or set COUNTERSIGN_CHROMIUM`)
  }
  return executable
}

async function openBrowserShell(browser: Browser, dataDir: string): Promise<Opened> {
  let host = await startHost(dataDir)
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(host.url)
  const app: Opened['app'] = {
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
    // The page's context closes within its test (Playwright keeps its trace on close); the host may stop after.
    close: async () => {
      await context.close()
      return { quitting: host.stop() }
    },
  }
}

async function openElectronShell(executablePath: string, dataDir: string): Promise<Opened> {
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
  const app: Opened['app'] = {
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
    return {
    app,
    close: async () => {
      await current.electron.close()
      return { quitting: Promise.resolve() }
    },
  }
}

/** Adds signing in to an opened app; `restart()` signs the same person in again (sessions end with the process). */
function withSession(opened: Opened['app']): App {
  let user: TestLogin | undefined
  const signOutFromMenu = async () => {
    const page = opened.page
    await page.getByRole('button', { name: /^(当前用户：|Signed in as )/ }).click()
    await page.getByRole('button', { name: /^(退出登录|Sign out)$/ }).click()
    await expect(page.getByRole('button', { name: /^(登录|Sign in)$/ })).toBeVisible()
  }
  return {
    get shell() {
      return opened.shell
    },
    get page() {
      return opened.page
    },
    get dataDir() {
      return opened.dataDir
    },
    get host() {
      return opened.host
    },
    get user() {
      return user
    },
    async restart() {
      await opened.restart()
      if (user) await signInOn(opened.page, testAccounts[user])
    },
    async signIn(login) {
      if (user) await signOutFromMenu()
      await signInOn(opened.page, testAccounts[login])
      user = login
    },
    async signOut() {
      await signOutFromMenu()
      user = undefined
    },
  }
}

/** The apps of finished tests, still quitting: awaited before the worker ends. */
class Closing {
  private readonly pending = new Set<Promise<void>>()
  private readonly failures: unknown[] = []
  add(stop: Promise<void>): void {
    const tracked = stop.catch((error: unknown) => void this.failures.push(error)).finally(() => this.pending.delete(tracked))
    this.pending.add(tracked)
  }
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending)
    if (this.failures.length > 0) throw new Error(`${this.failures.length} app(s) failed to quit: ${String(this.failures[0])}`)
  }
}

/**
 * Every test gets a fresh data directory and a running app on it, in the shell of its project. The data
 * directory already holds the office and the test accounts (`testAccounts`), copied from a template made
 * once per run (global-setup.ts) through the real services at the test-only scrypt cost (seedTemplate); a test signs in
 * with `app.signIn(login)`. The Chromium for the browser shell is started once per worker.
 */
export const test = base.extend<{ app: App } & TestOptions, AppOptions & { shellBrowser: Browser | undefined; seedDir: string; closing: Closing }>({
  shell: ['browser', { option: true, scope: 'worker' }],
  seeded: [true, { option: true }],
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
  seedDir: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // Made once for the whole run by global-setup.ts; a worker seeds its own only when run without it.
      const shared = process.env[seedTemplateVariable]
      if (shared && fs.existsSync(shared)) return use(shared)
      const template = await seedTemplate()
      await use(template.dir)
      template.remove()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  closing: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const closing = new Closing()
      await use(closing)
      await closing.settle()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  app: async ({ shell, shellBrowser, seeded, seedDir, closing }, use, testInfo) => {
    let executable: string | undefined
    if (shell === 'electron') {
      executable = findElectron()
      testInfo.skip(executable === undefined, noElectronReason)
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-e2e-'))
    if (seeded) fs.cpSync(seedDir, dataDir, { recursive: true })
    const opened = shell === 'browser' && shellBrowser ? await openBrowserShell(shellBrowser, dataDir) : await openElectronShell(executable ?? '', dataDir)
    try {
      await use(withSession(opened.app))
    } finally {
      // The app quits while the next test starts (a host's graceful stop closes its print browser, about a
      // second); the worker waits for every one of them before it ends, and a failed stop fails the run.
      const { quitting } = await opened.close()
      closing.add(quitting.finally(() => fs.rmSync(dataDir, { recursive: true, force: true })))
    }
  },
})

export { expect } from '@playwright/test'
export { office, testAccounts, type TestAccount, type TestLogin } from './accounts'
