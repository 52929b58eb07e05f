import type { App, Session, WebContents } from 'electron'
import { webRtcIpHandlingPolicy } from '../services/common/chromium-flags'
import type { Logger } from '../services/common/logger'
import { isAppUrl, schemeOf, shouldCancelRequest, type RequestPolicy } from './app-url'

/**
 * Chromium switches set before `ready`: no proxy (system or PAC), a resolver that answers nothing,
 * and WebRTC kept off non-proxied UDP. The app needs no network at all, so even a request that slipped
 * past the session's request filter could not reach a host.
 */
export const chromiumSwitches: ReadonlyArray<readonly [name: string, value?: string]> = [
  ['no-proxy-server'],
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
  ['webrtc-ip-handling-policy', webRtcIpHandlingPolicy],
  ['force-webrtc-ip-handling-policy', webRtcIpHandlingPolicy],
  // the app's locale: Chromium's own texts (context menus, dialogs, form controls) in Chinese
  ['lang', 'zh-CN'],
]

/** Switches that would let another local program drive or inspect the app; refused in packaged builds. */
export const debuggingSwitches = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-allow-origins', 'inspect', 'inspect-brk', 'inspect-port', 'js-flags'] as const

/** The first debugging switch present on the command line, if any. */
export function findDebuggingSwitch(hasSwitch: (name: string) => boolean): string | undefined {
  return debuggingSwitches.find((name) => hasSwitch(name))
}

/** Every permission (camera, notifications, clipboard read, geolocation, HID, …) is refused: the UI needs none. */
export function permissionDecision(): boolean {
  return false
}

/**
 * Navigation and window guards for any web contents: the main window, DevTools, and anything else
 * Chromium creates. The UI is a single page, so no navigation is ever legitimate; hash changes are
 * in-page and do not raise these events.
 */
export function hardenWebContents(contents: WebContents, log: Logger): void {
  // WebRTC may not send UDP outside a proxy (there is none): no STUN datagram can leave, even if script
  // the CSP should have stopped ever ran in the page.
  contents.setWebRTCIPHandlingPolicy(webRtcIpHandlingPolicy)
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    log.warn('security.navigation_blocked', { via: 'will-navigate', scheme: schemeOf(url) })
  })
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault()
    log.warn('security.navigation_blocked', { via: 'will-frame-navigate', scheme: schemeOf(event.url) })
  })
  contents.on('will-redirect', (event, url) => {
    event.preventDefault()
    log.warn('security.navigation_blocked', { via: 'will-redirect', scheme: schemeOf(url) })
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log.warn('security.webview_blocked')
  })
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('security.window_open_denied', { scheme: schemeOf(url) })
    return { action: 'deny' }
  })
}

/** Applies `hardenWebContents` to every web contents the app ever creates, including the main window's. */
export function guardAllWebContents(app: Pick<App, 'on'>, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log))
}

/**
 * Session-wide rules: no permissions, no devices, no downloads, no network. Returns the promise of
 * the proxy change so the caller can await it before loading the UI.
 */
export function hardenSession(session: Session, policy: RequestPolicy, log: Logger): Promise<void> {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('security.permission_denied', { permission })
    callback(permissionDecision())
  })
  session.setPermissionCheckHandler(() => permissionDecision())
  session.setDevicePermissionHandler(() => permissionDecision())
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = shouldCancelRequest(details.url, policy)
    if (cancel) log.warn('security.request_cancelled', { scheme: schemeOf(details.url) })
    callback({ cancel })
  })
  session.on('will-download', (event, item) => {
    // The one download allowed: a file the UI itself made (a bundle, a trust list, a review file) as a
    // blob: of our own origin, saved where the user picks in the system's save dialog. Nothing else.
    if (isOwnBlob(item.getURL())) {
      item.setSaveDialogOptions({ title: '保存文件', defaultPath: item.getFilename() })
      log.info('file.save_offered')
      return
    }
    event.preventDefault()
    log.warn('security.download_blocked')
  })
  // The spell checker would fetch dictionaries from the network; spellcheck is off in the window too.
  session.setSpellCheckerEnabled(false)
  return session.setProxy({ mode: 'direct' })
}

/** A blob: URL minted by our own app:// origin (the UI saving a file it built in memory). */
export function isOwnBlob(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length))
}

/**
 * Hardens each session once, however many times it is reported (the default session at start-up,
 * and any session Chromium creates later through `session-created`).
 */
export function sessionHardener(policy: RequestPolicy, log: Logger): (session: Session) => Promise<void> {
  const done = new WeakSet<Session>()
  return (session) => {
    if (done.has(session)) return Promise.resolve()
    done.add(session)
    return hardenSession(session, policy, log)
  }
}
