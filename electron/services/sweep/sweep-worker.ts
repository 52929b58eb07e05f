/**
 * A sweep worker thread: sweeps the files it is sent, one at a time, and answers each with its result. Built
 * as its own entry of the CLI (scripts/cli-build.mjs, out/cli/sweep-worker.js); from the TypeScript sources
 * it is started through sweep-worker-dev.mjs.
 */
import { parentPort } from 'node:worker_threads'
import type { SweepFile } from '../../../shared/sweep/report'
import { sweepFile, sweepPolicy, unreadableReason } from './sweep-file'

export type SweepWorkerRequest = { file: string; today: string; policy?: string | undefined }

const port = parentPort
if (port) {
  port.on('message', (message: SweepWorkerRequest) => {
    void sweepFile(message.file, message.today, sweepPolicy(message.policy))
      .catch((error: unknown): SweepFile => ({ path: message.file, status: 'unreadable', reason: unreadableReason(message.file, error), findings: [] }))
      .then((result) => port.postMessage(result))
  })
}
