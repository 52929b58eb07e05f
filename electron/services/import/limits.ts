import { ImportError } from '../../../shared/import/index'

/**
 * Bounds on what one import may cost. A hostile or broken file fails with a clear reason as soon as it
 * crosses one; nothing is imported half-way.
 */
export type ImportLimits = {
  /** bytes of the file itself (50 MB, from issue 5) */
  maxFileBytes: number
  /** entries in a .docx/.xlsx package */
  maxEntries: number
  /** uncompressed bytes of one package part */
  maxEntryBytes: number
  /** uncompressed bytes of every part read, together */
  maxTotalBytes: number
  /** uncompressed ÷ compressed of one part; a real sheet of repetitive XML stays well under it */
  maxRatio: number
  /** parts smaller than this are not ratio-checked (a small blank part compresses very well and is harmless) */
  ratioFloorBytes: number
  /** wall-clock time one import may take, every format; a 100,000-row workbook takes about 3 s */
  maxMillis: number
}

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 250,
  ratioFloorBytes: 2 * 1024 * 1024,
  maxMillis: 60_000,
}

/**
 * The time bound of one import, checked between chunks of work (XML chunks, CSV rows, HTML chunks): the
 * returned function throws ImportError('too-slow') naming the file once the time is up. An import on the
 * worker thread is also stopped from outside at the same bound (run-import.ts), whatever it is doing.
 */
export function importCheckpoint(file: string, maxMillis: number, now: () => number = Date.now): () => void {
  const deadline = now() + maxMillis
  return () => {
    if (now() > deadline) throw new ImportError('too-slow', file, `limit ${Math.round(maxMillis / 1000)} s`)
  }
}
