import { bridgeGlobalName, type Bridge } from '../../shared/api/bridge'
import type { EventChannel, RequestChannel } from '../../shared/api/channels'
import { contract, events, type EventPayload, type Request, type Response } from '../../shared/api/contract'
import { readErrorDetail } from '../../shared/api/error-text'
import { ApiError } from './api-error'
import { acceptRecovery, createHttpBridge, openSession, pendingRecovery, type PendingRecovery } from './http-bridge'

export type { PendingRecovery } from './http-bridge'

// The one module that knows how the UI reaches the services: the Electron preload's `window.api`
// when it exists, otherwise the browser host over HTTP. Nothing else touches either.

let cached: Bridge | undefined

function isBridge(value: unknown): value is Bridge {
  return typeof value === 'object' && value !== null && 'invoke' in value && typeof value.invoke === 'function' && 'on' in value && typeof value.on === 'function'
}

function bridge(): Bridge {
  if (!cached) {
    const exposed: unknown = Reflect.get(window, bridgeGlobalName)
    cached = isBridge(exposed) ? exposed : createHttpBridge()
  }
  return cached
}

/** Which shell we are in, known before the first call (app.info says the same, later). */
export function hasElectronBridge(): boolean {
  return isBridge(Reflect.get(window, bridgeGlobalName))
}

/**
 * In the browser shell, exchanges the address's one-time code for the session cookie before the first call.
 * Without a code (a reload), or with one already spent (a second tab of the same window), the cookie this
 * browser already holds is used; if it has none, the first call is refused and the app says so.
 */
export async function startSession(): Promise<void> {
  if (!hasElectronBridge()) await openSession()
}

/**
 * The browser shell's recovery screen: a journal damaged in the middle waits for a person's choice.
 * (The desktop shell asks in a native dialog before any window opens.)
 */
export async function storeRecovery(): Promise<PendingRecovery | undefined> {
  return hasElectronBridge() ? undefined : pendingRecovery()
}

/** Drops the unreadable saves the recovery screen named, and opens the store. */
export function recoverStore(): Promise<boolean> {
  return acceptRecovery()
}

/**
 * Calls one API channel. Resolves with the parsed response; rejects with an `ApiError` when the service
 * refuses (`conflict`, `not_found`…) or the answer does not match the contract.
 */
export async function call<C extends RequestChannel>(channel: C, request: Request<C>): Promise<Response<C>> {
  const result = await bridge().invoke(channel, request)
  if (!result.ok) throw new ApiError(result.code, result.message, readErrorDetail(result.detail))
  const parsed = contract[channel].response.safeParse(result.value)
  if (!parsed.success) throw new ApiError('internal', `unexpected answer from ${channel}`, { code: 'request.badAnswer', params: {} })
  return parsed.data as Response<C>
}

/** Subscribes to a pushed event; payloads that do not match the contract are dropped. Returns the unsubscribe. */
export function subscribe<E extends EventChannel>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, (payload) => {
    const parsed = events[event].safeParse(payload)
    if (parsed.success) cb(parsed.data as EventPayload<E>)
  })
}
