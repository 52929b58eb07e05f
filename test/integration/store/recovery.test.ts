import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Store, StoreCorruptError } from '../../../electron/services/store/index'
import { crashCopy, listDir, makeTempDir, newest, removeTempDirs, testMigrations } from '../../support/store-helpers'

const open = (dir: string) => Store.open({ dir, migrations: testMigrations })
const ids = (store: Store): string[] => store.all<{ id: string }>('SELECT id FROM items ORDER BY id').map((row) => row.id)
const insert = (store: Store, id: string) => store.transaction((tx) => tx.run('INSERT INTO items (id, body) VALUES (?, ?)', [id, `body of ${id}`]))
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `k${String(from + i).padStart(3, '0')}`)

/** A crashed directory with two snapshot generations and records in both journals: k001–k010 | k011–k020 | k021–k025. */
async function crashedWithGenerations(): Promise<string> {
  const dir = makeTempDir()
  const store = await open(dir)
  for (const id of range(1, 10)) insert(store, id)
  store.snapshot()
  for (const id of range(11, 20)) insert(store, id)
  store.snapshot()
  for (const id of range(21, 25)) insert(store, id)
  const copy = crashCopy(dir)
  store.close()
  return copy
}

async function openError(dir: string): Promise<StoreCorruptError> {
  const error = await open(dir).then(
    (store) => {
      store.close()
      throw new Error('expected the store to refuse to open')
    },
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(StoreCorruptError)
  return error as StoreCorruptError
}

afterEach(removeTempDirs)

describe('journal damage', () => {
  it('drops a torn final record (interrupted append), truncates it, and keeps going', async () => {
    const dir = await crashedWithGenerations()
    const journal = newest(dir, 'journal')
    const good = fs.statSync(journal).size
    fs.appendFileSync(journal, '187 0123456789abcdef {"s":26,"q":[["INSERT INTO items (id, bo')
    const store = await open(dir)
    expect(ids(store)).toEqual(range(1, 25))
    expect(store.recovery.join('\n')).toMatch(/dropped an unfinished record at the end of journal-000002\.log/)
    expect(fs.statSync(journal).size).toBe(good)
    insert(store, 'k026')
    const again = crashCopy(dir)
    store.close()
    const reopened = await open(again)
    expect(ids(reopened)).toEqual(range(1, 26))
    reopened.close()
  })

  it('treats a zero-filled tail as an interrupted append', async () => {
    const dir = await crashedWithGenerations()
    fs.appendFileSync(newest(dir, 'journal'), Buffer.alloc(300))
    const store = await open(dir)
    expect(ids(store)).toEqual(range(1, 25))
    store.close()
  })

  it('garbage in the middle of the newest journal: the same refusal on every start, nothing changed, until a person recovers', async () => {
    const dir = await crashedWithGenerations()
    const journal = newest(dir, 'journal')
    const bytes = fs.readFileSync(journal)
    const lines = bytes.toString('utf8').split('\n')
    // Damage the body of record 23 (line 0 is the header, then k021, k022, k023…).
    lines[3] = (lines[3] ?? '').replace('k023', 'kXYZ')
    const damaged = Buffer.from(lines.join('\n'))
    fs.writeFileSync(journal, damaged)

    const error = await openError(dir)
    expect(error.message).toContain(journal)
    expect(error.message).toMatch(/checksum mismatch/)
    // records k023, k024, k025 were acknowledged: three saves after the record of k022
    expect(error.loss?.lost).toBe(3)
    expect(error.message).toContain(`3 acknowledged saves after it cannot be read`)
    expect(error.message).toContain('countersign store recover --data')
    // issue 9: the second start used to run without the three saves, silently. Now: the same refusal,
    // and the journal untouched, on every start
    expect(fs.readFileSync(journal)).toEqual(damaged)
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false)
    const again = await openError(dir)
    expect(again.message).toBe(error.message)
    expect(fs.readFileSync(journal)).toEqual(damaged)

    // a person chooses recovery: the tail is dropped, the original quarantined, the loss noted
    const recovered = await Store.open({ dir, migrations: testMigrations, acceptJournalLoss: true })
    expect(ids(recovered)).toEqual(range(1, 22))
    const noted = recovered.recovery.join('\n')
    expect(noted).toMatch(new RegExp(`dropped the 3 unreadable saves after record ${error.loss?.afterRecord} of ${path.basename(journal)}`))
    const movedTo = /the original is kept at (\S+)\)/.exec(noted)?.[1] ?? ''
    expect(movedTo).toContain(path.join(dir, 'quarantine'))
    expect(fs.readFileSync(movedTo)).toEqual(damaged)
    insert(recovered, 'k100')
    recovered.close()

    // later starts open normally, and keep saying what was dropped
    const later = await open(dir)
    expect(ids(later)).toEqual([...range(1, 22), 'k100'])
    expect(later.recovery.join('\n')).toContain('dropped the 3 unreadable saves')
    later.close()
  })

  it('a journal missing from the middle of the chain is an error, and nothing is moved or lost', async () => {
    const dir = await crashedWithGenerations()
    const snapshots = listDir(dir).snapshots
    fs.writeFileSync(path.join(dir, snapshots.at(-1) ?? ''), 'not a database')
    fs.rmSync(path.join(dir, 'journal-000001.log'))
    const error = await openError(dir)
    expect(error.message).toMatch(/journal-000002\.log: starts after record 21, but the records before it end at 11/)
    // The bad snapshot is aside; the journal that is still needed stays in place for whoever repairs this.
    expect(fs.existsSync(path.join(dir, 'journal-000002.log'))).toBe(true)
    await openError(dir)
  })
})

describe('journal files out of place', () => {
  it('garbage after the last record of an older journal costs nothing when the next journal continues from it', async () => {
    const dir = await crashedWithGenerations()
    fs.writeFileSync(newest(dir, 'snapshot'), 'not a database')
    fs.appendFileSync(path.join(dir, 'journal-000001.log'), 'stray bytes\nmore stray bytes\n')
    const store = await open(dir)
    expect(ids(store)).toEqual(range(1, 25))
    expect(store.recovery.join('\n')).toMatch(/journal-000001\.log has unreadable bytes .* nothing is missing/)
    store.close()
  })

  it('a newest journal with a garbage header: error naming it; once recovery is chosen, continues from its snapshot', async () => {
    const dir = await crashedWithGenerations()
    const journal = newest(dir, 'journal')
    fs.writeFileSync(journal, 'garbage\n')
    const error = await openError(dir)
    expect(error.message).toContain(journal)
    expect(error.message).toMatch(/holds unreadable records after record 21: 0 acknowledged saves/)
    await openError(dir)
    const store = await Store.open({ dir, migrations: testMigrations, acceptJournalLoss: true })
    expect(ids(store)).toEqual(range(1, 20))
    store.close()
  })

  it('a deleted newest journal is recreated and reported', async () => {
    const dir = await crashedWithGenerations()
    fs.rmSync(newest(dir, 'journal'))
    const store = await open(dir)
    expect(ids(store)).toEqual(range(1, 20))
    expect(store.recovery.join('\n')).toMatch(/journal journal-000002\.log was missing/)
    store.close()
  })
})

describe('snapshot damage', () => {
  for (const [label, damage] of [
    ['truncated', (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
    ['garbage', (file: string) => fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 0x5a))],
    ['empty', (file: string) => fs.writeFileSync(file, '')],
  ] as const) {
    it(`a ${label} newest snapshot: recovered from the previous generation with nothing lost`, async () => {
      const dir = await crashedWithGenerations()
      const file = newest(dir, 'snapshot')
      damage(file)
      const bad = fs.readFileSync(file)
      const store = await open(dir)
      expect(ids(store)).toEqual(range(1, 25))
      expect(store.recovery.join('\n')).toMatch(/snapshot snapshot-000002-\w+\.sqlite is damaged .* moved to .*quarantine/)
      expect(store.recovery.join('\n')).toMatch(/recovered from the previous snapshot \(generation 1\) by replaying 15 journal records/)
      const listing = listDir(dir)
      expect(listing.quarantine).toHaveLength(1)
      expect(fs.readFileSync(path.join(dir, 'quarantine', listing.quarantine[0] ?? ''))).toEqual(bad)
      // A fresh generation follows right after open (not during it), so the fallback chain is short again.
      await new Promise((resolve) => setImmediate(resolve))
      expect(listDir(dir).snapshots.map((name) => name.slice(0, 15))).toEqual(['snapshot-000001', 'snapshot-000003'])
      store.close()
      const again = await open(dir)
      expect(ids(again)).toEqual(range(1, 25))
      again.close()
    })
  }

  it('the first snapshot damaged while journal 0 remains: rebuilt from the empty database', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    for (const id of range(1, 5)) insert(store, id)
    store.snapshot()
    insert(store, 'k006')
    const copy = crashCopy(dir)
    store.close()
    fs.writeFileSync(newest(copy, 'snapshot'), 'garbage')
    const recovered = await open(copy)
    expect(ids(recovered)).toEqual(range(1, 6))
    expect(recovered.recovery.join('\n')).toMatch(/rebuilt from the start/)
    recovered.close()
  })

  it('both generations garbage: StoreCorruptError naming the files, moved aside not overwritten, and no empty start later', async () => {
    const dir = await crashedWithGenerations()
    const [older, newer] = listDir(dir).snapshots.map((name) => path.join(dir, name))
    for (const file of [older, newer]) fs.writeFileSync(file ?? '', `garbage in ${path.basename(file ?? '')}`)
    const error = await openError(dir)
    for (const file of [older, newer]) expect(error.message).toContain(file)
    expect(error.message).toMatch(/checksum does not match/)
    for (const item of error.files.filter((f) => f.movedTo)) {
      expect(fs.readFileSync(item.movedTo ?? '', 'utf8')).toBe(`garbage in ${path.basename(item.file)}`)
    }
    expect(listDir(dir).quarantine).toHaveLength(2)
    // The journals alone cannot rebuild the state: every later start refuses too, rather than open empty.
    const later = await openError(dir)
    expect(later.message).toMatch(/journal-000001\.log/)
  })
})

describe('interrupted snapshot', () => {
  it('a leftover temp file and a journal without its snapshot are recovered without loss', async () => {
    const dir = await crashedWithGenerations()
    const store = await open(dir)
    store.close()
    // What a kill between "new journal renamed in" and "snapshot renamed in" leaves behind.
    const base = makeTempDir()
    fs.cpSync(dir, base, { recursive: true })
    const gen3 = listDir(base).snapshots.at(-1) ?? ''
    fs.renameSync(path.join(base, gen3), path.join(base, 'snapshot-000003.tmp'))
    const reopened = await open(base)
    expect(ids(reopened)).toEqual(range(1, 25))
    expect(reopened.recovery.join('\n')).toMatch(/removed snapshot-000003\.tmp/)
    insert(reopened, 'k026')
    reopened.close()
    const last = await open(base)
    expect(ids(last)).toEqual(range(1, 26))
    last.close()
  })
})
