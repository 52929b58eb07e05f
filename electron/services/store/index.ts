/**
 * The durable store every service uses: sql.js in memory, an fsync'd journal of every transaction, and
 * periodic snapshots with the previous generation kept. See store.ts for the guarantees.
 */
export type { Migration, Row, SqlValue, StoreLog, StoreOptions, Tx } from './types'
export { Store } from './store'
export { StoreCorruptError, StoreFullError, StoreLockedError, type CorruptFile } from './errors'
