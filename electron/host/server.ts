import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { dispatch } from '../../shared/api/dispatch'
import { isEventChannel } from '../../shared/api/channels'
import type { Core } from '../services/core'
import { errorKind, type Logger } from '../services/logger'
import { isAllowedHost, isAllowedOrigin, securityHeaders, tokenMatches } from './security'

export type HostOptions = {
  core: Core
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  log: Logger
}
export type Host = { url: string; origin: string; port: number; token: string; close(): Promise<void> }

/** The header that carries the per-launch token on API requests. */
export const tokenHeader = 'x-countersign-token'
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
 * Serves the renderer and the API contract on 127.0.0.1 only. Every API call needs the per-launch
 * token; every request needs a loopback Host (defeats DNS rebinding) and, when present, our own Origin.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(32).toString('base64url')
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
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname === '/api/invoke') return invoke(req, res)
    if (url.pathname === '/api/events') return subscribe(url, res)
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    return serveFile(url.pathname, res)
  }

  async function invoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')
    const given = req.headers[tokenHeader]
    if (!tokenMatches(Array.isArray(given) ? undefined : given, token)) return send(res, 401, 'text/plain; charset=utf-8', 'token required')
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
    const result = await dispatch(options.core.handlers, channel, request, (ch, error) => options.log.error('api.internal_error', { channel: ch, ...errorKind(error) }))
    sendJson(res, 200, result)
  }

  function subscribe(url: URL, res: http.ServerResponse): void {
    // EventSource cannot set headers, so the events stream takes the token as a query parameter.
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) return send(res, 401, 'text/plain; charset=utf-8', 'token required')
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' })
    res.write(': connected\n\n')
    streams.add(res)
    res.on('close', () => streams.delete(res))
  }

  const unsubscribe = options.core.subscribe((event, payload) => {
    if (!isEventChannel(event)) return
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const stream of streams) stream.write(frame)
  })

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
    url: `${origin}/#token=${token}`,
    port,
    token,
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

/** Reads a request body up to the limit; undefined when it is larger. */
function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
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
