import { createHash } from 'node:crypto'
import { bilingualError, type ErrorDetail } from '../../../shared/api/error-text'
import { canonicalize, type JsonValue } from '../../../shared/bundle/jcs'

/** Details an audit entry may carry: ids, counts, hashes, codes — never document text, findings or keys. */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>

/** 审计记录 — one link of the hash chain. `actor` is the acting login (null for the system or setup). */
export type AuditEntry = {
  seq: number
  at: string
  actor: string | null
  event: string
  subject: string | null
  details: AuditDetails
  prevHash: string
  hash: string
}

/** The prevHash of entry 1. */
export const genesisHash = '0'.repeat(64)

/** hash = hex SHA-256 of the canonical JSON of every field but the hash itself. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const body: JsonValue = {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    event: entry.event,
    subject: entry.subject,
    details: entry.details as JsonValue,
    prevHash: entry.prevHash,
  }
  return createHash('sha256').update(canonicalize(body), 'utf8').digest('hex')
}

export const auditLimits = { detailKeys: 32, stringLength: 200, arrayItems: 64, name: 64 } as const
const eventPattern = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/
const detailKeyPattern = /^[A-Za-z][A-Za-z0-9_]*$/
// With the u flag a surrogate class matches only unpaired halves.
const loneSurrogate = /[\uD800-\uDFFF]/u

/**
 * Refuses details that could not be stored and hashed faithfully, and caps their size: a 200-character
 * limit will not stop a determined caller, but it keeps notice bodies and tables out by accident.
 * These are programming errors, so they throw plain Errors.
 */
export function checkEntryInput(event: string, actor: string | null, subject: string | null, details: AuditDetails): void {
  if (!eventPattern.test(event) || event.length > auditLimits.name) throw new Error(`audit: bad event name ${JSON.stringify(event.slice(0, 40))}`)
  for (const [label, value] of [['actor', actor], ['subject', subject]] as const) {
    if (value !== null && (value.length === 0 || value.length > auditLimits.stringLength)) throw new Error(`audit: ${label} must be 1–${auditLimits.stringLength} characters`)
    // SQLite stores UTF-8: a lone surrogate would come back as U+FFFD and break the entry's hash.
    if (value !== null && loneSurrogate.test(value)) throw new Error(`audit: ${label} is not well-formed Unicode`)
  }
  const keys = Object.keys(details)
  if (keys.length > auditLimits.detailKeys) throw new Error('audit: too many detail fields')
  for (const key of keys) {
    if (!detailKeyPattern.test(key)) throw new Error(`audit: bad detail key ${JSON.stringify(key.slice(0, 40))}`)
    const value = details[key]
    const items = Array.isArray(value) ? (value as readonly unknown[]) : [value]
    if (Array.isArray(value) && items.length > auditLimits.arrayItems) throw new Error(`audit: detail ${key} has too many items`)
    for (const item of items) checkScalar(key, item, Array.isArray(value))
  }
}

function checkScalar(key: string, item: unknown, inArray: boolean): void {
  if (typeof item === 'string') {
    if (item.length > auditLimits.stringLength) throw new Error(`audit: detail ${key} is longer than ${auditLimits.stringLength} characters`)
    return
  }
  if (typeof item === 'number') {
    if (!Number.isFinite(item)) throw new Error(`audit: detail ${key} is not a finite number`)
    return
  }
  if (!inArray && (item === null || typeof item === 'boolean')) return
  throw new Error(`audit: detail ${key} must be a string, number, boolean, null or a list of strings and numbers`)
}

/** How a chain breaks. gap: a seq is missing; prev_mismatch: an entry does not link to the one before; hash_mismatch: an entry was edited; head_mismatch: entries after the recorded head are missing or the head disagrees; malformed: a row cannot be read. */
export type BreakReason = 'gap' | 'prev_mismatch' | 'hash_mismatch' | 'head_mismatch' | 'malformed'

export type ChainHead = { seq: number; hash: string }

export type AuditVerification =
  | { ok: true; entries: number; head: ChainHead }
  | { ok: false; entries: number; brokenAt: number; reason: BreakReason; message: string; detail: ErrorDetail }

/** A row as stored; `details` still JSON text, so a row that no longer parses is reported, not thrown. */
export type StoredEntry = Omit<AuditEntry, 'details'> & { detailsJson: string }

/**
 * Recomputes the chain from entry 1. Reports the first broken seq: a missing seq as a gap, an edited
 * entry as a hash mismatch, a moved or substituted entry as a prev mismatch, and a tail cut off after the
 * recorded head as a head mismatch.
 */
export function verifyChain(rows: readonly StoredEntry[], head: ChainHead | undefined): AuditVerification {
  let prevHash = genesisHash
  let expected = 1
  const broken = (brokenAt: number, reason: BreakReason, detail: ErrorDetail): AuditVerification => ({
    ok: false,
    entries: rows.length,
    brokenAt,
    reason,
    message: bilingualError(detail),
    detail,
  })
  for (const row of rows) {
    if (row.seq !== expected) return broken(expected, 'gap', { code: 'audit.gap', params: { seq: expected } })
    let details: AuditDetails
    try {
      details = JSON.parse(row.detailsJson) as AuditDetails
    } catch {
      return broken(row.seq, 'malformed', { code: 'audit.malformed', params: { seq: row.seq } })
    }
    const { detailsJson: _json, ...rest } = row
    if (entryHash({ ...rest, details }) !== row.hash) return broken(row.seq, 'hash_mismatch', { code: 'audit.hashMismatch', params: { seq: row.seq } })
    if (row.prevHash !== prevHash) return broken(row.seq, 'prev_mismatch', { code: 'audit.prevMismatch', params: { seq: row.seq } })
    prevHash = row.hash
    expected++
  }
  const last: ChainHead = { seq: expected - 1, hash: prevHash }
  const recorded = head ?? { seq: 0, hash: genesisHash }
  if (recorded.seq !== last.seq || recorded.hash !== last.hash) {
    // Same length but a different hash: the last entry itself was replaced (and rehashed).
    const at = recorded.seq === last.seq ? last.seq : Math.min(recorded.seq, last.seq) + 1
    return broken(at, 'head_mismatch', { code: 'audit.headMismatch', params: { at, last: last.seq, head: recorded.seq } })
  }
  return { ok: true, entries: rows.length, head: last }
}
