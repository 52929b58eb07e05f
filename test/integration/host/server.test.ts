import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/services/core'
import { silentLogger } from '../../../electron/services/logger'
import { startHost, tokenHeader, type Host } from '../../../electron/host/server'
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

function invoke(h: Host, channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(h.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { host: `127.0.0.1:${h.port}`, 'content-type': 'application/json', [tokenHeader]: h.token, ...headers },
    body: JSON.stringify({ channel, request: body }),
  })
}

describe('browser host', () => {
  it('listens on loopback only and gives a URL whose fragment carries the token', async () => {
    const h = await start()
    expect(h.origin).toBe(`http://127.0.0.1:${h.port}`)
    expect(h.url).toBe(`${h.origin}/#token=${h.token}`)
    expect(h.token.length).toBeGreaterThanOrEqual(40)
  })

  it('answers API calls that carry the token', async () => {
    const h = await start()
    const created = await invoke(h, 'notice.create', { title: '公示' })
    expect(created.status).toBe(200)
    const result = JSON.parse(created.body) as { ok: boolean; value: { title: string } }
    expect(result).toMatchObject({ ok: true, value: { title: '公示' } })
  })

  it('refuses API calls without the right token', async () => {
    const h = await start()
    expect((await invoke(h, 'notice.list', {}, { [tokenHeader]: '' })).status).toBe(401)
    expect((await invoke(h, 'notice.list', {}, { [tokenHeader]: `${h.token.slice(0, -1)}x` })).status).toBe(401)
    const noHeader = await request(h.port, { method: 'POST', path: '/api/invoke', headers: { host: `127.0.0.1:${h.port}`, 'content-type': 'application/json' }, body: '{}' })
    expect(noHeader.status).toBe(401)
  })

  it('refuses a rebinding Host and a foreign Origin, even with the token', async () => {
    const h = await start()
    expect((await invoke(h, 'notice.list', {}, { host: `evil.example:${h.port}` })).status).toBe(421)
    expect((await invoke(h, 'notice.list', {}, { host: `127.0.0.1:${h.port + 1}` })).status).toBe(421)
    expect((await invoke(h, 'notice.list', {}, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await invoke(h, 'notice.list', {}, { origin: `http://localhost:${h.port}` })).status).toBe(200)
    expect((await request(h.port, { path: '/', headers: { host: `attacker.test:${h.port}` } })).status).toBe(421)
  })

  it('refuses non-JSON bodies (no simple cross-site form posts) and validates requests', async () => {
    const h = await start()
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
})
