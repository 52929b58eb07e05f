import { hostBodyLimitBytes, type Bridge } from '../../shared/api/bridge'
import { bilingualError, type ErrorMessageCode, type ErrorParams } from '../../shared/api/error-text'
import { errorCodes, type ErrorCode, type Result } from '../../shared/api/result'

/** Where the page exchanges its one-time code for the session cookie (electron/host/server.ts). */
const sessionPath = '/api/session'

/** How opening the session went: a code exchanged, refused (already used), or no code in the address. */
export type SessionStart = 'opened' | 'refused' | 'no-code'

/**
 * The browser shell is opened at `/#code=…`, a one-time code. The page takes it out of the address bar at
 * once (it is not copied, bookmarked or shown) and exchanges it for the host's session cookie, which is
 * HttpOnly — no script, ours included, can read it — and SameSite=Strict. Later loads of the tab (a
 * reload) carry the cookie and need no code; a code already spent is refused.
 */
export async function openSession(): Promise<SessionStart> {
  const match = /(?:^#|&)code=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (!match?.[1]) return 'no-code'
  window.history.replaceState(null, '', window.location.pathname + window.location.search)
  try {
    const response = await fetch(sessionPath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: match[1] }),
      cache: 'no-store',
      credentials: 'same-origin',
    })
    return response.ok ? 'opened' : 'refused'
  } catch {
    return 'refused'
  }
}

/** What the host's recovery screen offers: the refusal, and what choosing recovery drops. */
export type PendingRecovery = { message: string; afterRecord: number; lost: number }

/** Asks the browser host whether a damaged journal waits for a person's choice (undefined when not). */
export async function pendingRecovery(): Promise<PendingRecovery | undefined> {
  try {
    const response = await fetch('/api/recovery', { cache: 'no-store', credentials: 'same-origin' })
    if (!response.ok) return undefined
    const body = (await response.json()) as { ok?: unknown; value?: { message?: unknown; afterRecord?: unknown; lost?: unknown } }
    const v = body.value
    if (body.ok !== true || typeof v?.message !== 'string' || typeof v.afterRecord !== 'number' || typeof v.lost !== 'number') return undefined
    return { message: v.message, afterRecord: v.afterRecord, lost: v.lost }
  } catch {
    return undefined
  }
}

/** The recovery screen's button: drops the unreadable saves. True when the host then opened the store. */
export async function acceptRecovery(): Promise<boolean> {
  try {
    const response = await fetch('/api/recovery', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', cache: 'no-store', credentials: 'same-origin' })
    return response.ok
  } catch {
    return false
  }
}

/**
 * A failure of the way to the host itself, coded like a service's refusal so the page words it from the catalogue:
 * the host gone (`host.unreachable`), the request cancelled as the page reloads or closes (`host.cancelled`), the
 * session refused, a request too large to send, any other refusal by HTTP status, an answer that is not a result.
 */
export function transportFailure(code: ErrorCode, reason: ErrorMessageCode, params: ErrorParams = {}): Result<never> {
  const detail = { code: reason, params }
  return { ok: false, code, message: bilingualError(detail), detail }
}

/** Bytes of a JSON body: its length is enough unless it might be near the limit (base64 is one byte a character). */
function bodyBytes(body: string): number {
  return body.length * 3 <= hostBodyLimitBytes ? body.length : new TextEncoder().encode(body).byteLength
}

/** How the host answered when its answer is not a result: by HTTP status. */
function statusFailure(status: number): Result<never> {
  if (status === 401 || status === 403) return transportFailure('forbidden', 'host.sessionRefused')
  if (status === 413) return tooLarge()
  if (status >= 200 && status < 300) return transportFailure('internal', 'request.badAnswer')
  return transportFailure('unavailable', 'host.rejected', { status })
}

const tooLarge = (): Result<never> => transportFailure('invalid_request', 'host.tooLarge', { max: Math.floor(hostBodyLimitBytes / (1024 * 1024)) })

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  if (value.ok === true) return 'value' in value
  return (
    value.ok === false &&
    'code' in value &&
    (errorCodes as readonly unknown[]).includes(value.code) &&
    'message' in value &&
    typeof value.message === 'string'
  )
}

/** The browser shell's bridge: the same `invoke`/`on` shape as the Electron preload, over HTTP on 127.0.0.1, authorised by the session cookie. */
export function createHttpBridge(): Bridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let source: EventSource | undefined

  function ensureSource(event: string): void {
    source ??= new EventSource('/api/events')
    if (listeners.has(event)) return
    const set = new Set<(payload: unknown) => void>()
    listeners.set(event, set)
    source.addEventListener(event, (message) => {
      let payload: unknown
      try {
        payload = JSON.parse((message as MessageEvent<string>).data)
      } catch {
        return
      }
      for (const cb of set) cb(payload)
    })
  }

  return {
    async invoke(channel, request) {
      const body = JSON.stringify({ channel, request })
      // the host would refuse it unread: say so without sending it
      if (bodyBytes(body) > hostBodyLimitBytes) return tooLarge()
      let response: globalThis.Response
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          cache: 'no-store',
          credentials: 'same-origin',
        })
      } catch (error) {
        // an AbortError: the page is being reloaded or closed; anything else: nothing answers on the port
        return error instanceof DOMException && error.name === 'AbortError' ? transportFailure('unavailable', 'host.cancelled') : transportFailure('unavailable', 'host.unreachable')
      }
      let answer: unknown
      try {
        answer = await response.json()
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return transportFailure('unavailable', 'host.cancelled')
        return statusFailure(response.status)
      }
      // the host codes its own refusals (a spent session, a request too large…) like a service's
      if (isResult(answer)) return answer
      return statusFailure(response.status)
    },
    on(event, cb) {
      ensureSource(event)
      const set = listeners.get(event)
      set?.add(cb)
      return () => {
        set?.delete(cb)
      }
    },
  }
}
