import type { AuditEvent } from '../../../shared/audit/events'
import type { Access, Acting } from '../common/access'
import type { Store, Tx } from '../store/index'
import { checkEntryInput, entryHash, genesisHash, verifyChain, type AuditDetails, type AuditEntry, type AuditVerification, type ChainHead, type StoredEntry } from './chain'

type EntryRow = { seq: number; at: string; actor: string | null; event: string; subject: string | null; details_json: string; prev_hash: string; hash: string }

const columns = 'seq, at, actor, event, subject, details_json, prev_hash, hash'

/**
 * 审计日志 — the append-only, hash-chained record of who did what. Every entry's hash covers the one
 * before it, and the head (latest seq and hash) is kept apart, so an edited, removed, reordered or cut-off
 * entry shows up in `verify()`. Someone able to rewrite the whole database can still rebuild a consistent
 * chain; only a head noted outside the database (`head()`, printed by `audit verify`) catches that.
 */
export class AuditService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    /** who may read the log: anyone signed in once the office has accounts, anyone at the machine before (common/access) */
    private readonly access?: Pick<Access, 'reader'>,
  ) {}

  /**
   * Appends one entry in its own transaction. Services that change state should prefer `append(tx, …)`
   * inside their own transaction, so the change and its record land together or not at all.
   * details: ids, counts, hashes, codes only — never document text, finding values or key material.
   */
  record(event: AuditEvent, actor: string | null, subject: string | null, details: AuditDetails = {}): AuditEntry {
    return this.store.transaction((tx) => this.append(tx, event, actor, subject, details))
  }

  /** Appends one entry inside the caller's transaction. */
  append(tx: Tx, event: AuditEvent, actor: string | null, subject: string | null, details: AuditDetails = {}): AuditEntry {
    checkEntryInput(event, actor, subject, details)
    const head = tx.get<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1')
    const prev: ChainHead = head ?? { seq: 0, hash: genesisHash }
    const unhashed = { seq: prev.seq + 1, at: this.now().toISOString(), actor, event, subject, details: { ...details }, prevHash: prev.hash }
    const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) }
    tx.run(`INSERT INTO audit_log (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      entry.seq,
      entry.at,
      entry.actor,
      entry.event,
      entry.subject,
      JSON.stringify(entry.details),
      entry.prevHash,
      entry.hash,
    ])
    tx.run('INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash', [entry.seq, entry.hash])
    return entry
  }

  /** The latest seq and hash; write it down (or print it) to catch a wholesale rewrite later. */
  head(): ChainHead {
    return this.store.get<ChainHead>('SELECT seq, hash FROM audit_head WHERE id = 1') ?? { seq: 0, hash: genesisHash }
  }

  /** Entries in order, from `after` (exclusive), at most `limit`. Entries that no longer parse are skipped. */
  list(options: { after?: number; limit?: number } = {}): AuditEntry[] {
    const rows = this.store.all<EntryRow>(`SELECT ${columns} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, [options.after ?? 0, options.limit ?? 1000])
    return parsedEntries(rows)
  }

  /** Newest first, for the log screen: entries before `before` (exclusive), at most `limit`. */
  page(options: { before?: number | undefined; limit?: number | undefined } = {}, by?: Acting): AuditEntry[] {
    this.access?.reader(by)
    const rows = this.store.all<EntryRow>(`SELECT ${columns} FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?`, [options.before ?? Number.MAX_SAFE_INTEGER, options.limit ?? 100])
    return parsedEntries(rows)
  }

  verify(by?: Acting): AuditVerification {
    this.access?.reader(by)
    const rows = this.store.all<EntryRow>(`SELECT ${columns} FROM audit_log ORDER BY seq`)
    return verifyChain(rows.map(toStored), this.store.get<ChainHead>('SELECT seq, hash FROM audit_head WHERE id = 1'))
  }
}

function toStored(row: EntryRow): StoredEntry {
  return { seq: row.seq, at: row.at, actor: row.actor, event: row.event, subject: row.subject, detailsJson: row.details_json, prevHash: row.prev_hash, hash: row.hash }
}

/** Rows as entries; an entry whose details no longer parse is skipped here (verify() reports it). */
function parsedEntries(rows: readonly EntryRow[]): AuditEntry[] {
  return rows.flatMap((row) => {
    try {
      const { detailsJson, ...rest } = toStored(row)
      return [{ ...rest, details: JSON.parse(detailsJson) as AuditDetails }]
    } catch {
      return []
    }
  })
}
