import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createBridge, type RendererIpc } from '../../../../electron/preload/bridge'
import { eventChannels, ipcEventPrefix, ipcInvokeChannel, requestChannels } from '../../../../shared/api/channels'

// A fake ipcRenderer (EventEmitter + invoke spy): the real one exists only inside Electron.
class FakeIpcRenderer extends EventEmitter implements RendererIpc {
  readonly invoke = vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: 'pong' }))
}

describe('createBridge', () => {
  it('exposes invoke and on only, frozen — never ipcRenderer or its methods', () => {
    const ipc = new FakeIpcRenderer()
    const bridge = createBridge(ipc)
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(Object.values(bridge)).not.toContain(ipc)
    expect(Object.values(bridge)).not.toContain(ipc.invoke)
  })

  it('sends every allowlisted request over the single invoke channel', async () => {
    const ipc = new FakeIpcRenderer()
    const bridge = createBridge(ipc)
    for (const channel of requestChannels) {
      await expect(bridge.invoke(channel, { id: 'x' })).resolves.toEqual({ ok: true, value: 'pong' })
      expect(ipc.invoke).toHaveBeenLastCalledWith(ipcInvokeChannel, channel, { id: 'x' })
    }
  })

  it.each([['fs.readFile'], ['countersign:invoke'], ['__proto__'], ['toString'], [''], [42], [null], [{ toString: () => 'app.info' }]])(
    'answers %s with invalid_request and sends nothing',
    async (channel) => {
      const ipc = new FakeIpcRenderer()
      const result = await createBridge(ipc).invoke(channel as string, {})
      expect(result).toMatchObject({ ok: false, code: 'invalid_request' })
      expect(ipc.invoke).not.toHaveBeenCalled()
    },
  )

  it('turns a request that cannot be sent into a result instead of a rejection', async () => {
    const ipc = new FakeIpcRenderer()
    ipc.invoke.mockImplementationOnce(() => Promise.reject(new Error('An object could not be cloned.')))
    await expect(createBridge(ipc).invoke('app.info', { f: () => 1 })).resolves.toMatchObject({ ok: false, code: 'invalid_request' })
  })

  it('delivers event payloads alone, never the IPC event with its sender', () => {
    const ipc = new FakeIpcRenderer()
    const bridge = createBridge(ipc)
    const received: unknown[][] = []
    bridge.on(eventChannels[0], (...args: unknown[]) => received.push(args))
    const ipcEvent = { sender: ipc, senderId: 0 }
    ipc.emit(`${ipcEventPrefix}${eventChannels[0]}`, ipcEvent, { id: 'n1' }, 'extra')
    expect(received).toEqual([[{ id: 'n1' }]])
  })

  it('unsubscribes exactly its own listener, once', () => {
    const ipc = new FakeIpcRenderer()
    const bridge = createBridge(ipc)
    const channel = `${ipcEventPrefix}${eventChannels[0]}`
    const first = vi.fn()
    const second = vi.fn()
    const off = bridge.on(eventChannels[0], first)
    bridge.on(eventChannels[0], second)
    off()
    off()
    expect(ipc.listenerCount(channel)).toBe(1)
    ipc.emit(channel, {}, { id: 'n2' })
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledWith({ id: 'n2' })
  })

  it('refuses unknown events and non-function callbacks', () => {
    const ipc = new FakeIpcRenderer()
    const bridge = createBridge(ipc)
    expect(() => bridge.on('countersign:invoke', () => undefined)).toThrow(/unknown event/)
    expect(() => bridge.on('notice.deleted.everything', () => undefined)).toThrow(/unknown event/)
    expect(() => bridge.on(eventChannels[0], 'alert(1)' as never)).toThrow(/function/)
    expect(ipc.eventNames()).toEqual([])
  })
})

describe('preload entry', () => {
  const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../electron/preload/index.ts'), 'utf8')

  it('exposes exactly one object, built by createBridge, under window.api', () => {
    const calls = source.match(/exposeInMainWorld\(/g) ?? []
    expect(calls).toHaveLength(1)
    expect(source).toMatch(/exposeInMainWorld\(bridgeGlobalName, createBridge\(ipcRenderer\)\)/)
  })

  it('imports nothing but electron and relative files (it is bundled into one sandboxed script)', () => {
    for (const dir of ['index.ts', 'bridge.ts']) {
      const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../electron/preload', dir), 'utf8')
      const specifiers = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1])
      for (const specifier of specifiers) expect(specifier === 'electron' || specifier?.startsWith('.'), `${dir}: ${specifier}`).toBe(true)
    }
  })
})
