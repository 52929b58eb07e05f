import type { Migration } from './index'
import { foundingMigrations } from './migrations-founding'
import { laterMigrations } from './migrations-later'

/**
 * The database schema, one migration per change. Never edit a migration that has shipped: add a new one.
 * Statements here must be deterministic (no random(), no datetime('now')): the journal replays them.
 */
export const migrations: readonly Migration[] = [...foundingMigrations, ...laterMigrations]
