import { timingSafeEqual } from 'node:crypto'

/**
 * The Content-Security-Policy of the UI in both shells: only the app's own scripts, styles and API,
 * no inline script, no plugins, no frames, no base or form targets.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** Headers on every response the browser host sends. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * True when a Host header names this server on a loopback address. A page on another name that
 * resolves to 127.0.0.1 (DNS rebinding) sends its own name here and is refused.
 */
export function isAllowedHost(header: string | undefined, port: number): boolean {
  if (!header) return false
  const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(header.trim().toLowerCase())
  if (!match) return false
  return loopbackHosts.has(match[1] ?? '') && Number(match[2]) === port
}

/** True when an Origin header is absent (same-origin GET) or is this server's own loopback origin. */
export function isAllowedOrigin(header: string | undefined, port: number): boolean {
  if (header === undefined) return true
  let url: URL
  try {
    url = new URL(header)
  } catch {
    return false
  }
  return url.protocol === 'http:' && url.pathname === '/' && isAllowedHost(url.host, port)
}

/** Constant-time comparison of the per-launch token. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
