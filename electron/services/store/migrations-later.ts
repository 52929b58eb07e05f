import type { Migration } from './index'

/**
 * Versions 5 on, each a later feature's columns or tables, in the order they shipped. Shipped: never edited
 * (schema.ts); a new migration is appended here.
 */
export const laterMigrations: readonly Migration[] = [
  {
    // 国密 co-signature keys, PDFs, rejection history, imported trust lists and reviews across machines.
    // sm2_keys: an optional second key per account (SM2 on sm2p256v1, raw 65-byte public key), sealed like keys.
    // notice_workflow.pdf: content/notice.pdf exactly as the drafter signed it (Chromium's PDF is not
    // byte-reproducible, so it is rendered once at submit and kept); NULL when no PDF could be rendered.
    // notice_rejections: each 退回 with the published text the reviewer saw, for the diff at the next review.
    // trusted_lists: trust lists imported from other offices (or the leader's machine), one per office.
    // remote_reviews: review requests imported on the reviewer's machine, with the decision file made there.
    version: 5,
    name: 'sm2 keys, pdf, rejections, trust lists, remote review',
    sql: `
      CREATE TABLE sm2_keys (
        keyid TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        public_key BLOB NOT NULL,
        created_at TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT,
        revoked_at TEXT,
        encrypted_private_key TEXT,
        CHECK (revoked_at IS NULL OR encrypted_private_key IS NULL)
      );
      CREATE UNIQUE INDEX sm2_keys_one_active ON sm2_keys (account_id) WHERE revoked_at IS NULL;
      ALTER TABLE notice_workflow ADD COLUMN pdf BLOB;
      ALTER TABLE notice_workflow ADD COLUMN remote_reviewer TEXT;
      CREATE TABLE notice_rejections (
        notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        content_sha256 TEXT NOT NULL,
        published_txt BLOB NOT NULL,
        reason TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        rejected_at TEXT NOT NULL
      );
      CREATE INDEX notice_rejections_by_notice ON notice_rejections (notice_id, rejected_at);
      CREATE TABLE trusted_lists (
        office TEXT PRIMARY KEY,
        list_json TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT
      );
      CREATE TABLE remote_reviews (
        id TEXT PRIMARY KEY,
        request_sha256 TEXT NOT NULL UNIQUE,
        notice_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        title TEXT NOT NULL,
        office TEXT NOT NULL,
        drafter_name TEXT NOT NULL,
        request BLOB NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected')),
        decision_file BLOB,
        reviewer_id TEXT,
        imported_at TEXT NOT NULL,
        decided_at TEXT
      );
    `,
  },
  {
    // 落款日期 and 公示期 (issue 5): '' when not set, so notices saved before keep rendering as they did.
    version: 6,
    name: 'signature date and publicity period',
    sql: `
      ALTER TABLE notices ADD COLUMN signature_date TEXT NOT NULL DEFAULT '';
      ALTER TABLE notices ADD COLUMN publicity_start TEXT NOT NULL DEFAULT '';
      ALTER TABLE notices ADD COLUMN publicity_end TEXT NOT NULL DEFAULT '';
      ALTER TABLE notice_versions ADD COLUMN signature_date TEXT NOT NULL DEFAULT '';
      ALTER TABLE notice_versions ADD COLUMN publicity_start TEXT NOT NULL DEFAULT '';
      ALTER TABLE notice_versions ADD COLUMN publicity_end TEXT NOT NULL DEFAULT '';
    `,
  },
  {
    // 人工标记 (issue 10): values the engine missed, marked by the drafter. The value and a little context are
    // kept to find it again after edits elsewhere (it is in the notice's own text anyway); it never leaves the
    // machine: bundles, reports and review requests carry the kind, action and place only.
    version: 7,
    name: 'manual findings',
    sql: `
      CREATE TABLE manual_findings (
        notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('mask', 'remove')),
        field TEXT NOT NULL,
        start_at INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        value TEXT NOT NULL,
        before_text TEXT NOT NULL,
        after_text TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (notice_id, id)
      );
    `,
  },
  {
    // Revocation reasons (issue 9): 'compromised' voids every signature of the key, 'superseded' only later ones.
    // Until now the only way to revoke was a password reset, which supersedes: existing revocations say so.
    version: 8,
    name: 'revocation reasons',
    sql: `
      ALTER TABLE keys ADD COLUMN revocation_reason TEXT CHECK (revocation_reason IN ('compromised', 'superseded'));
      ALTER TABLE sm2_keys ADD COLUMN revocation_reason TEXT CHECK (revocation_reason IN ('compromised', 'superseded'));
      UPDATE keys SET revocation_reason = 'superseded' WHERE revoked_at IS NOT NULL;
      UPDATE sm2_keys SET revocation_reason = 'superseded' WHERE revoked_at IS NOT NULL;
    `,
  },
  {
    // 到期撤稿 (issue 15): every exported bundle with the end of its 公示期 (publish_until, YYYY-MM-DD; NULL when the
    // notice states none) and, once the drafter records it, when and by whom it was taken down (已撤下). title is the
    // title as published (redacted), so the reminder list never shows an unmasked value. No foreign key: a bundle
    // stays online, and stays on the list, even if its notice is purged here. Bundles exported before this
    // version are added at start-up (electron/services/expiry), where the 公示期 can be read from their text.
    version: 9,
    name: 'bundle exports and take-down',
    sql: `
      CREATE TABLE bundle_exports (
        notice_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        bundle_sha256 TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        exported_by TEXT,
        publish_until TEXT,
        taken_down_at TEXT,
        taken_down_by TEXT
      );
      CREATE INDEX bundle_exports_due ON bundle_exports (publish_until) WHERE taken_down_at IS NULL;
    `,
  },
  {
    // Role changes and deactivation (issue 14, item 4). A key's roles are frozen when it is revoked (keys.roles,
    // sm2_keys.roles: the account's roles at that moment), so changing an account's roles later never changes
    // what its old signatures were allowed to be; NULL (active keys, and keys revoked before this) reads the
    // account's roles. rekey_pending: the account's key was retired by a role change, and the next time its
    // holder gives the password a new key is made and sealed under it.
    version: 10,
    name: 'account roles and deactivation',
    sql: `
      ALTER TABLE accounts ADD COLUMN deactivated_at TEXT;
      ALTER TABLE accounts ADD COLUMN rekey_pending INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE keys ADD COLUMN roles TEXT;
      ALTER TABLE sm2_keys ADD COLUMN roles TEXT;
    `,
  },
  {
    // 已发布信息排查 (issue 15): each sweep of the app, so the page lists past sweeps after a restart — the folder,
    // who ran it and when, how it ended, its counts, and the folder its report was last exported to (the report
    // files stay where they were written). Counts only: no finding, no value, no file name. A sweep the app was
    // closed during reads 'interrupted' from the next start on. A new table: nothing older changes.
    version: 11,
    name: 'sweeps',
    sql: `
      CREATE TABLE sweeps (
        id TEXT PRIMARY KEY,
        folder TEXT NOT NULL,
        started_by TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed', 'interrupted')),
        total INTEGER NOT NULL DEFAULT 0,
        swept INTEGER NOT NULL DEFAULT 0,
        needs_action INTEGER NOT NULL DEFAULT 0,
        findings INTEGER NOT NULL DEFAULT 0,
        overdue INTEGER NOT NULL DEFAULT 0,
        report_dir TEXT,
        reported_at TEXT
      );
      CREATE INDEX sweeps_by_owner ON sweeps (started_by, started_at);
    `,
  },
]
