import { createRequire } from 'node:module'
import type { Row, SqlValue } from './types'

/** The slice of the sql.js API the store uses; sql.js ships no types of its own. */
export type SqlStatement = {
  bind(values: SqlValue[]): boolean
  step(): boolean
  getAsObject(): Row
  free(): boolean
}
export type SqlDatabase = {
  run(sql: string, params?: SqlValue[]): unknown
  exec(sql: string): { columns: string[]; values: SqlValue[][] }[]
  prepare(sql: string): SqlStatement
  export(): Uint8Array
  close(): void
  getRowsModified(): number
}
export type SqlEngine = { Database: new (data?: Uint8Array) => SqlDatabase }
type InitSqlJs = (config: { locateFile: (file: string) => string }) => Promise<SqlEngine>

/**
 * The one place that knows where sql.js and its wasm live. A bundler for Electron may need to change
 * this (e.g. copy the wasm next to the bundle); everything else asks `loadSqlEngine()`.
 */
function locateSqlJs(): { init: InitSqlJs; wasmPath: string } {
  const require = createRequire(import.meta.url)
  return { init: require('sql.js') as InitSqlJs, wasmPath: require.resolve('sql.js/dist/sql-wasm.wasm') }
}

let engine: Promise<SqlEngine> | undefined

/** Compiles the wasm once per process; a failed attempt is forgotten so a later open can retry. */
export function loadSqlEngine(): Promise<SqlEngine> {
  if (!engine) {
    const { init, wasmPath } = locateSqlJs()
    engine = init({ locateFile: () => wasmPath })
    engine.catch(() => {
      engine = undefined
    })
  }
  return engine
}

/**
 * Connection settings SQLite does not keep in the file: applied after every load and every export().
 * The in-memory rollback journal is enough because durability comes from the store's own journal.
 * secure_delete zeroes what a write overwrites or deletes, so a snapshot never carries a wiped secret in
 * free space.
 */
export function applyPragmas(db: SqlDatabase): void {
  db.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;')
}

/**
 * Runs a write exactly as replay will: with parameters it is one prepared statement, without it sql.js
 * executes every statement in the text (what migrations need). Both the live path and replay call this.
 */
export function runStatement(db: SqlDatabase, sql: string, params: readonly SqlValue[]): void {
  if (params.length === 0) db.run(sql)
  else db.run(sql, [...params])
}

/** Steps a prepared statement to the end (or to its first row), returning rows as objects. */
export function queryRows<T>(db: SqlDatabase, sql: string, params: readonly SqlValue[], firstOnly: boolean): T[] {
  const statement = db.prepare(sql)
  try {
    if (params.length > 0) statement.bind([...params])
    const rows: T[] = []
    while (statement.step()) {
      rows.push(statement.getAsObject() as T)
      if (firstOnly) break
    }
    return rows
  } finally {
    statement.free()
  }
}

/** The first keyword of a statement, upper-cased, after leading whitespace and comments. */
export function firstKeyword(sql: string): string {
  let rest = sql
  for (;;) {
    rest = rest.trimStart()
    if (rest.startsWith('--')) {
      const end = rest.indexOf('\n')
      rest = end === -1 ? '' : rest.slice(end + 1)
    } else if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/')
      rest = end === -1 ? '' : rest.slice(end + 2)
    } else break
  }
  return /^[A-Za-z]+/.exec(rest)?.[0].toUpperCase() ?? ''
}

/** SELECT and VALUES cannot change anything (no user functions are registered), so they need no journal. */
export function isPlainRead(sql: string): boolean {
  const keyword = firstKeyword(sql)
  return keyword === 'SELECT' || keyword === 'VALUES'
}

/** Statements that would break the store's own transaction framing or reach outside the database. */
export function isForbiddenInTransaction(sql: string): boolean {
  const keyword = firstKeyword(sql)
  if (keyword === 'ROLLBACK') return !/^\s*ROLLBACK\s+(TRANSACTION\s+)?TO\b/i.test(sql.trimStart())
  return ['BEGIN', 'COMMIT', 'END', 'ATTACH', 'DETACH', 'VACUUM'].includes(keyword)
}

/** Checks parameter types at the call, so a boolean or bigint fails loudly instead of replaying differently. */
export function checkParams(params: readonly unknown[]): asserts params is readonly SqlValue[] {
  for (const [index, value] of params.entries()) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || value instanceof Uint8Array) continue
    throw new TypeError(`SQL parameter ${index + 1} has type ${typeof value}; use string, number, null or Uint8Array`)
  }
}
