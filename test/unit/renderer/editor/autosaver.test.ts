import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver, type SaveRequest, type SaveStatus } from '../../../../renderer/features/editor/autosaver'
import { ApiError } from '../../../../renderer/lib/api-error'
import type { Notice } from '../../../../shared/notice/notice'

const start: Notice = {
  id: '00000000-0000-4000-8000-000000000001',
  title: '',
  docNumber: '',
  issuer: '',
  noticeType: 'general',
  body: '',
  signatureDate: '',
  publicityStart: '',
  publicityEnd: '',
  state: 'draft',
  revision: 1,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  deletedAt: null,
}

/** A stand-in for notice.update that behaves like the service: bumps the revision, refuses stale ones. */
function fakeStore() {
  let current = { ...start }
  const requests: SaveRequest[] = []
  let failNext: ApiError[] = []
  let inFlight = 0
  let maxInFlight = 0
  let hold: Promise<void> | undefined
  const save = vi.fn(async (request: SaveRequest): Promise<Notice> => {
    requests.push(request)
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      if (hold) await hold
      const failure = failNext.shift()
      if (failure) throw failure
      if (request.baseRevision !== current.revision) throw new ApiError('conflict', 'saved elsewhere')
      current = { ...current, ...request.fields, revision: current.revision + 1, updatedAt: new Date().toISOString() }
      return current
    } finally {
      inFlight -= 1
    }
  })
  return {
    save,
    requests,
    get current() {
      return current
    },
    get maxInFlight() {
      return maxInFlight
    },
    fail: (...errors: ApiError[]) => (failNext = errors),
    /** Someone else saves: our next save is based on a stale revision. */
    saveElsewhere: () => (current = { ...current, title: 'elsewhere', revision: current.revision + 1 }),
    holdSaves() {
      let release = () => undefined as void
      hold = new Promise<void>((resolve) => (release = resolve))
      return () => {
        hold = undefined
        release()
      }
    },
  }
}

function setup() {
  const store = fakeStore()
  const statuses: SaveStatus['kind'][] = []
  const saver = createAutosaver({ notice: start, save: store.save, onStatus: (status) => statuses.push(status.kind) })
  return { store, saver, statuses, last: () => statuses.at(-1) }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createAutosaver', () => {
  it('saves once, 600 ms after typing stops, with only the changed fields', async () => {
    const { store, saver, last } = setup()
    saver.change({ title: '关' })
    await vi.advanceTimersByTimeAsync(300)
    saver.change({ title: '关于' })
    await vi.advanceTimersByTimeAsync(599)
    expect(store.save).not.toHaveBeenCalled()
    expect(last()).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(store.requests).toEqual([{ id: start.id, baseRevision: 1, fields: { title: '关于' } }])
    expect(last()).toBe('saved')
  })

  it('bases each save on the revision the previous save returned', async () => {
    const { store, saver } = setup()
    saver.change({ title: 'a' })
    expect(await saver.flush()).toBe(true)
    saver.change({ body: 'b' })
    expect(await saver.flush()).toBe(true)
    expect(store.requests.map((request) => request.baseRevision)).toEqual([1, 2])
    expect(store.current).toMatchObject({ title: 'a', body: 'b', revision: 3 })
  })

  it('never runs two saves at once; text typed during a save is saved next', async () => {
    const { store, saver, last } = setup()
    const release = store.holdSaves()
    saver.change({ body: 'first' })
    const flushed = saver.flush()
    await vi.advanceTimersByTimeAsync(0)
    saver.change({ body: 'first and more' })
    await vi.advanceTimersByTimeAsync(600)
    release()
    expect(await flushed).toBe(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(store.maxInFlight).toBe(1)
    expect(store.current.body).toBe('first and more')
    expect(last()).toBe('saved')
  })

  it('keeps the text after a failed save and retries on its own', async () => {
    const { store, saver, statuses, last } = setup()
    store.fail(new ApiError('unavailable', 'down'))
    saver.change({ body: '不能丢的正文' })
    await vi.advanceTimersByTimeAsync(600)
    expect(last()).toBe('failed')
    expect(saver.fields.body).toBe('不能丢的正文')
    await vi.advanceTimersByTimeAsync(2_000)
    expect(last()).toBe('saved')
    expect(store.current.body).toBe('不能丢的正文')
    expect(statuses).toContain('failed')
  })

  it('waits for the officer after an error a retry cannot fix, and retries when asked', async () => {
    const { store, saver, last } = setup()
    store.fail(new ApiError('invalid_request', 'too long'))
    saver.change({ title: 'x' })
    expect(await saver.flush()).toBe(false)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(store.save).toHaveBeenCalledTimes(1)
    saver.retry()
    await vi.advanceTimersByTimeAsync(0)
    expect(last()).toBe('saved')
    expect(store.current.title).toBe('x')
  })

  it('stops on a conflict instead of overwriting the other save, and keeps our text', async () => {
    const { store, saver, last } = setup()
    store.saveElsewhere()
    saver.change({ title: 'ours' })
    expect(await saver.flush()).toBe(false)
    expect(last()).toBe('conflict')
    saver.change({ title: 'ours, more' })
    await vi.advanceTimersByTimeAsync(5_000)
    expect(store.save).toHaveBeenCalledTimes(1)
    expect(store.current.title).toBe('elsewhere')
    expect(saver.fields.title).toBe('ours, more')
  })

  it('sends unsaved changes when disposed before the pause ends', async () => {
    const { store, saver } = setup()
    saver.change({ docNumber: '某政发〔2026〕1号' })
    saver.dispose()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.current.docNumber).toBe('某政发〔2026〕1号')
    expect(store.save).toHaveBeenCalledTimes(1)
  })

  it('does not save when nothing changed', async () => {
    const { store, saver, last } = setup()
    saver.change({ title: '' })
    await vi.advanceTimersByTimeAsync(600)
    expect(store.save).not.toHaveBeenCalled()
    expect(last()).toBe('saved')
  })
})
