import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { quietChromiumFlags } from '../services/common/chromium-flags'

/**
 * Flags for the app window: a fresh profile, no background traffic, and a dead proxy plus a resolver
 * that answers nothing, so even a request the CSP somehow let through cannot leave the machine.
 */
export function chromiumArgs(url: string, profileDir: string, runningAsRoot: boolean): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    ...quietChromiumFlags,
    '--proxy-server=http://127.0.0.1:9',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--window-size=1280,800',
    // Chromium refuses to start as root with its sandbox; secure-office machines run as a normal user.
    ...(runningAsRoot ? ['--no-sandbox'] : []),
  ]
}

export type AppWindow = {
  child: ChildProcess
  profileDir: string
  /** Closes the window (SIGTERM, then SIGKILL after a grace period) and removes its profile. */
  close(): Promise<void>
}

const closeGraceMs = 5_000

/**
 * Opens the UI in a Chromium app window with a throw-away profile (0700, from mkdtemp), removed again when
 * the window closes or is closed by the host.
 */
export function openAppWindow(executable: string, url: string): AppWindow {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-profile-'))
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0
  // --lang=zh-CN (chromiumArgs) picks Chromium's Chinese texts; on Linux its locale also follows LANGUAGE
  const child = spawn(executable, [...chromiumArgs(url, profileDir, runningAsRoot)], { stdio: 'ignore', env: { ...process.env, LANGUAGE: 'zh_CN:zh' } })
  // Chromium's helper processes (renderer, GPU, zygote) may still be writing into the profile for a moment
  // after the browser process exits, so removal is retried for a few seconds and never throws.
  let removal: Promise<void> | undefined
  const removeProfile = (): Promise<void> => (removal ??= removeProfileDir(profileDir))
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => void removeProfile().then(resolve))
    child.once('error', () => void removeProfile().then(resolve))
  })
  return {
    child,
    profileDir,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), closeGraceMs)
        await exited
        clearTimeout(timer)
      }
      await removeProfile()
    },
  }
}

/** Removes a throw-away profile, retrying while Chromium's last helper processes let go of it (up to ~10 s). */
async function removeProfileDir(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fs.promises.rm(dir, { recursive: true, force: true })
      if (!fs.existsSync(dir)) return
    } catch {
      // ENOTEMPTY / EBUSY while a helper process still writes: try again shortly
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
