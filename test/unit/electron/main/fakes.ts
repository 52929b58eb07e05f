// Small EventEmitter-based stand-ins for Electron objects. Electron cannot launch on the build
// machine (no binary, no network to fetch one), so these check the *wiring* — which events get
// listeners and what those listeners do — while the options and decisions are tested as pure
// functions. The lead's Playwright specs exercise the real objects where a binary exists.
import { EventEmitter } from 'node:events'
import type { App, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron'
import type { LogFields, Logger } from '../../../../electron/services/common/logger'

/** A preventable event like the ones Electron passes to `will-*` listeners. */
export type FakeEvent = { preventDefault(): void; defaultPrevented: boolean; url?: string }
export function fakeEvent(url?: string): FakeEvent {
  const event: FakeEvent = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
    ...(url === undefined ? {} : { url }),
  }
  return event
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined
  webRtcPolicy: string | undefined
  setWebRTCIPHandlingPolicy(policy: string): void {
    this.webRtcPolicy = policy
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler
  }
  /** The fake typed as the real thing for code under test; only the members above exist. */
  asWebContents(): WebContents {
    return this as unknown as WebContents
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void

export class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | undefined
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined
  devicePermissionHandler: ((details: unknown) => boolean) | undefined
  beforeRequest: BeforeRequestListener | undefined
  proxy: unknown
  spellChecker: boolean | undefined
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener): void => {
      this.beforeRequest = listener
    },
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled
  }
  setProxy(config: unknown): Promise<void> {
    this.proxy = config
    return Promise.resolve()
  }
  /** Asks the registered filter about one URL, the way Chromium would. */
  decide(url: string): boolean | undefined {
    let cancel: boolean | undefined
    this.beforeRequest?.({ url }, (response) => {
      cancel = response.cancel
    })
    return cancel
  }
  asSession(): Session {
    return this as unknown as Session
  }
}

export class FakeApp extends EventEmitter {
  asApp(): Pick<App, 'on'> {
    return this as unknown as Pick<App, 'on'>
  }
}

/** A logger that keeps its lines so tests can check what (and what not) gets written. */
export type RecordingLogger = Logger & { lines: Array<{ level: string; event: string; fields?: LogFields }> }
export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = []
  const record = (level: string) => (event: string, fields?: LogFields) => {
    lines.push({ level, event, ...(fields ? { fields } : {}) })
  }
  return { lines, info: record('info'), warn: record('warn'), error: record('error') }
}
