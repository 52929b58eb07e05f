import type { Bridge } from '../../shared/api/bridge'
import { ipcEventPrefix, ipcInvokeChannel, isEventChannel, isRequestChannel } from '../../shared/api/channels'
import type { ErrorDetail } from '../../shared/api/error-text'
import type { Result } from '../../shared/api/result'

/** The part of `ipcRenderer` the bridge uses; a plain EventEmitter-like fake stands in for it in tests. */
export type RendererIpc = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: IpcListener): unknown
  removeListener(channel: string, listener: IpcListener): unknown
}
const notSent: ErrorDetail = { code: 'request.notSent', params: {} }
type IpcListener = (event: unknown, ...args: unknown[]) => void

/**
 * Builds `window.api` over the single invoke channel. Only allowlisted channel names ever reach the
 * main process, and event callbacks get the payload alone — the IPC event would hand the page
 * `sender`, i.e. a route back into ipcRenderer.
 */
export function createBridge(ipc: RendererIpc): Bridge {
  const bridge: Bridge = {
    invoke(channel: string, request: unknown): Promise<Result<unknown>> {
      if (!isRequestChannel(channel)) {
        return Promise.resolve({ ok: false, code: 'invalid_request', message: `unknown channel: ${String(channel).slice(0, 40)}`, detail: { code: 'request.invalid', params: {} } })
      }
      // The main process answers with a Result and never throws; a rejection here means the request
      // could not even be sent (say, a value structured clone refuses), which is the caller's mistake.
      return (ipc.invoke(ipcInvokeChannel, channel, request) as Promise<Result<unknown>>).catch(
        (): Result<unknown> => ({ ok: false, code: 'invalid_request', message: 'request could not be sent', detail: notSent }),
      )
    },
    on(event: string, cb: (payload: unknown) => void): () => void {
      if (!isEventChannel(event)) throw new Error(`unknown event: ${String(event).slice(0, 40)}`)
      if (typeof cb !== 'function') throw new Error('callback must be a function')
      const channel = ipcEventPrefix + event
      const listener: IpcListener = (_event, payload) => cb(payload)
      ipc.on(channel, listener)
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        ipc.removeListener(channel, listener)
      }
    },
  }
  return Object.freeze(bridge)
}
