import type { Migration } from './index'

/**
 * Versions 1–4, the first release's tables: notices and their versions, finding decisions, accounts, keys and
 * the audit log, and the approval workflow. Shipped: never edited (schema.ts).
 */
export const foundingMigrations: readonly Migration[] = [
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
  {
    // 账户、签名密钥与审计日志 (issue #4). Keys keep their history: a revoked key stays listed (the trust
    // list needs it to check old signatures) but its sealed private half is wiped. The audit log is
    // append-only — triggers refuse UPDATE and DELETE — and audit_head holds the chain's latest link.
    version: 3,
    name: 'accounts, keys and audit log',
    sql: `
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        roles TEXT NOT NULL,
        password_hash BLOB NOT NULL,
        password_salt BLOB NOT NULL,
        password_kdf TEXT NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE keys (
        keyid TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        alg TEXT NOT NULL CHECK (alg = 'ed25519'),
        public_key BLOB NOT NULL,
        created_at TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT,
        revoked_at TEXT,
        encrypted_private_key TEXT,
        CHECK (revoked_at IS NULL OR encrypted_private_key IS NULL)
      );
      CREATE UNIQUE INDEX keys_one_active ON keys (account_id) WHERE revoked_at IS NULL;
      CREATE TABLE office (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT,
        event TEXT NOT NULL,
        subject TEXT,
        details_json TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
  },
  {
    // 审批流程 (approval workflow). drafted_by is the account id of whoever created the notice (NULL for
    // notices made before accounts existed); policy the name chosen at creation (NULL: the type's default).
    // notice_workflow holds the current submission: the draft envelope exactly as signed (never
    // re-serialised), then the approval envelope or the reason it was sent back. An edit deletes the row.
    version: 4,
    name: 'approval workflow',
    sql: `
      ALTER TABLE notices ADD COLUMN drafted_by TEXT;
      ALTER TABLE notices ADD COLUMN policy TEXT;
      CREATE TABLE notice_workflow (
        notice_id TEXT PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        content_sha256 TEXT NOT NULL,
        drafter_id TEXT NOT NULL,
        drafter_keyid TEXT NOT NULL,
        draft_envelope BLOB NOT NULL,
        submitted_at TEXT NOT NULL,
        reviewer_id TEXT,
        reviewer_keyid TEXT,
        approval_envelope BLOB,
        comment TEXT,
        rejected_reason TEXT,
        reviewed_at TEXT,
        exported_sha256 TEXT,
        exported_at TEXT,
        CHECK (approval_envelope IS NULL OR rejected_reason IS NULL)
      );
    `,
  },
]
