import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/services/core'
import { silentLogger } from '../../../electron/services/common/logger'
import { sessionCookie, sessionPath, startHost, type Host } from '../../../electron/host/server'
import { tempDir } from '../../support/temp-dir'

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** Raw HTTP so the test can send the Host and Origin headers an attacker's page would send. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

let core: Core | undefined
let host: Host | undefined

afterEach(async () => {
  await host?.close()
  core?.close()
  host = undefined
  core = undefined
})

async function start(): Promise<Host> {
  core = await openCore({ dataDir: tempDir(), shell: 'browser' })
  const rendererDir = tempDir('countersign-renderer-')
  await import('node:fs').then((fs) => fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>'))
  host = await startHost({ core, rendererDir, log: silentLogger })
  return host
}

/** Posts a one-time code to the session endpoint, as the page does on first load. */
function exchange(h: Host, code: string): Promise<Reply> {
  return request(h.port, { method: 'POST', path: sessionPath, headers: { host: `127.0.0.1:${h.port}`, 'content-type': 'application/json' }, body: JSON.stringify({ code }) })
}

const codeOf = (url: string): string => /#code=([A-Za-z0-9_-]+)$/.exec(url)?.[1] ?? ''

/** The session cookie's `name=value`, from a fresh code. */
async function cookieFor(h: Host): Promise<string> {
  const reply = await exchange(h, h.issueCode())
  const set = reply.headers['set-cookie']?.[0] ?? ''
  return set.split(';')[0] ?? ''
}

let cookie = ''

async function startWithSession(): Promise<Host> {
  const h = await start()
  cookie = await cookieFor(h)
  return h
}

function invoke(h: Host, channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(h.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { host: `127.0.0.1:${h.port}`, 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ channel, request: body }),
  })
}

describe('browser host', () => {
  it('listens on loopback only and gives a URL whose fragment carries a one-time code', async () => {
    const h = await start()
    expect(h.origin).toBe(`http://127.0.0.1:${h.port}`)
    expect(codeOf(h.url).length).toBeGreaterThanOrEqual(40)
  })

  it('exchanges a code once for an HttpOnly, SameSite=Strict session cookie; a second use is refused', async () => {
    const h = await start()
    const code = codeOf(h.url)
    const first = await exchange(h, code)
    expect(first.status).toBe(200)
    const set = first.headers['set-cookie']?.[0] ?? ''
    expect(set).toMatch(new RegExp(`^${sessionCookie}=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=/$`))
    // the cookie is not the code: nothing the code's reader saw authorises a call
    expect(set).not.toContain(code)
    const second = await exchange(h, code)
    expect(second.status).toBe(403)
    expect(second.headers['set-cookie']).toBeUndefined()
    expect((await exchange(h, `${h.issueCode().slice(0, -1)}x`)).status).toBe(403)
    expect((await exchange(h, '')).status).toBe(403)
    // the code itself is no credential anywhere
    cookie = `${sessionCookie}=${code}`
    expect((await invoke(h, 'notice.list', {})).status).toBe(401)
    expect((await invoke(h, 'notice.list', {}, { 'x-countersign-token': code })).status).toBe(401)
    cookie = set.split(';')[0] ?? ''
    expect((await invoke(h, 'notice.list', {})).status).toBe(200)
    // each window gets its own code
    const other = await exchange(h, h.issueCode())
    expect(other.status).toBe(200)
  })

  it('answers API calls that carry the session cookie', async () => {
    const h = await startWithSession()
    const created = await invoke(h, 'notice.create', { title: '公示' })
    expect(created.status).toBe(200)
    const result = JSON.parse(created.body) as { ok: boolean; value: { title: string } }
    expect(result).toMatchObject({ ok: true, value: { title: '公示' } })
  })

  it('refuses API calls and events without the right session cookie', async () => {
    const h = await startWithSession()
    expect((await invoke(h, 'notice.list', {}, { cookie: '' })).status).toBe(401)
    expect((await invoke(h, 'notice.list', {}, { cookie: `${cookie.slice(0, -1)}x` })).status).toBe(401)
    expect((await request(h.port, { path: '/api/events', headers: { host: `127.0.0.1:${h.port}` } })).status).toBe(401)
    const noHeader = await request(h.port, { method: 'POST', path: '/api/invoke', headers: { host: `127.0.0.1:${h.port}`, 'content-type': 'application/json' }, body: '{}' })
    expect(noHeader.status).toBe(401)
  })

  it('refuses a rebinding Host and a foreign Origin, even with the session cookie', async () => {
    const h = await startWithSession()
    expect((await invoke(h, 'notice.list', {}, { host: `evil.example:${h.port}` })).status).toBe(421)
    expect((await invoke(h, 'notice.list', {}, { host: `127.0.0.1:${h.port + 1}` })).status).toBe(421)
    expect((await invoke(h, 'notice.list', {}, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await invoke(h, 'notice.list', {}, { origin: `http://localhost:${h.port}` })).status).toBe(200)
    expect((await request(h.port, { path: '/', headers: { host: `attacker.test:${h.port}` } })).status).toBe(421)
  })

  it('refuses non-JSON bodies (no simple cross-site form posts) and validates requests', async () => {
    const h = await startWithSession()
    expect((await invoke(h, 'notice.list', {}, { 'content-type': 'text/plain' })).status).toBe(415)
    const bad = await invoke(h, 'notice.get', { id: '../../etc/passwd' })
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, code: 'invalid_request' })
  })

  it('serves the UI with a strict CSP and nothing outside the renderer folder', async () => {
    const h = await start()
    const page = await request(h.port, { path: '/', headers: { host: `127.0.0.1:${h.port}` } })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline')
    expect(page.headers['x-frame-options']).toBe('DENY')
    const escape = await request(h.port, { path: '/..%2f..%2fpackage.json', headers: { host: `127.0.0.1:${h.port}` } })
    expect(escape.status).toBe(404)
  })

  it('answers a malformed escape in the path with 400, not 500 (issue 9)', async () => {
    const h = await start()
    const malformed = await request(h.port, { path: '/%E0%A4%A', headers: { host: `127.0.0.1:${h.port}` } })
    expect(malformed.status).toBe(400)
    expect((await request(h.port, { path: '/assets/%E0%A4%A.js', headers: { host: `127.0.0.1:${h.port}` } })).status).toBe(400)
    // and the host is still there
    expect((await request(h.port, { path: '/', headers: { host: `127.0.0.1:${h.port}` } })).status).toBe(200)
  })
})
