import fs from 'node:fs'
import { parseJournal, type JournalRecord, type ParsedJournal } from './journal-format'
import { queryRows, runStatement, type SqlDatabase } from './sql-engine'
import type { JournalFile } from './store-files'

/** Applies one journal record as one transaction, exactly as the live path ran it. */
export function applyRecord(db: SqlDatabase, record: JournalRecord): void {
  db.exec('BEGIN')
  try {
    for (const statement of record.statements) {
      try {
        if (statement.query) queryRows(db, statement.sql, statement.params, false)
        else runStatement(db, statement.sql, statement.params)
      } catch (error) {
        // The caller caught this same error when it first ran; SQLite state after it is the same again.
        if (!statement.failed) throw error
      }
    }
    db.exec('COMMIT')
  } catch (error) {
    try {
      db.exec('ROLLBACK')
    } catch {
      // SQLite may already have rolled back on its own.
    }
    throw error
  }
}

export type ReadJournal = { journal: JournalFile; bytes: Uint8Array; parsed: ParsedJournal }

export function readJournal(journal: JournalFile): ReadJournal {
  let bytes: Uint8Array
  try {
    bytes = fs.readFileSync(journal.file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return { journal, bytes: new Uint8Array(0), parsed: { records: [], goodBytes: 0, tornBytes: 0, damage: { offset: 0, problem: `cannot be read (${code})` } } }
  }
  const parsed = parseJournal(bytes)
  if (parsed.header && parsed.header.gen !== journal.gen && !parsed.damage) {
    return { journal, bytes, parsed: { records: [], goodBytes: 0, tornBytes: 0, damage: { offset: 0, problem: `header names generation ${parsed.header.gen}` } } }
  }
  if (!parsed.header && !parsed.damage) {
    // An empty or header-less file: journals are created with their header in place, so this is damage.
    return { journal, bytes, parsed: { ...parsed, goodBytes: 0, tornBytes: 0, damage: { offset: 0, problem: 'no journal header' } } }
  }
  return { journal, bytes, parsed }
}

export type ChainBreak = { file: string; problem: string }
export type ChainResult =
  | {
      ok: true
      seq: number
      applied: number
      /** The journal to keep appending to, with its record count. */
      last?: ReadJournal
      /** Damage in an earlier journal that the next journal's header showed cost nothing. */
      skippedDamage: ReadJournal[]
      /** The newest journal ends in damage (not a torn append): records after it may be lost. */
      damagedLast?: { read: ReadJournal; seqBefore: number }
    }
  | { ok: false; failure: ChainBreak; damaged: ReadJournal[] }

/**
 * Replays every journal from the base's generation on, requiring each file's header to continue exactly
 * where the previous one ended and every record to be the next sequence number: a hole is never skipped.
 */
export function replayChain(db: SqlDatabase, baseSeq: number, journals: readonly ReadJournal[]): ChainResult {
  let seq = baseSeq
  let applied = 0
  const skippedDamage: ReadJournal[] = []
  for (const [index, read] of journals.entries()) {
    const { parsed, journal } = read
    const isLast = index === journals.length - 1
    const seqBefore = seq
    if (parsed.header && parsed.header.after !== seq) {
      const problem =
        parsed.header.after > seq
          ? `starts after record ${parsed.header.after}, but the records before it end at ${seq}: records ${seq + 1}–${parsed.header.after} are missing`
          : `starts after record ${parsed.header.after}, which does not follow record ${seq}`
      return { ok: false, failure: { file: journal.file, problem }, damaged: skippedDamage }
    }
    for (const record of parsed.records) {
      if (record.seq !== seq + 1) {
        return { ok: false, failure: { file: journal.file, problem: `record ${record.seq} follows record ${seq}` }, damaged: skippedDamage }
      }
      try {
        applyRecord(db, record)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        return { ok: false, failure: { file: journal.file, problem: `record ${record.seq} could not be replayed (${message})` }, damaged: skippedDamage }
      }
      seq = record.seq
      applied++
    }
    if (parsed.damage) {
      if (isLast) return { ok: true, seq, applied, last: read, skippedDamage, damagedLast: { read, seqBefore } }
      skippedDamage.push(read)
    }
  }
  return { ok: true, seq, applied, last: journals.at(-1), skippedDamage }
}
