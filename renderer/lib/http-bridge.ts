import type { Bridge } from '../../shared/api/bridge'
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

function failure(code: ErrorCode, message: string): Result<unknown> {
  return { ok: false, code, message }
}

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
      let response: globalThis.Response
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ channel, request }),
          cache: 'no-store',
          credentials: 'same-origin',
        })
      } catch {
        return failure('unavailable', 'host unreachable')
      }
      if (response.status === 401) return failure('forbidden', 'session refused')
      if (!response.ok) return failure('unavailable', `host answered ${response.status}`)
      let body: unknown
      try {
        body = await response.json()
      } catch {
        return failure('internal', 'host answered with something that is not JSON')
      }
      return isResult(body) ? body : failure('internal', 'host answered with something that is not a result')
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
