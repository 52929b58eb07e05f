/** A value SQLite stores and sql.js returns. Blobs are Uint8Array; no booleans or bigints, so replay is exact. */
export type SqlValue = string | number | null | Uint8Array
export type Row = Record<string, SqlValue>

/**
 * One schema change, applied in version order, each exactly once, inside its own journaled transaction.
 * `sql` may hold several statements but no BEGIN/COMMIT, and — like every write — must be deterministic:
 * no random(), randomblob(), datetime('now') or similar, because the journal replays it.
 */
export type Migration = { version: number; name: string; sql: string }

/** Safe log fields only: identifiers, counts, codes — never document text. */
export type StoreLog = (event: string, fields?: Record<string, string | number>) => void

export type StoreOptions = {
  /** The data directory (created if missing); the store owns the files it names. */
  dir: string
  migrations: readonly Migration[]
  /** Journal records after which a snapshot is taken (off the save path). */
  snapshotEveryRecords?: number
  /** Journal bytes after which a snapshot is taken (off the save path). */
  snapshotEveryBytes?: number
  /** Written into the lock file ('electron' / 'browser' / 'cli') so a refusal can say who holds it. */
  lockTag?: string
  log?: StoreLog
  /**
   * Drop the unreadable tail of a damaged newest journal (original kept in quarantine, the loss recorded
   * in the start-up notes). Only when a person chose it: without it such a store refuses to open.
   */
  acceptJournalLoss?: boolean
  /** notes from checks made before the store opened (the data folder's permissions), shown first */
  startupNotes?: readonly string[]
}

/**
 * The handle a transaction callback writes through. Statements run as given and are journaled with their
 * parameters exactly as run: callers compute ids and timestamps in JS and pass them as parameters.
 */
export type Tx = {
  run(sql: string, params?: SqlValue[]): void
  all<T = Row>(sql: string, params?: SqlValue[]): T[]
  get<T = Row>(sql: string, params?: SqlValue[]): T | undefined
  /** Rows changed by the most recent INSERT/UPDATE/DELETE. */
  changes(): number
}
