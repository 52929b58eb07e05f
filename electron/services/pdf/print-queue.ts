import { PdfError } from './printer'

/**
 * Runs jobs one after another: a browser prints one page at a time well, and two prints racing for one
 * browser would also race for its launch and its shutdown.
 */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job)
    // The next job waits for this one whether it succeeds or fails.
    tail = run.catch(() => undefined)
    return run
  }
}

/**
 * `work` with a hard limit: after `ms` the promise rejects with a PdfError('timeout') once `onTimeout` has run
 * (to destroy the stuck window or browser), whatever `work` does later.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Promise<void> | void): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), ms)
  })
  try {
    const first = await Promise.race([work.then((value) => ({ value })), expired])
    if (first !== 'expired') return first.value
  } finally {
    clearTimeout(timer)
  }
  // The abandoned work may still settle later; nobody is waiting for it any more.
  work.catch(() => undefined)
  await onTimeout()
  throw new PdfError('timeout', `PDF 生成超时，已放弃 (printing the PDF took longer than ${Math.round(ms / 1000)} s and was abandoned)`)
}
