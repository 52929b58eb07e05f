import fs from 'node:fs/promises'
import path from 'node:path'
import type { CustomScheme, Protocol } from 'electron'
import { securityHeaders } from '../host/security'
import { appScheme, isAppUrl } from './app-url'

/**
 * The app scheme's privileges: `standard` gives it real origins (so 'self' in the CSP means our UI),
 * `secure` makes it a secure context, `supportFetchAPI` lets the built UI fetch its own assets.
 * No `bypassCSP`, no `corsEnabled`, no service workers.
 */
export const privilegedSchemes: CustomScheme[] = [
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** The Content-Type for a file; unknown kinds are served as opaque bytes (and `nosniff` stops guessing). */
export function mimeType(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps an app URL to a file inside `rendererDir`, or undefined when the URL is not ours or would
 * leave the folder (`..`, encoded separators, NUL bytes, absolute paths, other hosts).
 */
export function resolveAppFile(rendererDir: string, url: string): string | undefined {
  if (!isAppUrl(url)) return undefined
  let relative: string
  try {
    relative = decodeURIComponent(new URL(url).pathname)
  } catch {
    return undefined
  }
  if (relative.includes('\0') || relative.includes('\\')) return undefined
  relative = relative.replace(/^\/+/, '')
  if (relative === '' || relative.endsWith('/')) relative += 'index.html'
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, relative)
  if (!file.startsWith(root + path.sep)) return undefined
  return file
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * Answers one request on the app scheme from the built renderer. Every response, errors included,
 * carries the shared security headers, so the CSP holds even for a page that forgot its meta tag.
 */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed')
  const file = resolveAppFile(rendererDir, request.url)
  if (file === undefined) return plain(404, 'not found')
  let body: Buffer
  try {
    // A symlink inside out/renderer must not lead outside it either.
    const [realRoot, realFile] = await Promise.all([fs.realpath(rendererDir), fs.realpath(file)])
    if (!realFile.startsWith(realRoot + path.sep)) return plain(404, 'not found')
    body = await fs.readFile(realFile)
  } catch {
    return plain(404, 'not found')
  }
  const headers = { ...securityHeaders, 'Content-Type': mimeType(file), 'Content-Length': String(body.length) }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
}

/** Serves the UI on the app scheme of the default session. Call after `app` is ready. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rendererDir, request))
}
