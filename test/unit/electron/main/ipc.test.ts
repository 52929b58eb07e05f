import { describe, expect, it, vi } from 'vitest'
import { ipcEventPrefix, ipcInvokeChannel } from '../../../../shared/api/channels'
import type { Handlers } from '../../../../shared/api/contract'
import type { Result } from '../../../../shared/api/result'
import type { EventListener } from '../../../../electron/services/core'
import { isTrustedSender, senderFacts, untrustedSenderResult, wireIpc, type SenderFacts, type TrustedContents } from '../../../../electron/main/ipc'
import { recordingLogger } from './fakes'

// ipcMain, the invoke event, WebFrameMain and webContents are replaced by plain objects: Electron
// cannot run here. The decision (isTrustedSender) is pure; these tests check it is actually consulted.

const ourPage = 'app://countersign/index.html'
const windowId = 7

function facts(overrides: Partial<SenderFacts['frame'] & { webContentsId: number }> = {}, frame = true): SenderFacts {
  const { webContentsId = windowId, ...frameOverrides } = overrides
  return { webContentsId, frame: frame ? { url: ourPage, isMainFrame: true, detached: false, ...frameOverrides } : null }
}

describe('isTrustedSender', () => {
  it('accepts the main frame of our window showing our UI', () => {
    expect(isTrustedSender(facts(), windowId)).toBe(true)
    expect(isTrustedSender(facts({ url: 'app://countersign/index.html#/notices' }), windowId)).toBe(true)
  })

  it.each<[string, SenderFacts, number | undefined]>([
    ['no window yet', facts(), undefined],
    ['another web contents (DevTools, a stray window)', facts({ webContentsId: 8 }), windowId],
    ['a subframe', facts({ isMainFrame: false }), windowId],
    ['a detached frame', facts({ detached: true }), windowId],
    ['a frame already gone', facts({}, false), windowId],
    ['a foreign page', facts({ url: 'https://example.com/' }), windowId],
    ['a file:// page', facts({ url: 'file:///tmp/evil.html' }), windowId],
    ['another app host', facts({ url: 'app://evil/index.html' }), windowId],
    ['about:blank', facts({ url: 'about:blank' }), windowId],
  ])('refuses %s', (_label, sender, trusted) => {
    expect(isTrustedSender(sender, trusted)).toBe(false)
  })
})

describe('senderFacts', () => {
  it('reads the sender id, the frame URL and whether the frame is the main one', () => {
    const main = { url: ourPage, parent: null, detached: false }
    const sub = { url: ourPage, parent: main, detached: false }
    expect(senderFacts({ sender: { id: 3 }, senderFrame: main } as never)).toEqual({ webContentsId: 3, frame: { url: ourPage, isMainFrame: true, detached: false } })
    expect(senderFacts({ sender: { id: 3 }, senderFrame: sub } as never).frame?.isMainFrame).toBe(false)
    expect(senderFacts({ sender: { id: 3 }, senderFrame: null } as never).frame).toBeNull()
  })
})

type InvokeListener = (event: unknown, channel: unknown, request: unknown) => Promise<Result<unknown>>

function setup() {
  const handlers: Array<{ channel: string; listener: InvokeListener }> = []
  const removed: string[] = []
  const ipcMain = {
    handle: (channel: string, listener: InvokeListener) => void handlers.push({ channel, listener }),
    removeHandler: (channel: string) => void removed.push(channel),
  }
  const appInfo = vi.fn(() => ({ version: '0.1.0', dataDir: '/data', shell: 'electron' as const, recovery: [] }))
  const listeners = new Set<EventListener>()
  const core = {
    handlers: { 'app.info': appInfo } as unknown as Handlers,
    subscribe(listener: EventListener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const sent: Array<[string, unknown]> = []
  const contents = { id: windowId, destroyed: false, url: ourPage }
  const trusted: TrustedContents = {
    id: windowId,
    isDestroyed: () => contents.destroyed,
    getURL: () => contents.url,
    send: (channel: string, ...args: unknown[]) => void sent.push([channel, args[0]]),
  }
  const log = recordingLogger()
  const unwire = wireIpc({ ipcMain: ipcMain as never, core, trustedContents: () => trusted, log })
  const invoke = (event: unknown, channel: unknown, request: unknown) => {
    expect(handlers).toHaveLength(1)
    return handlers[0].listener(event, channel, request)
  }
  const emit: EventListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload)
  }
  return { handlers, removed, appInfo, listeners, sent, contents, log, unwire, invoke, emit }
}

const fromOurWindow = { sender: { id: windowId }, senderFrame: { url: ourPage, parent: null, detached: false } }

describe('wireIpc', () => {
  it('handles the single invoke channel', () => {
    const { handlers } = setup()
    expect(handlers.map((entry) => entry.channel)).toEqual([ipcInvokeChannel])
  })

  it('dispatches a trusted request through the contract', async () => {
    const { invoke, appInfo } = setup()
    await expect(invoke(fromOurWindow, 'app.info', {})).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', dataDir: '/data', shell: 'electron', recovery: [] },
    })
    expect(appInfo).toHaveBeenCalledTimes(1)
  })

  it('parses the request: unknown channels and malformed requests never reach a service', async () => {
    const { invoke, appInfo } = setup()
    await expect(invoke(fromOurWindow, 'fs.readFile', { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, code: 'invalid_request' })
    await expect(invoke(fromOurWindow, 'app.info', { extra: 'field' })).resolves.toMatchObject({ ok: false, code: 'invalid_request' })
    await expect(invoke(fromOurWindow, { toString: () => 'app.info' }, {})).resolves.toMatchObject({ ok: false, code: 'invalid_request' })
    expect(appInfo).not.toHaveBeenCalled()
  })

  it.each([
    ['a subframe', { sender: { id: windowId }, senderFrame: { url: ourPage, parent: {}, detached: false } }],
    ['another web contents', { sender: { id: 99 }, senderFrame: { url: ourPage, parent: null, detached: false } }],
    ['a foreign page', { sender: { id: windowId }, senderFrame: { url: 'https://example.com/', parent: null, detached: false } }],
    ['a vanished frame', { sender: { id: windowId }, senderFrame: null }],
  ])('refuses %s without running the service', async (_label, event) => {
    const { invoke, appInfo, log } = setup()
    await expect(invoke(event, 'app.info', {})).resolves.toEqual(untrustedSenderResult)
    expect(appInfo).not.toHaveBeenCalled()
    expect(log.lines.map((line) => line.event)).toContain('ipc.untrusted_sender')
  })

  it('forwards core events to the window, payload only, on the prefixed channel', () => {
    const { emit, sent } = setup()
    emit('notice.changed', { id: 'n1' })
    expect(sent).toEqual([[`${ipcEventPrefix}notice.changed`, { id: 'n1' }]])
  })

  it('sends nothing to a destroyed window or to a page that is not our UI', () => {
    const { emit, sent, contents } = setup()
    contents.url = 'https://example.com/'
    emit('notice.changed', { id: 'n1' })
    contents.url = ourPage
    contents.destroyed = true
    emit('notice.changed', { id: 'n1' })
    expect(sent).toEqual([])
  })

  it('undoes both the handler and the subscription', () => {
    const { unwire, removed, listeners } = setup()
    expect(listeners.size).toBe(1)
    unwire()
    expect(removed).toEqual([ipcInvokeChannel])
    expect(listeners.size).toBe(0)
  })
})
