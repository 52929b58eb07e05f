/**
 * Runs an import on a worker thread. From the TypeScript sources (tsx, vitest, the CLI) the worker starts
 * import-worker-dev.mjs, which loads import-worker.ts through tsx; from the electron-vite build it loads out/main/import-worker.js, an extra
 * build input (electron.vite.config.ts). If no worker can be started the import runs in this thread, so a
 * file is never refused for that reason (only responsiveness suffers).
 */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ImportError, type ImportedDocument } from '../../../shared/import/index'
import { defaultImportLimits, importBytes, type ImportOptions } from './index'
import type { WorkerInput, WorkerMessage } from './import-worker'

/** The worker script for how this code runs: the tsx bootstrap beside the sources, or the built entry. */
function workerEntry(): string | undefined {
  const here = import.meta.url
  if (here.endsWith('.ts')) return fileURLToPath(new URL('./import-worker-dev.mjs', here))
  // built: this code sits in out/main/index.js or in a chunk below it
  for (const candidate of ['./import-worker.js', '../import-worker.js']) {
    const file = fileURLToPath(new URL(candidate, here))
    if (fs.existsSync(file)) return file
  }
  return undefined
}

/** How long past the time limit the worker gets to stop by itself (with its own, more precise message). */
const hardStopGraceMs = 2_000

/** Where the last import ran, for tests and the closing note: 'worker' or 'inline'. */
export let lastImportThread: 'worker' | 'inline' = 'inline'

/** importBytes on a worker thread; same result, same errors. */
export async function importBytesOffThread(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  const entry = workerEntry()
  if (!entry) {
    lastImportThread = 'inline'
    return importBytes(bytes, file, options)
  }
  // the worker gets its own copy: the caller's buffer stays usable
  const copy = new Uint8Array(bytes)
  const input: WorkerInput = { bytes: copy, file, limits: options.limits }
  const worker = new Worker(entry, { workerData: input, transferList: [input.bytes.buffer as ArrayBuffer] })
  lastImportThread = 'worker'
  return new Promise<ImportedDocument>((resolve, reject) => {
    let settled = false
    const finish = (fn: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', abort)
      void worker.terminate()
      fn()
    }
    const abort = (): void => finish(() => reject(new ImportError('aborted', file)))
    // the hard bound: the worker checks the same time between chunks; this stops it whatever it is doing
    const maxMillis = options.limits?.maxMillis ?? defaultImportLimits.maxMillis
    const timer = setTimeout(() => finish(() => reject(new ImportError('too-slow', file, `limit ${Math.round(maxMillis / 1000)} s`))), maxMillis + hardStopGraceMs)
    if (options.signal?.aborted) return abort()
    options.signal?.addEventListener('abort', abort)
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          options.onProgress?.(message.fraction)
          return
        case 'done':
          options.onProgress?.(1)
          return finish(() => resolve(message.doc))
        case 'error':
          return finish(() => reject(new ImportError(message.code, message.file, message.detail)))
        case 'crash':
          return finish(() => reject(new ImportError('not-recognised', file, message.name)))
      }
    })
    worker.on('error', (error) => finish(() => reject(new ImportError('not-recognised', file, error.name))))
    worker.on('exit', () => finish(() => reject(new ImportError('not-recognised', file, 'import worker stopped'))))
  })
}
