import type { Bridge } from '../../shared/api/bridge'
import { errorCodes, type ErrorCode, type Result } from '../../shared/api/result'

/** Where the per-launch token survives a reload of this tab (and nothing else: it dies with the tab). */
const tokenKey = 'countersign.token'
const tokenHeader = 'x-countersign-token'

/**
 * Takes the token from `#token=…` (how the host opens the page), keeps it in sessionStorage so a reload
 * still works, and removes it from the address bar so it is not copied, bookmarked or shown on screen.
 */
export function takeToken(): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, match[1])
    window.history.replaceState(null, '', window.location.pathname + window.location.search)
    return match[1]
  }
  return sessionStorage.getItem(tokenKey) ?? undefined
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

/** The browser shell's bridge: the same `invoke`/`on` shape as the Electron preload, over HTTP on 127.0.0.1. */
export function createHttpBridge(token: string | undefined): Bridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let source: EventSource | undefined

  function ensureSource(event: string): void {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}`)
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
      if (!token) return failure('forbidden', 'missing token')
      let response: globalThis.Response
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [tokenHeader]: token },
          body: JSON.stringify({ channel, request }),
          cache: 'no-store',
        })
      } catch {
        return failure('unavailable', 'host unreachable')
      }
      if (response.status === 401) return failure('forbidden', 'token refused')
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
