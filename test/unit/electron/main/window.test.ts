import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { appEntryUrl } from '../../../../electron/main/app-url'
import { focusWindow, showMainWindow, windowOptions } from '../../../../electron/main/window'

const preload = '/opt/Countersign/resources/app.asar/out/preload/index.cjs'

describe('windowOptions', () => {
  it('sets every security-relevant web preference explicitly', () => {
    const prefs = windowOptions(preload, { packaged: true }).webPreferences
    expect(prefs).toMatchObject({
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    })
  })

  it('ships DevTools only in development builds', () => {
    expect(windowOptions(preload, { packaged: true }).webPreferences?.devTools).toBe(false)
    expect(windowOptions(preload, { packaged: false }).webPreferences?.devTools).toBe(true)
  })

  it('keeps the security preferences identical in development builds', () => {
    const dev = { ...windowOptions(preload, { packaged: false }).webPreferences, devTools: undefined }
    const prod = { ...windowOptions(preload, { packaged: true }).webPreferences, devTools: undefined }
    expect(dev).toEqual(prod)
  })

  it('opens no door the checklist warns about', () => {
    const prefs = windowOptions(preload, { packaged: false }).webPreferences ?? {}
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'plugins', 'webgl', 'javascript']) {
      expect(prefs, key).not.toHaveProperty(key)
    }
  })

  it('stays hidden until the page is ready', () => {
    expect(windowOptions(preload, { packaged: true }).show).toBe(false)
  })
})

class FakeWindow extends EventEmitter {
  loaded: string[] = []
  shown = 0
  focused = 0
  restored = 0
  destroyed = false
  minimized = false
  show(): void {
    this.shown += 1
  }
  focus(): void {
    this.focused += 1
  }
  restore(): void {
    this.restored += 1
    this.minimized = false
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isMinimized(): boolean {
    return this.minimized
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url)
    return Promise.resolve()
  }
  /** BrowserWindow's overloaded `once` does not accept an EventEmitter's; only the members above are used. */
  asWindow(): Parameters<typeof showMainWindow>[0] {
    return this as unknown as Parameters<typeof showMainWindow>[0]
  }
}

describe('showMainWindow', () => {
  it('loads the UI from the app scheme, never file://, and shows it when ready', async () => {
    const window = new FakeWindow()
    await showMainWindow(window.asWindow())
    expect(window.loaded).toEqual([appEntryUrl])
    expect(appEntryUrl.startsWith('app://countersign/')).toBe(true)
    expect(window.shown).toBe(0)
    window.emit('ready-to-show')
    expect(window.shown).toBe(1)
  })
})

describe('focusWindow', () => {
  it('restores and focuses the existing window on a second launch', () => {
    const window = new FakeWindow()
    window.minimized = true
    focusWindow(window)
    expect(window.restored).toBe(1)
    expect(window.focused).toBe(1)
  })

  it('does nothing without a live window', () => {
    const window = new FakeWindow()
    window.destroyed = true
    focusWindow(window)
    focusWindow(undefined)
    expect(window.focused).toBe(0)
  })
})
