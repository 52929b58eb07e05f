/**
 * The app's report export, off the services' thread: the results are handed to a sweep worker (the same script
 * and machinery a sweep uses) in slices, yielding between them, and the worker writes report.html and
 * findings.csv, saying how far it has got. Cancelling stops the worker and removes the half-written files.
 * Where no worker script is found the report is written here, step by step, yielding between steps.
 */
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import type { SweepFile } from '../../../shared/sweep/report'
import { removeParts, writeReportFiles } from './report-writer'
import { workerEntry } from './run-sweep'
import type { ReportWorkerAnswer, SweepWorkerMessage } from './sweep-worker'

/** An export stopped by `signal` before it finished; nothing of it is left in the folder. */
export class ExportCancelledError extends Error {
  constructor() {
    super('export cancelled')
    this.name = 'ExportCancelledError'
  }
}

export type ExportOptions = {
  policy?: string | undefined
  /** files written so far, of all */
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal | undefined
}

/** Results handed to the worker per message: the services' thread yields between slices. */
const slice = 1000

/** Writes `outDir`/report.html and findings.csv for `results` on a worker thread; rejects ExportCancelledError when aborted. */
export async function exportReports(outDir: string, results: readonly SweepFile[], options: ExportOptions = {}): Promise<void> {
  const dir = path.resolve(outDir)
  const { signal, onProgress } = options
  if (signal?.aborted) throw new ExportCancelledError()
  const entry = workerEntry()
  if (!entry) {
    return writeReportFiles(dir, results, options.policy, async (done, total) => {
      onProgress?.(done, total)
      await nextTurn()
      if (signal?.aborted) throw new ExportCancelledError()
    })
  }
  const worker = new Worker(entry)
  const send = (message: SweepWorkerMessage): void => worker.postMessage(message)
  let settled = false
  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error): void => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate().finally(() => {
        if (error) {
          removeParts(dir)
          reject(error)
        } else resolve()
      })
    }
    const onAbort = (): void => finish(new ExportCancelledError())
    signal?.addEventListener('abort', onAbort)
    worker.on('message', (answer: ReportWorkerAnswer) => {
      if ('reportProgress' in answer) {
        onProgress?.(answer.reportProgress.done, answer.reportProgress.total)
        if (!settled) send({ report: 'next' })
      } else if ('reportDone' in answer) finish()
      else finish(new Error('the report could not be written'))
    })
    worker.on('error', () => finish(new Error('the report worker failed')))
    worker.on('exit', () => finish(new Error('the report worker stopped')))
    void (async () => {
      send({ report: 'begin', outDir: dir, policy: options.policy })
      for (let i = 0; i < results.length && !settled; i += slice) {
        send({ report: 'files', files: results.slice(i, i + slice) })
        await nextTurn()
      }
      if (!settled) send({ report: 'write' })
    })()
  })
}
