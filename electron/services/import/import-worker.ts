/**
 * Worker thread entry of an import (see run-import.ts): parses the file's bytes off the main thread so the
 * Electron main process (and the browser host) keeps answering while a 100,000-row workbook is read.
 * Messages out: `{type:'progress', fraction}`, then `{type:'done', doc}` or `{type:'error', …}` — an error
 * carries the ImportError's code, file and detail (never document content).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { ImportError } from '../../../shared/import/index'
import { importBytes, type ImportLimits } from './index'

export type WorkerInput = { bytes: Uint8Array; file: string; limits?: Partial<ImportLimits> | undefined }
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; doc: Awaited<ReturnType<typeof importBytes>> }
  | { type: 'error'; code: ImportError['code']; file: string; detail: string | undefined }
  | { type: 'crash'; name: string }

async function main(): Promise<void> {
  const port = parentPort
  if (!port) return
  const input = workerData as WorkerInput
  const post = (message: WorkerMessage): void => port.postMessage(message)
  let last = -1
  try {
    const doc = await importBytes(input.bytes, input.file, {
      limits: input.limits ?? {},
      onProgress: (fraction) => {
        // a message per percent is plenty; 100,000 rows must not flood the port
        const step = Math.floor(fraction * 100)
        if (step === last) return
        last = step
        post({ type: 'progress', fraction })
      },
    })
    post({ type: 'done', doc })
  } catch (error) {
    if (error instanceof ImportError) post({ type: 'error', code: error.code, file: error.file, detail: error.detail })
    else post({ type: 'crash', name: error instanceof Error ? error.name : 'error' })
  }
}

void main()
