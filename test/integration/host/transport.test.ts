// The browser shell's way to its host, failing: each failure reaches the page as a coded error ({code, params})
// that the renderer words in plain Chinese from the catalogue — the host gone, a request cancelled, a spent
// session, a request too large — never as an English status line.
import http from 'node:http'
import path from 'node:path'
import fs from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openCore, type Core } from '../../../electron/services/core'
import { silentLogger } from '../../../electron/services/common/logger'
import { sessionPath, startHost, type Host } from '../../../electron/host/server'
import { hostBodyLimitBytes } from '../../../shared/api/bridge'
import { readErrorDetail } from '../../../shared/api/error-text'
import type { Result } from '../../../shared/api/result'
import { createHttpBridge } from '../../../renderer/lib/http-bridge'
import { ApiError } from '../../../renderer/lib/api-error'
import { serviceMessage } from '../../../renderer/lib/service-message'
import { translate, type Translate } from '../../../renderer/i18n/translate'
import { tempDir } from '../../support/temp-dir'

/** Node's own fetch, for the test's side of the wire (the page's is stubbed). */
const realFetch = globalThis.fetch
const zh: Translate = (key, params) => translate('zh-CN', key, params)
const en: Translate = (key, params) => translate('en', key, params)

let core: Core | undefined
let host: Host | undefined

afterEach(async () => {
  vi.unstubAllGlobals()
  await host?.close()
  core?.close()
  host = undefined
  core = undefined
})

async function start(): Promise<Host> {
  core = await openCore({ dataDir: tempDir(), shell: 'browser' })
  const rendererDir = tempDir('countersign-renderer-')
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>')
  host = await startHost({ core, rendererDir, log: silentLogger })
  return host
}

/** The session cookie's `name=value`, as the page gets it on first load. */
async function cookieFor(h: Host): Promise<string> {
  const reply = await realFetch(`${h.origin}${sessionPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: h.issueCode() }) })
  return (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

/** The page's fetch: the bridge's relative addresses on the host's origin, with the browser's cookie. */
function pageFetch(h: Host, cookie: string): typeof fetch {
  // the bridge only ever passes a relative address as a string
  return (input, init) => realFetch(`${h.origin}${typeof input === 'string' ? input : ''}`, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } })
}

/** What the renderer shows for a failed result: its detail through the catalogue, as renderer/lib/api.ts reads it. */
function shown(result: Result<unknown>): { zh: string; en: string; code: string } {
  if (result.ok) throw new Error('expected a failure')
  const error = new ApiError(result.code, result.message, readErrorDetail(result.detail))
  expect(error.detail, result.message).toBeDefined()
  return { zh: serviceMessage(error, 'zh-CN', zh), en: serviceMessage(error, 'en', en), code: error.detail?.code ?? '' }
}

describe('the browser shell’s transport, failing', () => {
  it('works with the session, and says in Chinese that the session was refused without it', async () => {
    const h = await start()
    vi.stubGlobal('fetch', pageFetch(h, await cookieFor(h)))
    const listed = await createHttpBridge().invoke('notice.list', {})
    expect(listed, JSON.stringify(listed)).toMatchObject({ ok: true })
    vi.stubGlobal('fetch', pageFetch(h, 'countersign_session=spent'))
    const refused = await createHttpBridge().invoke('notice.list', {})
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' })
    expect(shown(refused)).toEqual({ code: 'host.sessionRefused', zh: '这个窗口的登录凭据已失效，请关闭窗口，重新打开会签', en: "this window's session is no longer valid; close the window and open Countersign again" })
  })

  it('says the host is gone once nothing answers on its port', async () => {
    const h = await start()
    vi.stubGlobal('fetch', pageFetch(h, await cookieFor(h)))
    await h.close()
    host = undefined
    const gone = await createHttpBridge().invoke('notice.list', {})
    expect(gone).toMatchObject({ ok: false, code: 'unavailable' })
    expect(shown(gone).zh).toBe('连接不到会签的后台：它可能已经退出。请关闭这个窗口，重新打开会签')
  })

  it('says a request was cancelled when the page aborts it (a reload, a closing window)', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')))
    const cancelled = await createHttpBridge().invoke('notice.list', {})
    expect(cancelled).toMatchObject({ ok: false, code: 'unavailable' })
    expect(shown(cancelled)).toMatchObject({ code: 'host.cancelled', zh: '请求被取消了（页面正在刷新或关闭），请重试' })
  })

  it('refuses a request larger than the host reads before sending it, and the host codes its own 413', async () => {
    const sent = vi.fn()
    vi.stubGlobal('fetch', sent)
    const big = await createHttpBridge().invoke('import.preview', { data: 'A'.repeat(hostBodyLimitBytes) })
    expect(sent).not.toHaveBeenCalled()
    expect(shown(big)).toMatchObject({ code: 'host.tooLarge', zh: '要发送的内容太大（超过 72 MB），请选择较小的文件' })

    // the host itself, sent too much anyway, answers with the same coded refusal and closes the connection
    const h = await start()
    const cookie = await cookieFor(h)
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, method: 'POST', path: '/api/invoke', headers: { 'content-type': 'application/json', cookie } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      })
      let answered = false
      req.on('response', () => (answered = true))
      // writing on after the host's answer may fail (EPIPE); the connection closing with no answer is the failure
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' && answered ? undefined : reject(error)))
      req.on('close', () => (answered ? undefined : reject(new Error('the connection closed without an answer'))))
      const chunk = Buffer.alloc(1024 * 1024, 0x41)
      let written = 0
      const pump = (): void => {
        while (written <= hostBodyLimitBytes) {
          written += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        req.end()
      }
      pump()
    })
    expect(reply.status).toBe(413)
    expect(shown(JSON.parse(reply.body) as Result<unknown>)).toMatchObject({ code: 'host.tooLarge', en: 'what you are sending is too large (over 72 MB); choose a smaller file' })
  })

  it('words any other refusal and an answer that is not a result from their status, never from their text', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('host not allowed', { status: 421 })))
    expect(shown(await createHttpBridge().invoke('notice.list', {}))).toMatchObject({ code: 'host.rejected', zh: '后台拒绝了这个请求（HTTP 421）' })
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>', { status: 200 })))
    expect(shown(await createHttpBridge().invoke('notice.list', {}))).toMatchObject({ code: 'request.badAnswer' })
  })
})
