import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { appEntryUrl } from './app-url'

export type WindowBuild = {
  /** Packaged builds ship without DevTools; development builds keep them for debugging. */
  packaged: boolean
}

/**
 * The main window's options. Every security-relevant web preference is spelled out even where it is
 * Electron's default, so a change of default (or a careless edit) shows up in the unit test.
 */
export function windowOptions(preloadPath: string, build: WindowBuild): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show so the officer never sees a white flash or a half-drawn page.
    show: false,
    title: 'Countersign 会签',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
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
      // Middle-click would try to open a new window; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: !build.packaged,
    },
  }
}

/** The main window's lifecycle around an already constructed window: show when ready, load the UI. */
export async function showMainWindow(window: Pick<BrowserWindow, 'once' | 'show' | 'loadURL'>): Promise<void> {
  window.once('ready-to-show', () => window.show())
  await window.loadURL(appEntryUrl)
}

/** Brings an existing window to the front, as when the officer starts Countersign a second time. */
export function focusWindow(window: Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'> | undefined): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
