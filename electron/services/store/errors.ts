import { ServiceError } from '../../../shared/api/result'

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

/**
 * Start-up found damage it could not repair without losing acknowledged saves. `loss` is set when a
 * person may choose to drop the unreadable saves (a damaged newest journal) and says what that costs.
 */
export class StoreCorruptError extends Error {
  override readonly name = 'StoreCorruptError'
  constructor(
    message: string,
    readonly files: readonly CorruptFile[],
    readonly loss?: { journal: string; afterRecord: number; lost: number },
  ) {
    super(message)
  }
}

/** Codes of a write that failed for want of space: the disk (ENOSPC) or the user's quota (EDQUOT). */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOSPC' || code === 'EDQUOT'
}

/**
 * A save refused because the disk holding the data folder is full. The failed append was cut back off
 * the journal, so every earlier save is intact: the message says so, and names the folder.
 */
export class StoreFullError extends ServiceError {
  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    super('unavailable', { code: 'store.diskFull', params: { dir } })
    this.cause = cause
  }
}

/** What went wrong, for the log: the errno code or the error's name, never its message (it may hold a path). */
export function errorName(error: unknown): string {
  return error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.name) : typeof error
}
