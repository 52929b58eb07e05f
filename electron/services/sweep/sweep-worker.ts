/**
 * A sweep worker thread: sweeps the files it is sent and answers each with its result, tagged with the number
 * it was sent with (the main thread keeps two files in flight per worker, so a worker never waits for the next).
 * Asked `{ cpu: true }` at the end, it answers the CPU time its own thread used (the bench prints it). Built as
 * its own entry of the CLI (scripts/cli-build.mjs, out/cli/sweep-worker.js); from the TypeScript sources it is
 * started through sweep-worker-dev.mjs.
 *
 * A worker started for an export (report-export.ts) is sent the results instead (`report` messages), writes the
 * report and says how far it has got after each step, going on when told to (so the main thread can stop it
 * between steps, and is never flooded).
 */
import { parentPort } from 'node:worker_threads'
import type { SweepFile } from '../../../shared/sweep/report'
import { writeReportFiles } from './report-writer'
import { threadCpuMs } from './thread-cpu'
import { sweepFile, sweepPolicy, unreadableReason } from './sweep-file'

export type SweepWorkerRequest = { file: string; today: string; policy?: string | undefined }
export type ReportWorkerMessage =
  | { report: 'begin'; outDir: string; policy?: string | undefined }
  | { report: 'files'; files: SweepFile[] }
  | { report: 'write' }
  | { report: 'next' }
export type SweepWorkerMessage = (SweepWorkerRequest & { n: number }) | { cpu: true } | ReportWorkerMessage
export type ReportWorkerAnswer = { reportProgress: { done: number; total: number } } | { reportDone: true } | { reportFailed: true }
export type SweepWorkerAnswer = { n: number; result: SweepFile } | { cpuMs: number | null } | ReportWorkerAnswer

const port = parentPort
if (port) {
  // one file at a time, in the order sent: the next starts when this one is answered
  let queue: Promise<void> = Promise.resolve()
  const report = { outDir: '', policy: undefined as string | undefined, files: [] as SweepFile[], next: undefined as (() => void) | undefined }
  const onReport = (message: ReportWorkerMessage): void => {
    if (message.report === 'begin') Object.assign(report, { outDir: message.outDir, policy: message.policy, files: [] })
    else if (message.report === 'files') report.files.push(...message.files)
    else if (message.report === 'next') report.next?.()
    else {
      const step = (done: number, total: number): Promise<void> =>
        new Promise((resolve) => {
          report.next = resolve
          port.postMessage({ reportProgress: { done, total } } satisfies SweepWorkerAnswer)
        })
      // the reason stays here: an error's text may name a file, and the main thread says what failed
      writeReportFiles(report.outDir, report.files, report.policy, step).then(
        () => port.postMessage({ reportDone: true } satisfies SweepWorkerAnswer),
        () => port.postMessage({ reportFailed: true } satisfies SweepWorkerAnswer),
      )
    }
  }
  port.on('message', (message: SweepWorkerMessage) => {
    if ('report' in message) return onReport(message)
    queue = queue.then(async () => {
      if ('cpu' in message) return port.postMessage({ cpuMs: threadCpuMs() ?? null } satisfies SweepWorkerAnswer)
      const result = await sweepFile(message.file, message.today, sweepPolicy(message.policy)).catch(
        (error: unknown): SweepFile => ({ path: message.file, status: 'unreadable', reason: unreadableReason(message.file, error), findings: [] }),
      )
      port.postMessage({ n: message.n, result } satisfies SweepWorkerAnswer)
    })
  })
}
