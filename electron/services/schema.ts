import type { Migration } from './store/index'

/**
 * The database schema, one migration per change. Never edit a migration that has shipped: add a new one.
 * Statements here must be deterministic (no random(), no datetime('now')): the journal replays them.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'notices',
    sql: `
      CREATE TABLE notices (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        doc_number TEXT NOT NULL,
        issuer TEXT NOT NULL,
        notice_type TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL,
        revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX notices_by_update ON notices (updated_at);
      CREATE TABLE notice_versions (
        notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        title TEXT NOT NULL,
        doc_number TEXT NOT NULL,
        issuer TEXT NOT NULL,
        notice_type TEXT NOT NULL,
        body TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (notice_id, revision)
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    // 个人信息处理决定: one row per finding an officer decided on. The key is a salted hash of the value
    // plus its ordinal (shared/findings), never the value; rows go with their notice when it is purged.
    version: 2,
    name: 'finding decisions',
    sql: `
      CREATE TABLE finding_decisions (
        notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        finding_key TEXT NOT NULL,
        type TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('mask', 'remove', 'keep', 'notPersonal')),
        reason TEXT,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (notice_id, finding_key)
      );
    `,
  },
]
