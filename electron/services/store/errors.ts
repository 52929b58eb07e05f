/** Another process (or another Store in this process) holds the data directory. */
export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError'
  constructor(
    message: string,
    readonly dir: string,
  ) {
    super(message)
  }
}

/** A problem with one file the store owns, and where that file now is (moved aside, never overwritten). */
export type CorruptFile = { file: string; problem: string; movedTo?: string }

/** Start-up found damage it could not repair without losing acknowledged saves. */
export class StoreCorruptError extends Error {
  override readonly name = 'StoreCorruptError'
  constructor(
    message: string,
    readonly files: readonly CorruptFile[],
  ) {
    super(message)
  }
}
