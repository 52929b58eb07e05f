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
}

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 250,
  ratioFloorBytes: 2 * 1024 * 1024,
}
