import fs from 'node:fs'
import path from 'node:path'
import { privateFileMode } from '../common/private-files'
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
export function recover(engine: SqlEngine, dir: string, options: { acceptJournalLoss?: boolean } = {}): Recovered {
  const notes: string[] = readRecoveryLog(dir)
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
      if (!options.acceptJournalLoss) {
        db.close()
        throw damagedJournalError(dir, tail.read, tail.seqBefore, movedAside)
      }
      // a person chose this (countersign store recover, or the button on the recovery screen)
      notes.push(dropDamagedTail(dir, tail.read, tail.seqBefore))
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

/** What a damaged journal costs if its unreadable part is dropped: the saves after record `afterRecord`. */
export type JournalLoss = { journal: string; afterRecord: number; lost: number; offset: number; problem: string }

export function journalLoss(read: ReadJournal, seqBefore: number): JournalLoss {
  const { parsed, bytes } = read
  const offset = parsed.damage?.offset ?? parsed.goodBytes
  // one frame is one line: every complete line from the damage on was an acknowledged save
  let lost = 0
  for (let i = bytes.indexOf(0x0a, offset); i !== -1; i = bytes.indexOf(0x0a, i + 1)) lost++
  // an unreadable header line is not a save
  if (!parsed.header && lost > 0) lost--
  return { journal: read.journal.file, afterRecord: parsed.records.at(-1)?.seq ?? seqBefore, lost, offset, problem: parsed.damage?.problem ?? '' }
}

/**
 * The newest journal holds unreadable records (not an interrupted append): the acknowledged saves after
 * them cannot be read. Nothing is changed on disk, so every start refuses with this same message until a
 * person chooses to drop them (`countersign store recover`, or the button on the recovery screen).
 */
function damagedJournalError(dir: string, read: ReadJournal, seqBefore: number, movedAside: readonly CorruptFile[]): StoreCorruptError {
  const loss = journalLoss(read, seqBefore)
  const name = path.basename(loss.journal)
  const problem = `unreadable from byte ${loss.offset} (${loss.problem}); records up to ${loss.afterRecord} were read, ${loss.lost} saved changes after it cannot be`
  const files = [...movedAside, { file: loss.journal, problem }]
  const dataDir = path.dirname(dir)
  return new StoreCorruptError(
    corruptMessage(
      `日志 ${name} 第 ${loss.afterRecord} 条记录之后有无法读取的内容，其后 ${loss.lost} 次已确认的保存无法读取。为免悄悄丢失，Countersign 不会启动，文件未作任何改动。如决定放弃这 ${loss.lost} 次保存、从第 ${loss.afterRecord} 条继续，请在恢复界面点“放弃无法读取的保存并启动”，或运行 countersign store recover --data ${dataDir}（原文件保留在 store/quarantine/ 中）`,
      `journal ${name} holds unreadable records after record ${loss.afterRecord}: ${loss.lost} acknowledged saves after it cannot be read. Countersign will not start rather than lose them silently; no file was changed. To give them up and continue from record ${loss.afterRecord}, press the button on the recovery screen or run countersign store recover --data ${dataDir} (the original file is kept in store/quarantine/)`,
      files,
    ),
    files,
    loss,
  )
}

/** Where each explicit recovery is recorded, one line each, shown in the start-up notes from then on. */
export const recoveryLogName = 'recovery-log.txt'

function readRecoveryLog(dir: string): string[] {
  try {
    return fs
      .readFileSync(path.join(dir, recoveryLogName), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
  } catch {
    return []
  }
}

/**
 * Drops the unreadable tail of the newest journal, as a person chose: the file is moved to quarantine
 * untouched, its readable prefix becomes the journal, and what was dropped is appended to the recovery log.
 */
function dropDamagedTail(dir: string, read: ReadJournal, seqBefore: number): string {
  const { journal, bytes, parsed } = read
  const loss = journalLoss(read, seqBefore)
  const movedTo = moveAside(dir, journal.file, note(`日志损坏，按操作人员的选择放弃其后的保存`, `damaged journal; its tail dropped by a person's choice`))
  if (parsed.header) {
    const temp = `${journal.file.replace(/\.log$/, '')}.tmp`
    writeFileSynced(temp, bytes.subarray(0, parsed.goodBytes))
    fs.renameSync(temp, journal.file)
  } else {
    createJournalFile(dir, journal.gen, seqBefore)
  }
  fsyncDir(dir)
  const line = texts.tailDropped(new Date().toISOString(), journal.file, loss.afterRecord, loss.lost, movedTo)
  fs.appendFileSync(path.join(dir, recoveryLogName), `${line}\n`, { mode: privateFileMode })
  const fd = fs.openSync(path.join(dir, recoveryLogName), 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  return line
}
