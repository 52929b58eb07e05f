// Issue 9 items 5 and 6, with the real browser shell: the host opens its own Chromium window (in a
// virtual display); what any local user can read of that window's command line authorises nothing; the
// window and its profile go when the host stops; and WebRTC sends no UDP with the shell's flags.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './support/app-fixture'
import { startHost } from './support/browser-shell'
import { hostEntry, repoRoot } from './support/paths'
import { invokeAppInfo, rawRequest } from './support/raw-http'

test.skip(({ shell }) => shell !== 'browser', 'the browser shell only')

const chromiumPath = process.env.COUNTERSIGN_CHROMIUM ?? '/usr/bin/chromium'
const hasXvfb = spawnSync('sh', ['-c', 'command -v Xvfb']).status === 0
const canUnshare = process.platform === 'linux' && spawnSync('unshare', ['-rn', 'true']).status === 0

/** Starts Xvfb on a free display; resolves with the display name. */
function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x800x24'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    const fd = child.stdio[3]
    if (!fd) return reject(new Error('no display pipe'))
    fd.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, child })
    })
    child.once('exit', (code) => reject(new Error(`Xvfb exited ${String(code)}`)))
  })
}

/** Processes whose command line contains `needle`: pid and the arguments as /proc shows them to anyone. */
function processesWith(needle: string): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = []
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let raw: string
    try {
      raw = fs.readFileSync(`/proc/${name}/cmdline`, 'latin1')
    } catch {
      continue
    }
    if (raw.includes(needle)) found.push({ pid: Number(name), args: raw.split('\0').filter(Boolean) })
  }
  return found
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

test('the window the host opens: its command line authorises nothing, and it closes with its profile when the host stops', async () => {
  test.skip(!hasXvfb || !fs.existsSync(chromiumPath), 'needs Xvfb and Chromium (apt-get install xvfb chromium)')
  const x = await startXvfb()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-e2e-window-'))
  const host = spawn(process.execPath, [hostEntry, '--data', dataDir, '--chromium', chromiumPath], { cwd: repoRoot, env: { ...process.env, DISPLAY: x.display }, stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    let stdout = ''
    host.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    const origin = await until('COUNTERSIGN_URL', () => /^COUNTERSIGN_URL=(http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(stdout)?.[1])
    const port = Number(new URL(origin).port)
    // the window's browser process: --app names this host
    const window = await until('the Chromium window', () => processesWith(`--app=${origin}/`).find((p) => p.args.some((a) => a.startsWith('--user-data-dir='))))
    const profileDir = window.args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? ''
    expect(fs.existsSync(profileDir)).toBe(true)
    expect(fs.statSync(profileDir).mode & 0o077).toBe(0)
    // the page has exchanged its code for the session cookie
    const log = path.join(dataDir, 'logs', 'countersign.log')
    await until('the page to open its session', () => (fs.existsSync(log) && fs.readFileSync(log, 'utf8').includes('host.session_opened') ? true : undefined))

    // everything in the command line that looks like a secret: none of it opens a session or authorises a call
    const cmdline = window.args.join(' ')
    const candidates = [...new Set(cmdline.match(/[A-Za-z0-9_-]{20,}/g) ?? [])]
    expect(cmdline).toMatch(/#code=[A-Za-z0-9_-]{40,}/)
    for (const secret of candidates) {
      const exchanged = await rawRequest(port, { method: 'POST', path: '/api/session', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' }, body: JSON.stringify({ code: secret }) })
      expect(exchanged.status).toBe(403)
      expect((await invokeAppInfo(port, { host: `127.0.0.1:${port}`, cookie: `countersign_session=${secret}` })).status).toBe(401)
      expect((await invokeAppInfo(port, { host: `127.0.0.1:${port}`, 'x-countersign-token': secret })).status).toBe(401)
    }

    // stopping the host closes the window and removes its throw-away profile
    const exited = new Promise<number | null>((resolve) => host.once('exit', (code) => resolve(code)))
    host.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(processesWith(`--app=${origin}/`)).toEqual([])
    expect(fs.existsSync(profileDir)).toBe(false)
  } finally {
    if (host.exitCode === null) host.kill('SIGKILL')
    x.child.kill('SIGTERM')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

test('WebRTC sends no UDP datagram with the browser shell flags (in a network namespace)', () => {
  test.skip(!canUnshare || !fs.existsSync(chromiumPath), 'needs unshare -rn (user and network namespaces) and Chromium')
  const probe = path.join(repoRoot, 'test/e2e/support/webrtc-probe.ts')
  const run = (extra: string[]): { datagrams: number } => {
    const result = spawnSync('unshare', ['-rn', process.execPath, '--import', 'tsx', probe, ...extra], { cwd: repoRoot, encoding: 'utf8', timeout: 90_000 })
    if (result.status !== 0) throw new Error(`probe failed: ${result.stderr}`)
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { datagrams: number }
  }
  // the control: the same browser without the WebRTC policy sends STUN requests the listener sees
  expect(run(['--without-policy']).datagrams).toBeGreaterThan(0)
  expect(run([]).datagrams).toBe(0)
})

test('a journal damaged in the middle: the recovery screen says what is lost, refuses the same way each start, and its button drops only that', async ({ shellBrowser }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-e2e-damaged-'))
  const dataDir = path.join(root, 'data')
  const made = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/e2e/support/damaged-store.ts'), dataDir], { cwd: repoRoot, encoding: 'utf8' })
  expect(made.status, made.stderr).toBe(0)
  const { journal, lost } = JSON.parse(made.stdout) as { journal: string; lost: number }
  const storeDir = path.join(dataDir, 'store')
  const damaged = fs.readFileSync(journal)

  const context = await shellBrowser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    const button = page.getByRole('button', { name: new RegExp(`^放弃第 \\d+ 条记录之后的 ${lost} 次保存并启动`) })
    for (let start = 0; start < 2; start++) {
      const host = await startHost(dataDir)
      await page.goto(host.url)
      await expect(page.getByRole('heading', { name: '数据日志损坏，会签没有启动' })).toBeVisible()
      await expect(button).toBeVisible()
      await host.stop()
      // not choosing changes nothing
      expect(fs.readFileSync(journal)).toEqual(damaged)
    }
    const host = await startHost(dataDir)
    await page.goto(host.url)
    await button.click()
    await expect(page.getByRole('heading', { name: '初始设置' })).toBeVisible()
    await host.stop()
  } finally {
    await context.close()
  }
  // the loss is in the start-up notes of every later start, and only the unreadable saves are gone
  expect(fs.readFileSync(path.join(storeDir, 'recovery-log.txt'), 'utf8')).toContain(`dropped the ${lost} unreadable saves`)
  const listed = spawnSync(process.execPath, [path.join(repoRoot, 'bin/countersign.mjs'), 'notice', 'list', '--json', '--data', dataDir], { cwd: repoRoot, encoding: 'utf8' })
  expect(listed.status, listed.stderr).toBe(0)
  expect((JSON.parse(listed.stdout) as { notices: { title: string }[] }).notices.map((n) => n.title).sort()).toEqual(['一', '二'].sort())
  const quarantined = fs.readdirSync(path.join(storeDir, 'quarantine')).filter((n) => n.endsWith(path.basename(journal)))
  expect(fs.readFileSync(path.join(storeDir, 'quarantine', quarantined[0] ?? ''))).toEqual(damaged)
  fs.rmSync(root, { recursive: true, force: true })
})
