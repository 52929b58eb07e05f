import type { Result } from './result'

/**
 * What the Electron preload exposes to the renderer as `window.api`. Channel names are plain strings
 * here on purpose: the preload checks them against its allowlist and the main process parses every
 * request, so nothing on this side of the boundary is trusted. `renderer/lib/api.ts` narrows the types.
 */
export type Bridge = {
  /** Sends one API request; an unknown channel resolves to an `invalid_request` result, never a throw. */
  invoke(channel: string, request: unknown): Promise<Result<unknown>>
  /** Subscribes to an event; the callback receives only the payload. Returns the unsubscribe function. */
  on(event: string, cb: (payload: unknown) => void): () => void
}

/** The global name the preload exposes the bridge under. */
export const bridgeGlobalName = 'api'

/**
 * The largest request body the browser shell's host reads (electron/host/server.ts): a picked file travels base64
 * inside the JSON body, and the contract allows 64 MiB of base64, plus the envelope. The page's bridge refuses a
 * larger request before sending it (`host.tooLarge`).
 */
export const hostBodyLimitBytes = 72 * 1024 * 1024
