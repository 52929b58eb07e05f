import fs from 'node:fs'
import path from 'node:path'
import { fsyncDir, removeQuietly } from './durable-fs'
import { encodeRecord } from './journal-format'
import { JournalWriter } from './journal-writer'
import { acquireLock, type HeldLock } from './lock'
import { applyMigrations } from './migrations'
import { recover, type Recovered } from './recovery'
import { applyPragmas, loadSqlEngine, type SqlDatabase } from './sql-engine'
import { createJournalFile, pruneGenerations, writeSnapshotTemp } from './store-files'
import { isThenable, openTx, readRows } from './tx-handle'
import { errorName, isDiskFull, StoreFullError } from './errors'
import { makePrivateDir } from '../common/private-files'
import type { Row, SqlValue, StoreLog, StoreOptions, Tx } from './types'

const DEFAULT_EVERY_RECORDS = 1000
// 4 MiB of journal replays in ~0.1 s even with large notices, keeping a post-crash open well under 0.5 s.
const DEFAULT_EVERY_BYTES = 4 * 1024 * 1024

/**
 * The one durable store. State lives in sql.js; every transaction is appended to the journal and fsynced
 * before `transaction()` returns, so an acknowledged save survives a crash at any instant. Snapshots
 * (written off the save path) bound replay time; the previous generation is kept as a fallback.
 *
 * Writes must be deterministic, because start-up replays them: compute ids and timestamps in JS and pass
 * them as parameters — never random(), randomblob() or datetime('now') in SQL.
 */
export class Store {
  readonly dir: string
  readonly recovery: readonly string[]
  private journal: JournalWriter
  private seq: number
  private nextGen: number
  private recordsSinceSnapshot: number
  private bytesSinceSnapshot: number
  private snapshotRetryAt = 0
  private snapshotRequested = false
  private scheduled: NodeJS.Immediate | undefined
  private inTransaction = false
  private closed = false
  private broken: Error | undefined

  private constructor(
    dir: string,
    private readonly db: SqlDatabase,
    recovered: Recovered,
    private readonly lock: HeldLock,
    private readonly everyRecords: number,
    private readonly everyBytes: number,
    private readonly log: StoreLog,
    startupNotes?: readonly string[],
  ) {
    this.dir = dir
    this.recovery = [...(startupNotes ?? []), ...lock.notes, ...recovered.notes]
    this.journal = new JournalWriter(recovered.journal.file, recovered.journal.size)
    this.seq = recovered.seq
    this.nextGen = recovered.nextGen
    this.recordsSinceSnapshot = recovered.journal.records
    this.bytesSinceSnapshot = recovered.journal.size
  }

  /** Takes the directory's lock, rebuilds the state (recovering from damage where no save is lost), migrates. */
  static async open(options: StoreOptions): Promise<Store> {
    const engine = await loadSqlEngine()
    const dir = path.resolve(options.dir)
    const started = performance.now()
    if (makePrivateDir(dir) !== undefined) fsyncDir(path.dirname(dir))
    const log = options.log ?? (() => undefined)
    const lock = acquireLock(dir, options.lockTag ?? 'countersign')
    let recovered: Recovered | undefined
    let store: Store | undefined
    try {
      recovered = recover(engine, dir, { acceptJournalLoss: options.acceptJournalLoss === true })
      store = new Store(dir, recovered.db, recovered, lock, options.snapshotEveryRecords ?? DEFAULT_EVERY_RECORDS, options.snapshotEveryBytes ?? DEFAULT_EVERY_BYTES, log, options.startupNotes)
      const migrated = applyMigrations(store, options.migrations)
      if (recovered.consolidate) {
        // Soon, not now: the generations on disk already recover everything, and open stays fast.
        store.snapshotRequested = true
        store.scheduleSnapshot()
      }
      log('open', { ms: Math.round(performance.now() - started), seq: store.seq, migrated: migrated.length, notes: store.recovery.length })
      return store
    } catch (error) {
      if (store) store.abandon()
      else {
        recovered?.db.close()
        lock.release()
      }
      throw error
    }
  }

  all<T = Row>(sql: string, params: SqlValue[] = []): T[] {
    if (this.closed) throw new Error('the store is closed')
    return readRows<T>(this.db, sql, params, false, this.inTransaction)
  }

  get<T = Row>(sql: string, params: SqlValue[] = []): T | undefined {
    if (this.closed) throw new Error('the store is closed')
    return readRows<T>(this.db, sql, params, true, this.inTransaction)[0]
  }

  /**
   * Runs `fn` in one SQLite transaction and journals what it ran, fsynced, before committing. If `fn`
   * throws or the journal write fails, everything is rolled back and nothing is journaled. `fn` must be
   * synchronous: nothing else may interleave with a transaction.
   */
  transaction<T>(fn: (tx: Tx) => T): T {
    this.assertWritable()
    if (this.inTransaction) throw new Error('store.transaction() cannot be nested; use the tx you were given')
    const handle = openTx(this.db)
    this.db.exec('BEGIN')
    this.inTransaction = true
    try {
      let result: T
      try {
        result = fn(handle.tx)
        if (isThenable(result)) {
          void Promise.resolve(result).catch(() => undefined)
          throw new TypeError('the transaction callback returned a promise; it must be synchronous')
        }
      } finally {
        handle.end()
      }
      if (handle.statements.length === 0) {
        this.rollback()
        return result
      }
      const seq = this.seq + 1
      const frame = encodeRecord({ seq, statements: handle.statements })
      try {
        this.journal.append(frame)
      } catch (error) {
        // the append was cut back off the journal (or the journal is marked broken): nothing earlier is lost
        if (isDiskFull(error) && !this.journal.broken) throw new StoreFullError(this.dir, error)
        throw error
      }
      try {
        this.db.exec('COMMIT')
      } catch (error) {
        // The record is on disk but the change is not: take it back off before anyone can replay it.
        this.journal.undoLast(frame.length)
        throw error
      }
      this.seq = seq
      this.recordsSinceSnapshot++
      this.bytesSinceSnapshot += frame.length
      this.scheduleSnapshot()
      return result
    } catch (error) {
      this.rollback()
      if (this.journal.broken) this.broken = this.journal.broken
      throw error
    } finally {
      this.inTransaction = false
    }
  }

  /**
   * Makes sure no kept file holds state from before now: two generations written in a row, the first from a
   * VACUUMed database, so that pruning drops every older snapshot and journal. What transactions overwrote or
   * deleted (a wiped sealed private key, say) is then gone from the data directory, not only from the newest
   * snapshot. The old files are deleted, not overwritten block by block; quarantine/ is left as it is.
   */
  forgetOverwritten(): void {
    this.snapshot({ vacuum: true })
    this.snapshot()
  }

  /**
   * Writes generation N+1 now: snapshot to a temp file (fsync), a fresh journal continuing from the same
   * record, rename the snapshot into place, fsync the directory, then drop generations older than N.
   * With `vacuum`, the database is rebuilt first, so no freed page or free space carries old values.
   */
  snapshot(options: { vacuum?: boolean } = {}): void {
    this.assertWritable()
    if (this.inTransaction) throw new Error('snapshot() cannot run inside a transaction')
    this.cancelScheduled()
    const started = performance.now()
    const gen = this.nextGen
    this.db.run("UPDATE _store_meta SET value = ? WHERE key = 'seq'", [this.seq])
    this.db.run("UPDATE _store_meta SET value = ? WHERE key = 'gen'", [gen])
    let bytes: Uint8Array
    try {
      if (options.vacuum) this.db.exec('VACUUM')
      bytes = this.db.export()
    } finally {
      // sql.js has reset connection settings on export in some versions; never rely on it not doing so.
      applyPragmas(this.db)
    }
    const { temp, final } = writeSnapshotTemp(this.dir, gen, bytes)
    let created: { file: string; size: number }
    try {
      created = createJournalFile(this.dir, gen, this.seq)
    } catch (error) {
      removeQuietly(temp)
      throw error
    }
    // Journal `gen` now exists and continues from this.seq, so appends must move to it whatever happens next.
    let failure: Error | undefined
    try {
      fs.renameSync(temp, final)
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error))
      removeQuietly(temp)
    }
    this.switchJournal(created)
    this.nextGen = gen + 1
    this.snapshotRequested = false
    this.recordsSinceSnapshot = 0
    this.bytesSinceSnapshot = 0
    fsyncDir(this.dir)
    if (failure) throw failure
    let pruned = 0
    try {
      pruned = pruneGenerations(this.dir, gen)
    } catch (error) {
      // An old generation left behind costs disk space only; the next snapshot prunes again.
      this.log('prune-failed', { error: errorName(error) })
    }
    this.log('snapshot', { gen, seq: this.seq, bytes: bytes.length, ms: Math.round(performance.now() - started), pruned })
  }

  /** Writes a final snapshot if anything changed since the last one and releases the lock. Idempotent. */
  close(): void {
    if (this.closed) return
    if (this.inTransaction) throw new Error('close() cannot run inside a transaction')
    this.cancelScheduled()
    if ((this.recordsSinceSnapshot > 0 || this.snapshotRequested) && !this.broken) {
      try {
        this.snapshot()
      } catch (error) {
        // Nothing is lost: every record is in the journal, and the next start replays it.
        this.log('snapshot-failed', { error: errorName(error) })
      }
    }
    this.abandon()
  }

  /** Releases everything without a snapshot (start-up failed, or close() after its snapshot). */
  private abandon(): void {
    this.closed = true
    this.cancelScheduled()
    try {
      this.journal.close()
      this.db.close()
    } finally {
      this.lock.release()
    }
  }

  private rollback(): void {
    try {
      this.db.exec('ROLLBACK')
    } catch {
      // No transaction left to roll back (SQLite ended it after an error): nothing to undo.
    }
  }

  private switchJournal(created: { file: string; size: number }): void {
    const previous = this.journal
    try {
      this.journal = new JournalWriter(created.file, created.size)
    } catch (error) {
      // Appending to the old journal would now break the chain on replay: stop writing instead.
      this.broken = new Error('日志文件无法打开，请重新启动 (the new journal could not be opened; restart Countersign)', { cause: error })
      throw this.broken
    }
    previous.close()
  }

  private scheduleSnapshot(): void {
    if (this.scheduled || this.closed) return
    const due = this.snapshotRequested || this.recordsSinceSnapshot >= this.everyRecords || this.bytesSinceSnapshot >= this.everyBytes
    if (!due || this.recordsSinceSnapshot < this.snapshotRetryAt) return
    // Off the save path: the acknowledged call has returned before the export starts.
    this.scheduled = setImmediate(() => {
      this.scheduled = undefined
      if (this.closed || this.inTransaction || this.broken) return
      try {
        this.snapshot()
        this.snapshotRetryAt = 0
      } catch (error) {
        this.snapshotRetryAt = this.recordsSinceSnapshot + this.everyRecords
        this.log('snapshot-failed', { error: errorName(error) })
      }
    })
    this.scheduled.unref()
  }

  private cancelScheduled(): void {
    if (this.scheduled) clearImmediate(this.scheduled)
    this.scheduled = undefined
  }

  private assertWritable(): void {
    if (this.closed) throw new Error('the store is closed')
    if (this.broken) throw this.broken
  }
}
