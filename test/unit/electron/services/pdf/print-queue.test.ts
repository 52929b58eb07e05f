import { afterEach, describe, expect, it, vi } from 'vitest'
import { PdfError } from '../../../../../electron/services/pdf/printer'
import { serialQueue, withTimeout } from '../../../../../electron/services/pdf/print-queue'

/** A promise settled from outside, to hold a job open while the test looks at the queue. */
function gate<T>(): { promise: Promise<T>; open: (value: T) => void; fail: (error: Error) => void } {
  let open!: (value: T) => void
  let fail!: (error: Error) => void
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

describe('serialQueue', () => {
  it('starts a job only when the one before it has finished, failed or not', async () => {
    const enqueue = serialQueue()
    const started: string[] = []
    const first = gate<string>()
    const a = enqueue(() => {
      started.push('a')
      return first.promise
    })
    const b = enqueue(() => {
      started.push('b')
      return Promise.reject(new Error('b failed'))
    })
    const c = enqueue(() => {
      started.push('c')
      return Promise.resolve('c')
    })
    await Promise.resolve()
    expect(started).toEqual(['a'])
    first.open('a')
    await expect(a).resolves.toBe('a')
    await expect(b).rejects.toThrow('b failed')
    await expect(c).resolves.toBe('c')
    expect(started).toEqual(['a', 'b', 'c'])
  })
})

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('passes the result through when the work is done in time', async () => {
    let cleaned = false
    await expect(withTimeout(Promise.resolve(7), 1000, () => void (cleaned = true))).resolves.toBe(7)
    expect(cleaned).toBe(false)
  })

  it('passes a failure through unchanged', async () => {
    await expect(withTimeout(Promise.reject(new PdfError('failed', 'x')), 1000, () => undefined)).rejects.toMatchObject({ code: 'failed' })
  })

  it('gives up after the limit: cleans up first, then rejects with a timeout the officer can read', async () => {
    vi.useFakeTimers()
    const stuck = gate<number>()
    const order: string[] = []
    const result = withTimeout(stuck.promise, 60_000, () => void order.push('cleanup'))
    const settled = result.catch((error: unknown) => {
      order.push('rejected')
      return error
    })
    await vi.advanceTimersByTimeAsync(59_999)
    expect(order).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    const error = await settled
    expect(order).toEqual(['cleanup', 'rejected'])
    expect(error).toBeInstanceOf(PdfError)
    expect(error).toMatchObject({ code: 'timeout', message: expect.stringContaining('60 s') as unknown })
    // The abandoned work failing later is nobody's unhandled rejection.
    stuck.fail(new Error('late'))
  })
})
