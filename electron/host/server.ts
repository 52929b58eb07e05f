import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { hostBodyLimitBytes } from '../../shared/api/bridge'
import { dispatch } from '../../shared/api/dispatch'
import { bilingualError, type ErrorDetail } from '../../shared/api/error-text'
import type { ErrorCode } from '../../shared/api/result'
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
const maxBodyBytes = hostBodyLimitBytes

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
      if (res.headersSent) res.destroy()
      else if ((req.url ?? '').startsWith('/api/')) refuse(res, 500, 'internal', { code: 'internal.seeLog', params: {} })
      else send(res, 500, 'text/plain; charset=utf-8', 'internal error')
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
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_request', { code: 'host.rejected', params: { status: 405 } })
    if (!tokenMatches(cookieValue(req.headers.cookie, sessionCookie), secret)) return refuse(res, 401, 'forbidden', sessionRefused)
    // A JSON content type cannot be sent cross-origin without a preflight we never answer.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'invalid_request', { code: 'host.notJson', params: {} })
    const raw = await readBody(req)
    if (raw === undefined) return refuseTooLarge(req, res)
    let message: unknown
    try {
      message = JSON.parse(raw)
    } catch {
      return refuse(res, 400, 'invalid_request', { code: 'host.notJson', params: {} })
    }
    const { channel, request } = (message ?? {}) as { channel?: unknown; request?: unknown }
    if (!core) return refuse(res, 200, 'unavailable', { code: 'host.notReady', params: {} })
    const result = await dispatch(core.handlers, channel, request, (ch, error) => options.log.error('api.internal_error', { channel: ch, ...errorKind(error) }))
    sendJson(res, 200, result)
  }

  /** One-time code → session cookie. A spent, unknown or missing code is refused (403). */
  async function exchange(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_request', { code: 'host.rejected', params: { status: 405 } })
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'invalid_request', { code: 'host.notJson', params: {} })
    const raw = await readBody(req, 4096)
    if (raw === undefined) return refuseTooLarge(req, res)
    let code: unknown
    try {
      code = (JSON.parse(raw) as { code?: unknown }).code
    } catch {
      code = undefined
    }
    const known = typeof code === 'string' ? [...codes].find((c) => tokenMatches(code, c)) : undefined
    if (!known) {
      options.log.warn('host.session_refused')
      return refuse(res, 403, 'forbidden', sessionRefused)
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
    if (!tokenMatches(cookieValue(req.headers.cookie, sessionCookie), secret)) return refuse(res, 401, 'forbidden', sessionRefused)
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
    if (!tokenMatches(cookieValue(req.headers.cookie, sessionCookie), secret)) return refuse(res, 401, 'forbidden', sessionRefused)
    const pending = core ? undefined : options.recovery
    if (req.method === 'GET') {
      if (!pending) return refuse(res, 404, 'not_found', { code: 'host.rejected', params: { status: 404 } })
      return sendJson(res, 200, { ok: true, value: { message: pending.message, afterRecord: pending.loss.afterRecord, lost: pending.loss.lost } })
    }
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_request', { code: 'host.rejected', params: { status: 405 } })
    // a JSON content type: no cross-site form can send it without a preflight we never answer
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'invalid_request', { code: 'host.notJson', params: {} })
    if (!pending) return refuse(res, 409, 'conflict', { code: 'host.rejected', params: { status: 409 } })
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

const sessionRefused: ErrorDetail = { code: 'host.sessionRefused', params: {} }

/**
 * The host's own refusals of an API request are coded like a service's: a Result with `{code, params}`, which the
 * page's bridge passes on and the renderer words from the catalogue (never from the status or the message).
 */
function refuse(res: http.ServerResponse, status: number, code: ErrorCode, detail: ErrorDetail): void {
  sendJson(res, status, { ok: false, code, message: bilingualError(detail), detail })
}

/** How long a refused sender may go on sending (read and dropped) before its connection is cut. */
const refusedDrainMs = 10_000

/**
 * 413, coded, then the connection is closed. The rest of the body is read and dropped, never kept: closing
 * a socket with unread data resets it, and a reset may drop the answer still on its way (the sender would
 * see a broken connection, not the refusal). The answer is sent, the sending side ends (FIN), and a sender
 * that keeps going anyway is cut off after a few seconds.
 */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader('Connection', 'close')
  res.once('finish', () => {
    const cut = setTimeout(() => req.destroy(), refusedDrainMs)
    cut.unref()
    req.socket.once('close', () => clearTimeout(cut))
    req.socket.end()
    req.resume()
  })
  refuse(res, 413, 'invalid_request', { code: 'host.tooLarge', params: { max: Math.floor(maxBodyBytes / (1024 * 1024)) } })
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
      if (size > limit) return // already refused; the caller answers and closes the connection
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        req.pause()
        resolve(undefined)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
