// The Electron main process. This file only wires things together; every decision lives in a small
// module beside it (app-url, protocol, hardening, window, ipc, startup) with its own unit test.
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron'
import { openCore, type Core } from '../services/core'
import type { PdfPrinter } from '../services/pdf/index'
import { resolveDataDir } from '../services/common/data-dir'
import { makePrivateDir } from '../services/common/private-files'
import { errorKind, fileLogger, silentLogger, type Logger } from '../services/common/logger'
import { chromiumSwitches, findDebuggingSwitch, guardAllWebContents, sessionHardener } from './hardening'
import { folderChooser } from './folder-dialog'
import { wireIpc } from './ipc'
import { createElectronPrinter, PRINT_PARTITION } from './pdf-printer'
import { privilegedSchemes, registerAppProtocol } from './protocol'
import { debuggingSwitchError, journalLossDialog, parseDataFlag, startupErrorText, startupErrorTitle } from './startup'
import { StoreCorruptError } from '../services/store/index'
import { focusWindow, showMainWindow, windowOptions } from './window'

const rendererDir = path.join(import.meta.dirname, '..', 'renderer')
const preloadPath = path.join(import.meta.dirname, '..', 'preload', 'index.cjs')

let log: Logger = silentLogger
let core: Core | undefined
let mainWindow: BrowserWindow | undefined
let unwireIpc: (() => void) | undefined
let printer: PdfPrinter | undefined

/** Shows why Countersign cannot run in a native box and exits; nothing else is safe to do. */
function fail(error: unknown): void {
  log.error('app.startup_failed', errorKind(error))
  dialog.showErrorBox(startupErrorTitle, startupErrorText(error))
  unwireIpc?.()
  core?.close()
  app.exit(1)
}

function start(): void {
  const packaged = app.isPackaged
  const debugSwitch = packaged ? findDebuggingSwitch((name) => app.commandLine.hasSwitch(name)) : undefined
  if (debugSwitch !== undefined) return fail(debuggingSwitchError(debugSwitch))
  let dataDir: string
  try {
    dataDir = resolveDataDir(parseDataFlag(process.argv))
    makePrivateDir(dataDir)
    log = fileLogger(dataDir)
  } catch (error) {
    return fail(error)
  }

  // Chromium's profile lives in the data folder; the single-instance lock is keyed on it, so two
  // windows on two data folders may coexist while a second launch on the same folder is refused.
  app.setPath('userData', path.join(dataDir, 'electron-profile'))
  app.setAppLogsPath(path.join(dataDir, 'logs'))
  for (const [name, value] of chromiumSwitches) {
    if (value === undefined) app.commandLine.appendSwitch(name)
    else app.commandLine.appendSwitch(name, value)
  }
  protocol.registerSchemesAsPrivileged(privilegedSchemes)
  app.enableSandbox()

  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  const hardenSession = sessionHardener({ allowDevTools: !packaged }, log)
  guardAllWebContents(app, log)
  app.on('session-created', (created) => {
    hardenSession(created).catch((error: unknown) => log.error('security.session_hardening_failed', errorKind(error)))
  })
  app.on('second-instance', () => focusWindow(mainWindow))
  app.on('render-process-gone', (_event, _contents, details) => log.error('renderer.gone', { reason: details.reason, exitCode: details.exitCode }))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    unwireIpc?.()
    core?.close()
    void printer?.close()
    log.info('app.stopped')
  })

  app
    .whenReady()
    .then(async () => {
      // The default menu's Help entries open web pages in the system browser; the app has no menu.
      Menu.setApplicationMenu(null)
      await hardenSession(session.defaultSession)
      registerAppProtocol(protocol, rendererDir)
      // The store's lock file refuses a data folder another Countersign (desktop or browser shell) holds.
      // Bundle PDFs: an invisible, sandboxed window with JavaScript off, in its own in-memory session.
      printer = createElectronPrinter({
        createWindow: (options) => new BrowserWindow(options),
        printSession: () => session.fromPartition(PRINT_PARTITION, { cache: false }),
        log,
      })
      const options = { dataDir, shell: 'electron' as const, log, pdf: printer, chooseFolder: folderChooser(dialog, () => mainWindow) }
      try {
        core = await openCore(options)
      } catch (error) {
        // a journal damaged in the middle: a person chooses, knowing what is lost (else the error box, and quit)
        if (!(error instanceof StoreCorruptError) || !error.loss) throw error
        const choice = await dialog.showMessageBox(journalLossDialog(error.loss, error.message))
        if (choice.response !== 0) throw error
        log.warn('store.journal_loss_accepted', { lost: error.loss.lost })
        core = await openCore({ ...options, acceptJournalLoss: true })
      }
      const window = new BrowserWindow(windowOptions(preloadPath, { packaged }))
      mainWindow = window
      window.on('closed', () => {
        mainWindow = undefined
      })
      const opened = core
      unwireIpc = wireIpc({ ipcMain, core: opened, trustedContents: () => (window.isDestroyed() ? undefined : window.webContents), log })
      if (!packaged && process.env.COUNTERSIGN_DEVTOOLS === '1') window.webContents.openDevTools({ mode: 'detach' })
      await showMainWindow(window)
      log.info('app.started', { packaged, recoveryNotes: opened.store.recovery.length })
    })
    .catch(fail)
}

start()
