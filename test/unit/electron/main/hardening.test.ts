import { describe, expect, it } from 'vitest'
import {
  chromiumSwitches,
  debuggingSwitches,
  findDebuggingSwitch,
  guardAllWebContents,
  hardenSession,
  hardenWebContents,
  permissionDecision,
  sessionHardener,
} from '../../../../electron/main/hardening'
import { FakeApp, FakeSession, FakeWebContents, fakeEvent, recordingLogger } from './fakes'

// Electron cannot launch on this machine, so the listeners are exercised through EventEmitter fakes
// (see fakes.ts); the decisions they delegate to are pure and tested directly.

const externalUrl = 'https://example.com/收入证明-张三.docx?id=110101199003070011'

describe('permissionDecision', () => {
  it('refuses every permission', () => {
    expect(permissionDecision()).toBe(false)
  })
})

describe('chromium switches', () => {
  it('turns off proxies and name resolution before ready', () => {
    expect(chromiumSwitches).toContainEqual(['no-proxy-server'])
    expect(chromiumSwitches).toContainEqual(['host-resolver-rules', 'MAP * ~NOTFOUND'])
  })

  it('keeps WebRTC off non-proxied UDP from the start (issue 9)', () => {
    expect(chromiumSwitches).toContainEqual(['webrtc-ip-handling-policy', 'disable_non_proxied_udp'])
    expect(chromiumSwitches).toContainEqual(['force-webrtc-ip-handling-policy', 'disable_non_proxied_udp'])
  })

  it("sets the app locale to zh-CN, so Chromium's own texts and controls are Chinese (issue 14)", () => {
    expect(chromiumSwitches).toContainEqual(['lang', 'zh-CN'])
  })

  it('finds remote-debugging and inspector switches so packaged builds can refuse them', () => {
    expect(debuggingSwitches).toEqual(expect.arrayContaining(['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk']))
    expect(findDebuggingSwitch((name) => name === 'remote-debugging-port')).toBe('remote-debugging-port')
    expect(findDebuggingSwitch(() => false)).toBeUndefined()
  })
})

describe('hardenWebContents', () => {
  function guarded() {
    const contents = new FakeWebContents()
    const log = recordingLogger()
    hardenWebContents(contents.asWebContents(), log)
    return { contents, log }
  }

  it.each(['will-navigate', 'will-redirect'])('prevents %s, to other sites and to our own pages alike', (name) => {
    const { contents } = guarded()
    for (const url of [externalUrl, 'file:///etc/passwd', 'app://countersign/index.html']) {
      const event = fakeEvent()
      contents.emit(name, event, url)
      expect(event.defaultPrevented, `${name} ${url}`).toBe(true)
    }
  })

  it('prevents navigation in any frame', () => {
    const { contents } = guarded()
    const event = fakeEvent(externalUrl)
    contents.emit('will-frame-navigate', event)
    expect(event.defaultPrevented).toBe(true)
  })

  it('prevents attaching a <webview>', () => {
    const { contents } = guarded()
    const event = fakeEvent()
    contents.emit('will-attach-webview', event, { preload: '/tmp/evil.js' }, { src: externalUrl })
    expect(event.defaultPrevented).toBe(true)
  })

  it('denies every window.open and target=_blank', () => {
    const { contents } = guarded()
    expect(contents.windowOpenHandler).toBeTypeOf('function')
    for (const url of [externalUrl, 'app://countersign/index.html', 'about:blank']) {
      const details = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' } }
      expect(contents.windowOpenHandler?.(details as never)).toEqual({ action: 'deny' })
    }
  })

  it('logs the scheme of a blocked URL, never the URL itself', () => {
    const { contents, log } = guarded()
    contents.emit('will-navigate', fakeEvent(), externalUrl)
    contents.windowOpenHandler?.({ url: externalUrl } as never)
    expect(log.lines.length).toBeGreaterThanOrEqual(2)
    const written = JSON.stringify(log.lines)
    expect(written).not.toContain('example.com')
    expect(written).not.toContain('110101199003070011')
    expect(written).toContain('https')
  })
})

describe('guardAllWebContents', () => {
  it('hardens every web contents the app creates', () => {
    const app = new FakeApp()
    guardAllWebContents(app.asApp(), recordingLogger())
    const created = [new FakeWebContents(), new FakeWebContents()]
    for (const contents of created) app.emit('web-contents-created', {}, contents)
    for (const contents of created) {
      expect(contents.listenerCount('will-navigate')).toBe(1)
      expect(contents.listenerCount('will-redirect')).toBe(1)
      expect(contents.listenerCount('will-attach-webview')).toBe(1)
      expect(contents.windowOpenHandler?.({ url: externalUrl } as never)).toEqual({ action: 'deny' })
      // no STUN or media datagram outside a proxy, even if script ever ran
      expect(contents.webRtcPolicy).toBe('disable_non_proxied_udp')
      const event = fakeEvent()
      contents.emit('will-navigate', event, externalUrl)
      expect(event.defaultPrevented).toBe(true)
    }
  })
})

describe('hardenSession', () => {
  async function hardened(allowDevTools = false) {
    const session = new FakeSession()
    const log = recordingLogger()
    await hardenSession(session.asSession(), { allowDevTools }, log)
    return { session, log }
  }

  it('denies every permission request and check', async () => {
    const { session } = await hardened()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'unknown']) {
      let granted: boolean | undefined
      session.permissionRequestHandler?.({}, permission, (value) => (granted = value), {})
      expect(granted, permission).toBe(false)
      expect(session.permissionCheckHandler?.(null, permission, 'app://countersign', {}), permission).toBe(false)
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://countersign' })).toBe(false)
  })

  it('cancels every request that is not for our UI', async () => {
    const { session, log } = await hardened()
    expect(session.decide('app://countersign/index.html')).toBe(false)
    expect(session.decide('app://countersign/assets/app.js')).toBe(false)
    for (const url of [externalUrl, 'http://127.0.0.1:8080/', 'ws://localhost/', 'file:///etc/passwd', 'devtools://devtools/bundled/inspector.html']) {
      expect(session.decide(url), url).toBe(true)
    }
    expect(JSON.stringify(log.lines)).not.toContain('example.com')
  })

  it('lets DevTools pages load only when the policy allows it', async () => {
    const { session } = await hardened(true)
    expect(session.decide('devtools://devtools/bundled/inspector.html')).toBe(false)
    expect(session.decide(externalUrl)).toBe(true)
  })

  it('blocks downloads except files the UI made itself, turns off the spell checker and sets a direct (no) proxy', async () => {
    const { session } = await hardened()
    const item = (url: string) => {
      const options: unknown[] = []
      return { options, getURL: () => url, getFilename: () => 'bundle.zip', setSaveDialogOptions: (o: unknown) => options.push(o) }
    }
    for (const url of [externalUrl, 'blob:https://evil.example/1234', 'data:application/zip;base64,UEsDBA==', 'file:///etc/passwd']) {
      const event = fakeEvent()
      session.emit('will-download', event, item(url), {})
      expect(event.defaultPrevented, url).toBe(true)
    }
    const own = item('blob:app://countersign/5d3f0c1e-7a9b-4c1d-8e2f-0a1b2c3d4e5f')
    const event = fakeEvent()
    session.emit('will-download', event, own, {})
    expect(event.defaultPrevented).toBe(false)
    expect(own.options).toEqual([{ title: '保存文件', defaultPath: 'bundle.zip' }])
    expect(session.spellChecker).toBe(false)
    expect(session.proxy).toEqual({ mode: 'direct' })
  })

  it('hardens each session once however often it is reported', async () => {
    const harden = sessionHardener({ allowDevTools: false }, recordingLogger())
    const session = new FakeSession()
    await harden(session.asSession())
    await harden(session.asSession())
    expect(session.listenerCount('will-download')).toBe(1)
    const other = new FakeSession()
    await harden(other.asSession())
    expect(other.decide(externalUrl)).toBe(true)
  })
})
