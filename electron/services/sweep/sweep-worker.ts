/**
 * A sweep worker thread: sweeps the files it is sent and answers each with its result, tagged with the number
 * it was sent with (the main thread keeps two files in flight per worker, so a worker never waits for the next).
 * Asked `{ cpu: true }` at the end, it answers the CPU time its own thread used (the bench prints it). Built as
 * its own entry of the CLI (scripts/cli-build.mjs, out/cli/sweep-worker.js); from the TypeScript sources it is
 * started through sweep-worker-dev.mjs.
 */
import { parentPort } from 'node:worker_threads'
import type { SweepFile } from '../../../shared/sweep/report'
import { threadCpuMs } from './thread-cpu'
import { sweepFile, sweepPolicy, unreadableReason } from './sweep-file'

export type SweepWorkerRequest = { file: string; today: string; policy?: string | undefined }
export type SweepWorkerMessage = (SweepWorkerRequest & { n: number }) | { cpu: true }
export type SweepWorkerAnswer = { n: number; result: SweepFile } | { cpuMs: number | null }

const port = parentPort
if (port) {
  // one file at a time, in the order sent: the next starts when this one is answered
  let queue: Promise<void> = Promise.resolve()
  port.on('message', (message: SweepWorkerMessage) => {
    queue = queue.then(async () => {
      if ('cpu' in message) return port.postMessage({ cpuMs: threadCpuMs() ?? null } satisfies SweepWorkerAnswer)
      const result = await sweepFile(message.file, message.today, sweepPolicy(message.policy)).catch(
        (error: unknown): SweepFile => ({ path: message.file, status: 'unreadable', reason: unreadableReason(message.file, error), findings: [] }),
      )
      port.postMessage({ n: message.n, result } satisfies SweepWorkerAnswer)
    })
  })
}
