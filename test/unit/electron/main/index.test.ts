import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcInvokeChannel } from '../../../../shared/api/channels'
import { appEntryUrl } from '../../../../electron/main/app-url'
import { privilegedSchemes } from '../../../../electron/main/protocol'
import { windowOptions } from '../../../../electron/main/window'
import { tempDir } from '../../../support/temp-dir'
import { FakeSession, FakeWebContents } from './fakes'

// electron/main/index.ts only wires things; this test runs it against a fake `electron` module
// (Electron cannot launch on this machine, and importing the real package would try to download
// it). It checks the order that matters — privileged scheme, sandbox and profile path before
// `ready` — and what happens on a second launch and on a data folder another process holds.

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = []
  readonly webContents = Object.assign(new FakeWebContents(), { id: 1, openDevTools: vi.fn() })
  readonly loadURL = vi.fn((_url: string) => Promise.resolve())
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  constructor(readonly options: unknown) {
    super()
    FakeWindow.created.push(this)
  }
  isDestroyed(): boolean {
    return false
  }
  isMinimized(): boolean {
    return false
  }
}

function fakeElectron() {
  const order: string[] = []
  let ready: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => (ready = resolve))
  const paths: Record<string, string> = {}
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    switches: new Set<string>(),
    lock: true,
    commandLine: {
      appended: [] as Array<[string, string | undefined]>,
      appendSwitch(name: string, value?: string) {
        app.commandLine.appended.push([name, value])
      },
      hasSwitch: (name: string) => app.switches.has(name),
    },
    paths,
    setPath: vi.fn((name: string, value: string) => {
      order.push(`setPath:${name}`)
      app.paths[name] = value
    }),
    setAppLogsPath: vi.fn(),
    enableSandbox: vi.fn(() => void order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => {
      order.push('requestSingleInstanceLock')
      return app.lock
    }),
    quit: vi.fn(() => void order.push('quit')),
    exit: vi.fn((code: number) => void order.push(`exit:${code}`)),
    whenReady: vi.fn(() => {
      order.push('whenReady')
      return readyPromise
    }),
  })
  FakeWindow.created = []
  return {
    order,
    ready: () => ready(),
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: vi.fn((_title: string, _content: string) => void order.push('showErrorBox')),
      showMessageBox: vi.fn((_options: { buttons: string[] }) => Promise.resolve({ response: 1, checkboxChecked: false })),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession: new FakeSession() },
  }
}
type FakeElectron = ReturnType<typeof fakeElectron>

const mocks = vi.hoisted(() => {
  const state: { electron: unknown; openCore: ReturnType<typeof vi.fn> } = { electron: undefined, openCore: vi.fn() }
  return state
})
// The mocked module is created once, but each test needs a fresh fake: its exports forward to the
// current one.
vi.mock('electron', () => {
  const current = (key: string): object => (mocks.electron as Record<string, object>)[key] ?? {}
  const forward = (key: string): object =>
    new Proxy(
      {},
      {
        get: (_target, prop) => {
          const target = current(key)
          const value: unknown = Reflect.get(target, prop)
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
        },
      },
    )
  class BrowserWindow {
    constructor(options: unknown) {
      return new FakeWindow(options)
    }
  }
  return { app: forward('app'), dialog: forward('dialog'), ipcMain: forward('ipcMain'), Menu: forward('Menu'), protocol: forward('protocol'), session: forward('session'), BrowserWindow }
})
vi.mock('../../../../electron/services/core', () => ({ openCore: mocks.openCore }))

const fakeCore = { handlers: {}, subscribe: () => () => undefined, close: vi.fn(), store: { recovery: [] } }
let electron: FakeElectron
let dataDir: string
const argv = process.argv

async function start(args: string[], setup: (fake: FakeElectron) => void = () => undefined): Promise<void> {
  electron = fakeElectron()
  setup(electron)
  mocks.electron = electron
  process.argv = ['/usr/bin/electron', 'out/main/index.js', ...args]
  vi.resetModules()
  await import('../../../../electron/main/index')
}

beforeEach(() => {
  // Belt and braces: were the mock ever bypassed, the real package would resolve a path here
  // instead of trying to download Electron, and the test would fail rather than hang on the network.
  vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', path.join(os.tmpdir(), 'countersign-no-electron'))
  dataDir = tempDir('countersign-main-')
  mocks.openCore.mockReset()
  mocks.openCore.mockResolvedValue(fakeCore)
})
afterEach(() => {
  process.argv = argv
  vi.unstubAllEnvs()
})

describe('main process start-up', () => {
  it('sets the profile path, the privileged scheme and the sandbox before ready', async () => {
    await start(['--data', dataDir])
    expect(electron.app.paths.userData).toBe(path.join(dataDir, 'electron-profile'))
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(privilegedSchemes)
    expect(electron.order.slice(0, 5)).toEqual(['setPath:userData', 'registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock', 'whenReady'])
    expect(electron.app.commandLine.appended).toContainEqual(['no-proxy-server', undefined])
    expect(electron.app.listenerCount('web-contents-created')).toBe(1)
    expect(mocks.openCore).not.toHaveBeenCalled()
  })

  it('on ready hardens the session, serves app://, opens the core and loads the UI in a hardened window', async () => {
    await start(['--data', dataDir])
    electron.ready()
    await vi.waitFor(() => expect(FakeWindow.created).toHaveLength(1))
    const [window] = FakeWindow.created
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null)
    expect(electron.session.defaultSession.decide('https://example.com/')).toBe(true)
    expect(electron.session.defaultSession.proxy).toEqual({ mode: 'direct' })
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(mocks.openCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir, shell: 'electron' }))
    const preload = (window?.options as { webPreferences: { preload: string } }).webPreferences.preload
    expect(preload.endsWith(path.join('preload', 'index.cjs'))).toBe(true)
    expect(window?.options).toEqual(windowOptions(preload, { packaged: false }))
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(ipcInvokeChannel, expect.any(Function))
    await vi.waitFor(() => expect(window?.loadURL).toHaveBeenCalledWith(appEntryUrl))
    expect(fs.existsSync(path.join(dataDir, 'logs', 'countersign.log'))).toBe(true)

    // The window's own web contents are guarded through web-contents-created.
    electron.app.emit('web-contents-created', {}, window?.webContents)
    expect(window?.webContents.windowOpenHandler?.({ url: 'https://example.com/' } as never)).toEqual({ action: 'deny' })

    // A second launch focuses the existing window.
    electron.app.emit('second-instance', {}, [], '/')
    expect(window?.focus).toHaveBeenCalled()
  })

  it('quits at once when another instance holds the lock', async () => {
    await start(['--data', dataDir], (fake) => {
      fake.app.lock = false
    })
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(mocks.openCore).not.toHaveBeenCalled()
  })

  it('shows the store’s message in a native error box and exits when the data folder is taken', async () => {
    const message = '数据文件夹正被另一个 Countersign 使用 (data folder in use by another Countersign)'
    mocks.openCore.mockRejectedValue(new Error(message))
    await start(['--data', dataDir])
    electron.ready()
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1))
    const [title, content] = electron.dialog.showErrorBox.mock.calls[0] ?? []
    expect(title).toMatch(/^Countersign 无法启动/)
    expect(content).toContain(message)
    expect(FakeWindow.created).toHaveLength(0)
  })

  it('a journal damaged in the middle: the recovery dialog says what is lost; declining quits, accepting drops it and starts', async () => {
    // the error class as the freshly imported main module sees it (start() resets the module registry)
    const refusal = async (): Promise<Error> => {
      const { StoreCorruptError } = await import('../../../../electron/services/store/index')
      return new StoreCorruptError('日志 journal-000001.log 第 7 条记录之后有无法读取的内容 (…)\nfile line', [], { journal: 'journal-000001.log', afterRecord: 7, lost: 65 })
    }
    await start(['--data', dataDir])
    mocks.openCore.mockRejectedValue(await refusal())
    electron.ready()
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1))
    const options = electron.dialog.showMessageBox.mock.calls[0]?.[0]
    expect(options?.buttons[0]).toContain('65 unreadable saves after record 7')
    expect(mocks.openCore).toHaveBeenCalledTimes(1)

    await start(['--data', dataDir], (fake) => fake.dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false }))
    mocks.openCore.mockReset()
    mocks.openCore.mockRejectedValueOnce(await refusal()).mockResolvedValue(fakeCore)
    electron.ready()
    await vi.waitFor(() => expect(FakeWindow.created).toHaveLength(1))
    expect(mocks.openCore).toHaveBeenLastCalledWith(expect.objectContaining({ dataDir, acceptJournalLoss: true }))
    expect(electron.app.exit).not.toHaveBeenCalled()
  })

  it('refuses remote-debugging switches in packaged builds', async () => {
    await start(['--data', dataDir], (fake) => {
      fake.app.isPackaged = true
      fake.app.switches.add('remote-debugging-port')
    })
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('--remote-debugging-port'))
    expect(electron.app.exit).toHaveBeenCalledWith(1)
    expect(electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('refuses --data without a folder instead of opening the default one', async () => {
    await start(['--data'])
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('--data'))
    expect(electron.app.exit).toHaveBeenCalledWith(1)
    expect(electron.app.setPath).not.toHaveBeenCalled()
  })
})
