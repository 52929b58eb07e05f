import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { ipcEventPrefix, ipcInvokeChannel, isEventChannel } from '../../shared/api/channels'
import { dispatch } from '../../shared/api/dispatch'
import { bilingualError, type ErrorDetail } from '../../shared/api/error-text'
import type { Result } from '../../shared/api/result'
import type { Core } from '../services/core'
import { errorKind, type Logger } from '../services/common/logger'
import { isAppUrl } from './app-url'

/** What the main process knows about who sent an IPC message, reduced to plain data. */
export type SenderFacts = {
  webContentsId: number
  /** Null when the frame has already navigated away or been destroyed. */
  frame: { url: string; isMainFrame: boolean; detached: boolean } | null
}

/**
 * Only the main frame of our own window, showing our own UI, may call the API (Electron security
 * checklist, item 17). A subframe, a DevTools page or any other web contents is refused.
 */
export function isTrustedSender(facts: SenderFacts, trustedWebContentsId: number | undefined): boolean {
  if (trustedWebContentsId === undefined || facts.webContentsId !== trustedWebContentsId) return false
  const frame = facts.frame
  return frame !== null && frame.isMainFrame && !frame.detached && isAppUrl(frame.url)
}

/** Reads the sender facts off an invoke event; no decision is made here. */
export function senderFacts(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderFacts {
  const frame = event.senderFrame
  return {
    webContentsId: event.sender.id,
    frame: frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null, detached: frame.detached },
  }
}

const untrustedSender: ErrorDetail = { code: 'request.untrustedSender', params: {} }
export const untrustedSenderResult: Result<never> = { ok: false, code: 'forbidden', message: bilingualError(untrustedSender), detail: untrustedSender }

/** The web contents events go to and requests may come from: the main window's, once it exists. */
export type TrustedContents = Pick<WebContents, 'id' | 'isDestroyed' | 'getURL' | 'send'>

export type IpcWiring = {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>
  core: Pick<Core, 'handlers' | 'subscribe'>
  trustedContents: () => TrustedContents | undefined
  log: Logger
}

/**
 * Connects the renderer to the services: one invoke channel whose requests stay `unknown` until
 * the contract's schema parses them, and the core's events forwarded to the trusted window.
 * Returns a function that undoes both.
 */
export function wireIpc(wiring: IpcWiring): () => void {
  const { ipcMain, core, log } = wiring
  ipcMain.handle(ipcInvokeChannel, (event: IpcMainInvokeEvent, channel: unknown, request: unknown): Promise<Result<unknown>> => {
    const contents = wiring.trustedContents()
    if (!isTrustedSender(senderFacts(event), contents?.id)) {
      log.warn('ipc.untrusted_sender', { webContentsId: event.sender.id })
      return Promise.resolve(untrustedSenderResult)
    }
    return dispatch(core.handlers, channel, request, (name, error) => log.error('api.internal_error', { channel: name, ...errorKind(error) }))
  })
  const unsubscribe = core.subscribe((event, payload) => {
    const contents = wiring.trustedContents()
    if (!contents || contents.isDestroyed() || !isEventChannel(event)) return
    // A page that is not our UI (it cannot navigate, but defence in depth) gets nothing.
    if (!isAppUrl(contents.getURL())) return
    contents.send(ipcEventPrefix + event, payload)
  })
  return () => {
    ipcMain.removeHandler(ipcInvokeChannel)
    unsubscribe()
  }
}
