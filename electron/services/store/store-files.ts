import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { writeFileSynced } from './durable-fs'
import { encodeHeader } from './journal-format'
import { applyPragmas, type SqlDatabase, type SqlEngine } from './sql-engine'

/**
 * The files a data directory holds. Generation N is `snapshot-N-<sha256>.sqlite` (the state after record
 * `seq` in its meta table) plus `journal-N.log` (the records after it). Generation 0 has no snapshot: it is
 * the empty database. The checksum in the name lets start-up reject a truncated or altered snapshot.
 */
const SNAPSHOT = /^snapshot-(\d+)-([0-9a-f]{64})\.sqlite$/
const JOURNAL = /^journal-(\d+)\.log$/
const TEMP = /^(snapshot|journal)-\d+\.tmp$/

export type SnapshotFile = { gen: number; sha: string; file: string }
export type JournalFile = { gen: number; file: string }
export type Listing = { snapshots: SnapshotFile[]; journals: JournalFile[]; temps: string[] }

const pad = (gen: number): string => String(gen).padStart(6, '0')
export const journalPath = (dir: string, gen: number): string => path.join(dir, `journal-${pad(gen)}.log`)

/** Snapshots newest first, journals oldest first: the orders recovery walks them in. */
export function listStoreFiles(dir: string): Listing {
  const listing: Listing = { snapshots: [], journals: [], temps: [] }
  for (const name of fs.readdirSync(dir)) {
    const snapshot = SNAPSHOT.exec(name)
    const journal = JOURNAL.exec(name)
    if (snapshot) listing.snapshots.push({ gen: Number(snapshot[1]), sha: snapshot[2] ?? '', file: path.join(dir, name) })
    else if (journal) listing.journals.push({ gen: Number(journal[1]), file: path.join(dir, name) })
    else if (TEMP.test(name)) listing.temps.push(path.join(dir, name))
  }
  listing.snapshots.sort((a, b) => b.gen - a.gen)
  listing.journals.sort((a, b) => a.gen - b.gen)
  return listing
}

const META_SQL = `
  CREATE TABLE _store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
  INSERT INTO _store_meta (key, value) VALUES ('format', 1), ('gen', 0), ('seq', 0);
  CREATE TABLE _store_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
`

/** Generation 0: the same empty database every time, so replaying from it is deterministic. */
export function emptyDatabase(engine: SqlEngine): SqlDatabase {
  const db = new engine.Database()
  applyPragmas(db)
  db.exec(META_SQL)
  return db
}

export function readMeta(db: SqlDatabase, key: 'gen' | 'seq' | 'format'): number {
  const value = db.exec(`SELECT value FROM _store_meta WHERE key = '${key}'`)[0]?.values[0]?.[0]
  if (typeof value !== 'number') throw new Error(`meta ${key} missing`)
  return value
}

export type LoadedSnapshot = { ok: true; db: SqlDatabase; seq: number } | { ok: false; problem: string }

/** Reads and verifies one snapshot: checksum against its name, integrity_check, and its own generation. */
export function loadSnapshot(engine: SqlEngine, snapshot: SnapshotFile): LoadedSnapshot {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(snapshot.file)
  } catch (error) {
    return { ok: false, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
  }
  if (createHash('sha256').update(bytes).digest('hex') !== snapshot.sha) {
    return { ok: false, problem: `checksum does not match its name (${bytes.length} bytes: truncated or altered)` }
  }
  let db: SqlDatabase | undefined
  try {
    db = new engine.Database(bytes)
    applyPragmas(db)
    const check = db.exec('PRAGMA integrity_check')[0]?.values.map((row) => String(row[0])) ?? []
    if (check.join() !== 'ok') throw new Error(`integrity_check: ${check.slice(0, 3).join('; ')}`)
    if (readMeta(db, 'format') !== 1) throw new Error('unknown snapshot format')
    if (readMeta(db, 'gen') !== snapshot.gen) throw new Error('generation inside differs from its name')
    return { ok: true, db, seq: readMeta(db, 'seq') }
  } catch (error) {
    db?.close()
    return { ok: false, problem: `not a usable database (${error instanceof Error ? error.message : String(error)})` }
  }
}

/** Writes the snapshot bytes to a temp file and fsyncs it; `commitFiles` renames it into place. */
export function writeSnapshotTemp(dir: string, gen: number, bytes: Uint8Array): { temp: string; final: string } {
  const sha = createHash('sha256').update(bytes).digest('hex')
  const temp = path.join(dir, `snapshot-${pad(gen)}.tmp`)
  writeFileSynced(temp, bytes)
  return { temp, final: path.join(dir, `snapshot-${pad(gen)}-${sha}.sqlite`) }
}

/**
 * Creates `journal-N.log` holding only its header, via temp file and rename so the file never exists
 * without a complete header. The caller fsyncs the directory before appending acknowledged records.
 */
export function createJournalFile(dir: string, gen: number, after: number): { file: string; size: number } {
  const header = encodeHeader({ gen, after })
  const temp = path.join(dir, `journal-${pad(gen)}.tmp`)
  const file = journalPath(dir, gen)
  writeFileSynced(temp, header)
  fs.renameSync(temp, file)
  return { file, size: header.length }
}

/**
 * Keeps the newest snapshot and the one before it with every journal from that one on (the fallback
 * chain); deletes older generations. With no older snapshot, generation 0 (the empty database) is the
 * fallback and every journal is kept.
 */
export function pruneGenerations(dir: string, newestGen: number): number {
  const listing = listStoreFiles(dir)
  const previous = listing.snapshots.find((s) => s.gen < newestGen)?.gen ?? 0
  let removed = 0
  for (const item of [...listing.snapshots, ...listing.journals]) {
    if (item.gen < previous) {
      fs.rmSync(item.file, { force: true })
      removed++
    }
  }
  // No directory fsync: a deletion lost to a power cut only leaves an old generation for the next prune.
  return removed
}
