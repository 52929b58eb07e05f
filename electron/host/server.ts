import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { dispatch } from '../../shared/api/dispatch'
import { isEventChannel } from '../../shared/api/channels'
import type { Core } from '../services/core'
import { errorKind, type Logger } from '../services/common/logger'
import { isAllowedHost, isAllowedOrigin, securityHeaders, tokenMatches } from './security'

/**
 * The store refused to open because a journal is damaged in the middle (StoreCorruptError.loss): the host
 * then serves the recovery screen instead of the API, and `recover` — a person's explicit choice, made on
 * that screen — drops the unreadable saves and opens the services.
 */
export type StoreRecovery = {
  message: string
  loss: { afterRecord: number; lost: number; journal: string }
  recover(): Promise<Pick<Core, 'handlers' | 'subscribe'>>
}

export type HostOptions = {
  /** The services; absent while `recovery` waits for a person's choice. */
  core?: Pick<Core, 'handlers' | 'subscribe'>
  recovery?: StoreRecovery
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  log: Logger
}
export type Host = {
  /** The address to open: the origin with a fresh one-time code in its fragment (`#code=…`). */
  url: string
  origin: string
  port: number
  /** A new one-time code for another window (each is exchanged once for the session cookie). */
  issueCode(): string
  close(): Promise<void>
}

/** The HttpOnly, SameSite=Strict cookie that authorises API calls; its value never leaves the host but in Set-Cookie. */
export const sessionCookie = 'countersign_session'
/** Where the page exchanges its one-time code for the session cookie. */
export const sessionPath = '/api/session'
/** The recovery screen's status and button (only while a damaged journal waits for a person's choice). */
export const recoveryPath = '/api/recovery'
// a picked file travels base64 inside the JSON body: the contract allows 64 MiB of base64, plus the envelope
const maxBodyBytes = 72 * 1024 * 1024

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
}

/**
 * Serves the renderer and the API contract on 127.0.0.1 only. Every API call needs the per-launch session
 * cookie; every request needs a loopback Host (defeats DNS rebinding) and, when present, our own Origin.
 *
 * How a window gets the cookie: the address it is opened with carries a one-time code (in the fragment,
 * so it is never sent in a GET or logged), and the page posts it to /api/session on first load. The host
 * answers with the session cookie (HttpOnly: no script reads it; SameSite=Strict: no other site sends it)
 * and forgets the code. So what other users can read in Chromium's command line (/proc/PID/cmdline) is a
 * code that was spent as the window opened: a second use is refused.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const secret = randomBytes(32).toString('base64url')
  const codes = new Set<string>()
  const issueCode = (): string => {
    const code = randomBytes(32).toString('base64url')
    codes.add(code)
    return code
  }
  const rendererDir = path.resolve(options.rendererDir)
  const streams = new Set<http.ServerResponse>()
  let port = 0

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.log.error('host.request_failed', errorKind(error))
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error')
      else res.destroy()
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'host not allowed')
    if (!isAllowedOrigin(req.headers.origin, port)) return send(res, 403, 'text/plain; charset=utf-8', 'origin not allowed')
    let url: URL
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad request')
    }
    if (url.pathname === sessionPath) return exchange(req, res)
    if (url.pathname === recoveryPath) return recoveryRequest(req, res)
    if (url.pathname === '/api/invoke') return invoke(req, res)
    if (url.pathname === '/api/events') return subscribe(req, res)
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    return serveFile(url.pathname, res)
  }

  async function invoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    if (!tokenMatches(cookieValue(req.headers.cookie, sessionCookie), secret)) return send(res, 401, 'text/plain; charset=utf-8', 'session required')
    // A JSON content type cannot be sent cross-origin without a preflight we never answer.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain; charset=utf-8', 'json only')
    const raw = await readBody(req)
    if (raw === undefined) return send(res, 413, 'text/plain; charset=utf-8', 'request too large')
    let message: unknown
    try {
      message = JSON.parse(raw)
    } catch {
      return sendJson(res, 400, { ok: false, code: 'invalid_request', message: 'request is not JSON' })
    }
    const { channel, request } = (message ?? {}) as { channel?: unknown; request?: unknown }
    if (!core) return sendJson(res, 200, { ok: false, code: 'unavailable', message: options.recovery?.message ?? 'not ready' })
    const result = await dispatch(core.handlers, channel, request, (ch, error) => options.log.error('api.internal_error', { channel: ch, ...errorKind(error) }))
    sendJson(res, 200, result)
  }

  /** One-time code → session cookie. A spent, unknown or missing code is refused (403). */
  async function exchange(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain; charset=utf-8', 'json only')
    const raw = await readBody(req, 4096)
    let code: unknown
    try {
      code = (JSON.parse(raw ?? '') as { code?: unknown }).code
    } catch {
      code = undefined
    }
    const known = typeof code === 'string' ? [...codes].find((c) => tokenMatches(code, c)) : undefined
    if (!known) {
      options.log.warn('host.session_refused')
      return sendJson(res, 403, { ok: false, code: 'forbidden', message: 'code refused' })
    }
    codes.delete(known)
    options.log.info('host.session_opened')
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'application/json; charset=utf-8',
      'Set-Cookie': `${sessionCookie}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
    })
    res.end(JSON.stringify({ ok: true }))
  }

  function subscribe(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!tokenMatches(cookieValue(req.headers.cookie, sessionCookie), secret)) return send(res, 401, 'text/plain; charset=utf-8', 'session required')
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' })
    res.write(': connected\n\n')
    streams.add(res)
    res.on('close', () => streams.delete(res))
  }

  let core = options.core
  let unsubscribe: () => void = () => undefined
  const listen = (services: Pick<Core, 'subscribe'>): void => {
    unsubscribe = services.subscribe((event, payload) => {
      if (!isEventChannel(event)) return
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const stream of streams) stream.write(frame)
    })
  }
  if (core) listen(core)

  /**
   * GET: what recovery would drop (404 when nothing waits for it). POST: drop it — the button on the
   * recovery screen. Both need the session cookie, like every API call.
   */
  async function recoveryRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!tokenMatches(cookieValue(req.headers.cookie, sessionCookie), secret)) return send(res, 401, 'text/plain; charset=utf-8', 'session required')
    const pending = core ? undefined : options.recovery
    if (req.method === 'GET') {
      if (!pending) return sendJson(res, 404, { ok: false, code: 'not_found', message: 'nothing to recover' })
      return sendJson(res, 200, { ok: true, value: { message: pending.message, afterRecord: pending.loss.afterRecord, lost: pending.loss.lost } })
    }
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    // a JSON content type: no cross-site form can send it without a preflight we never answer
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain; charset=utf-8', 'json only')
    if (!pending) return sendJson(res, 409, { ok: false, code: 'conflict', message: 'nothing to recover' })
    options.log.warn('store.journal_loss_accepted', { lost: pending.loss.lost })
    core = await pending.recover()
    listen(core)
    sendJson(res, 200, { ok: true, value: {} })
  }

  function serveFile(pathname: string, res: http.ServerResponse): void {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      // a malformed escape (%E0%A4%A) is the client's error, not ours
      return send(res, 400, 'text/plain; charset=utf-8', 'bad request')
    }
    const relative = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
    const file = path.resolve(rendererDir, relative)
    if (file !== rendererDir && !file.startsWith(rendererDir + path.sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found')
    let body: Buffer
    try {
      body = fs.readFileSync(file)
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'not found')
    }
    send(res, 200, mimeTypes[path.extname(file)] ?? 'application/octet-stream', body)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
  const origin = `http://127.0.0.1:${port}`
  options.log.info('host.listening', { port })

  return {
    origin,
    url: `${origin}/#code=${issueCode()}`,
    port,
    issueCode,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe()
        for (const stream of streams) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type })
  res.end(body)
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

/** The value of one cookie in a Cookie header, if present. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

/** Reads a request body up to the limit; undefined when it is larger. */
function readBody(req: http.IncomingMessage, limit = maxBodyBytes): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        resolve(undefined)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
