import fs from 'node:fs'
import path from 'node:path'
import { fsyncDir, moveAside, removeQuietly, writeFileSynced } from './durable-fs'
import { StoreCorruptError, type CorruptFile } from './errors'
import { corruptMessage, note, notes as texts } from './messages'
import { readJournal, replayChain, type ChainBreak, type ReadJournal } from './replay'
import type { SqlDatabase, SqlEngine } from './sql-engine'
import { createJournalFile, emptyDatabase, journalPath, listStoreFiles, loadSnapshot, type JournalFile, type SnapshotFile } from './store-files'

/** The state start-up rebuilt, and where the store appends next. */
export type Recovered = {
  db: SqlDatabase
  seq: number
  journal: { file: string; size: number; records: number }
  /** Generation number for the next snapshot: above every file seen, so no name is ever reused. */
  nextGen: number
  /** Recovery used more than the newest snapshot and its journal: write a fresh snapshot now. */
  consolidate: boolean
  notes: string[]
}

type Base = { snapshot: SnapshotFile } | { empty: true }

/**
 * Newest valid snapshot + every journal after it. A snapshot that fails its checksum or integrity check
 * is moved aside and the previous generation is tried, down to generation 0 (the empty database) while
 * journal 0 still exists. A hole in the journals is never skipped: that is a StoreCorruptError.
 */
export function recover(engine: SqlEngine, dir: string): Recovered {
  const notes: string[] = []
  const listing = listStoreFiles(dir)
  for (const temp of listing.temps) {
    removeQuietly(temp)
    notes.push(texts.tempRemoved(temp))
  }
  const nextGen = Math.max(0, ...listing.snapshots.map((s) => s.gen), ...listing.journals.map((j) => j.gen)) + 1
  if (listing.snapshots.length === 0 && listing.journals.length === 0) {
    const created = createJournalFile(dir, 0, 0)
    fsyncDir(dir)
    return { db: emptyDatabase(engine), seq: 0, journal: { ...created, records: 0 }, nextGen: 1, consolidate: false, notes }
  }

  // Each journal is read once even when several bases are tried.
  const reads = new Map<string, ReadJournal>()
  const readOnce = (journal: JournalFile): ReadJournal => {
    let read = reads.get(journal.file)
    if (!read) {
      read = readJournal(journal)
      reads.set(journal.file, read)
    }
    return read
  }
  const journalsFrom = (gen: number): ReadJournal[] => listing.journals.filter((j) => j.gen >= gen).map(readOnce)
  const movedAside: CorruptFile[] = []
  const unmatched: { snapshot: SnapshotFile; failure: ChainBreak }[] = []
  let firstBreak: { failure: ChainBreak; damaged: ReadJournal[] } | undefined

  const bases: Base[] = [...listing.snapshots.map((snapshot) => ({ snapshot })), ...(listing.journals[0]?.gen === 0 ? [{ empty: true as const }] : [])]
  for (const base of bases) {
    let db: SqlDatabase
    let baseSeq = 0
    let baseGen = 0
    if ('snapshot' in base) {
      const loaded = loadSnapshot(engine, base.snapshot)
      if (!loaded.ok) {
        const movedTo = moveAside(dir, base.snapshot.file, note(`快照损坏：${loaded.problem}`, `damaged snapshot: ${loaded.problem}`))
        movedAside.push({ file: base.snapshot.file, problem: loaded.problem, movedTo })
        notes.push(texts.snapshotMovedAside(base.snapshot.file, loaded.problem, movedTo))
        continue
      }
      ;({ db, seq: baseSeq } = loaded)
      baseGen = base.snapshot.gen
    } else {
      db = emptyDatabase(engine)
    }
    const journals = journalsFrom(baseGen)
    const chain = replayChain(db, baseSeq, journals)
    if (!chain.ok) {
      db.close()
      firstBreak ??= chain
      if ('snapshot' in base) unmatched.push({ snapshot: base.snapshot, failure: chain.failure })
      continue
    }

    const tail = chain.damagedLast
    if (tail) {
      db.close()
      throw salvageAndFail(dir, tail.read, tail.seqBefore, movedAside)
    }
    // A newer snapshot that disagrees with the journals is not trusted as anyone's fallback again.
    for (const { snapshot, failure } of unmatched) {
      const problem = `does not match the journals (${path.basename(failure.file)}: ${failure.problem})`
      const movedTo = moveAside(dir, snapshot.file, note(`快照与日志不一致：${problem}`, `snapshot disagrees with the journals: ${problem}`))
      notes.push(texts.snapshotMovedAside(snapshot.file, problem, movedTo))
    }
    for (const read of chain.skippedDamage) notes.push(texts.ignoredGarbage(read.journal.file, read.parsed.goodBytes))
    const fellBack = movedAside.length > 0 || unmatched.length > 0
    if (fellBack) notes.push(texts.fellBack(baseGen, chain.applied))

    let journal: Recovered['journal']
    const last = chain.last
    if (last) {
      if (last.parsed.tornBytes > 0) notes.push(texts.tornTail(last.journal.file, last.parsed.tornBytes))
      journal = { file: last.journal.file, size: last.parsed.goodBytes, records: last.parsed.records.length }
    } else {
      const created = createJournalFile(dir, baseGen, chain.seq)
      fsyncDir(dir)
      notes.push(texts.journalMissing(journalPath(dir, baseGen)))
      journal = { ...created, records: 0 }
    }
    const consolidate = fellBack || journals.length > 1 || chain.skippedDamage.length > 0
    return { db, seq: chain.seq, journal, nextGen, consolidate, notes }
  }

  const files: CorruptFile[] = [...movedAside]
  for (const read of firstBreak?.damaged ?? []) files.push({ file: read.journal.file, problem: `unreadable after byte ${read.parsed.goodBytes} (${read.parsed.damage?.problem ?? ''})` })
  if (firstBreak) files.push(firstBreak.failure)
  else if (listing.journals.length > 0) {
    const first = listing.journals[0]
    if (first) files.push({ file: first.file, problem: 'no usable snapshot comes before this journal' })
  }
  throw new StoreCorruptError(
    corruptMessage(
      `无法从数据目录 ${dir} 恢复全部已保存的内容，为避免丢失数据，已停止启动。请联系技术支持，或从备份恢复`,
      `cannot recover every saved change from ${dir}; start-up stopped rather than lose data — contact support or restore a backup`,
      files,
    ),
    files,
  )
}

/**
 * The newest journal holds unreadable records (not an interrupted append): what came after them cannot
 * be known. The file is moved aside untouched, its readable prefix becomes the journal again so the next
 * start continues from there, and this start fails loudly naming both.
 */
function salvageAndFail(dir: string, read: ReadJournal, seqBefore: number, movedAside: readonly CorruptFile[]): StoreCorruptError {
  const { journal, bytes, parsed } = read
  const last = parsed.records.at(-1)?.seq ?? seqBefore
  const problem = `unreadable from byte ${parsed.damage?.offset ?? 0} (${parsed.damage?.problem ?? ''}); records up to ${last} were read, anything after could not be`
  const movedTo = moveAside(dir, journal.file, note(`日志损坏：${problem}`, `damaged journal: ${problem}`))
  if (parsed.header) {
    const temp = `${journal.file.replace(/\.log$/, '')}.tmp`
    writeFileSynced(temp, bytes.subarray(0, parsed.goodBytes))
    fs.renameSync(temp, journal.file)
  } else {
    createJournalFile(dir, journal.gen, seqBefore)
  }
  fsyncDir(dir)
  const files = [...movedAside, { file: journal.file, problem, movedTo }]
  return new StoreCorruptError(
    corruptMessage(
      `日志 ${path.basename(journal.file)} 中有无法读取的记录，第 ${last} 条之后的保存可能已丢失。下次启动将从第 ${last} 条继续；请核对最近的修改`,
      `journal ${path.basename(journal.file)} holds unreadable records; saves after record ${last} may be lost. The next start continues from record ${last}; check recent changes`,
      files,
    ),
    files,
  )
}
