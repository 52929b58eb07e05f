import type { JournalStatement } from './journal-format'
import { snapshotParams } from './journal-format'
import { checkParams, firstKeyword, isForbiddenInTransaction, isPlainRead, queryRows, runStatement, type SqlDatabase } from './sql-engine'
import type { SqlValue, Tx } from './types'

/** A live transaction: the Tx handed to the callback and the statements it will journal. */
export type TxHandle = { tx: Tx; statements: JournalStatement[]; end(): void }

/**
 * Builds the Tx for one transaction. Every run() is journaled; all()/get() are journaled too unless they
 * are plain SELECT/VALUES, since `INSERT … RETURNING` or a CTE can write. A statement that throws is
 * journaled as failed, because a multi-statement run() may have changed rows before the error and the
 * caller may catch it and go on.
 */
export function openTx(db: SqlDatabase): TxHandle {
  const statements: JournalStatement[] = []
  let active = true
  const guard = (sql: string, params: readonly unknown[]): void => {
    if (!active) throw new Error('this transaction has already ended; use the tx only inside its callback')
    checkParams(params)
    if (isForbiddenInTransaction(sql)) throw new Error('BEGIN/COMMIT/ROLLBACK/ATTACH/VACUUM are managed by the store; do not run them in a transaction')
  }
  const recorded = <R>(sql: string, params: readonly SqlValue[], query: boolean, run: (copy: SqlValue[]) => R): R => {
    const copy = snapshotParams(params)
    try {
      const result = run(copy)
      statements.push({ sql, params: copy, query, failed: false })
      return result
    } catch (error) {
      statements.push({ sql, params: copy, query, failed: true })
      throw error
    }
  }
  const query = <T>(sql: string, params: SqlValue[], firstOnly: boolean): T[] => {
    guard(sql, params)
    if (isPlainRead(sql)) return queryRows<T>(db, sql, params, firstOnly)
    // Stepped to the end, as replay does, so a write behind it happens the same way both times.
    const rows = recorded(sql, params, true, (copy) => queryRows<T>(db, sql, copy, false))
    return firstOnly ? rows.slice(0, 1) : rows
  }
  const tx: Tx = {
    run(sql, params = []) {
      guard(sql, params)
      recorded(sql, params, false, (copy) => runStatement(db, sql, copy))
    },
    all: <T>(sql: string, params: SqlValue[] = []) => query<T>(sql, params, false),
    get: <T>(sql: string, params: SqlValue[] = []) => query<T>(sql, params, true)[0],
    changes: () => db.getRowsModified(),
  }
  return {
    tx,
    statements,
    end() {
      active = false
    },
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
}

/**
 * Store.all()/get(): a plain SELECT runs as is. Anything else could write (a CTE, RETURNING), so outside a
 * transaction it runs where any change is rolled back and reported; inside one it belongs on the tx.
 */
export function readRows<T>(db: SqlDatabase, sql: string, params: SqlValue[], firstOnly: boolean, inTransaction: boolean): T[] {
  checkParams(params)
  if (isPlainRead(sql)) return queryRows<T>(db, sql, params, firstOnly)
  if (inTransaction) throw new Error('inside a transaction, run statements other than SELECT through tx')
  if (firstKeyword(sql) === 'PRAGMA' && sql.includes('=')) throw new Error('PRAGMA assignments are managed by the store')
  const totalChanges = (): number => Number(db.exec('SELECT total_changes()')[0]?.values[0]?.[0] ?? 0)
  db.exec('BEGIN')
  try {
    const before = totalChanges()
    const rows = queryRows<T>(db, sql, params, firstOnly)
    if (totalChanges() !== before) throw new Error('store.all()/get() only read; writes go through store.transaction()')
    return rows
  } finally {
    db.exec('ROLLBACK')
  }
}
