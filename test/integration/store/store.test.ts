import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Store, StoreLockedError, type Migration } from '../../../electron/services/store/index'
import { crashCopy, deadPid, listDir, makeTempDir, newest, removeTempDirs, testMigrations } from '../../support/store-helpers'

const open = (dir: string, extra: Partial<Parameters<typeof Store.open>[0]> = {}) => Store.open({ dir, migrations: testMigrations, ...extra })
const count = (store: Store, table = 'items'): number => store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)?.n ?? -1
const insert = (store: Store, id: string, body = 'body') => store.transaction((tx) => tx.run('INSERT INTO items (id, body) VALUES (?, ?)', [id, body]))

afterEach(() => {
  vi.restoreAllMocks()
  removeTempDirs()
})

describe('migrations', () => {
  it('applies each migration once, and only the new one later', async () => {
    const dir = makeTempDir()
    const seeded: Migration[] = [...testMigrations, { version: 2, name: 'seed', sql: "INSERT INTO items (id, body) VALUES ('seed', 'x')" }]
    const first = await Store.open({ dir, migrations: seeded })
    first.close()
    const second = await Store.open({ dir, migrations: seeded })
    expect(count(second)).toBe(1)
    second.close()
    const third = await Store.open({ dir, migrations: [...seeded, { version: 3, name: 'more', sql: 'ALTER TABLE items ADD COLUMN extra TEXT' }] })
    expect(third.all('SELECT version FROM _store_migrations ORDER BY version').map((r) => r.version)).toEqual([1, 2, 3])
    expect(count(third)).toBe(1)
    third.close()
  })

  it('refuses data written by a newer schema, and unordered migrations', async () => {
    const dir = makeTempDir()
    ;(await Store.open({ dir, migrations: [...testMigrations, { version: 2, name: 'b', sql: 'CREATE TABLE b (x)' }] })).close()
    await expect(open(dir)).rejects.toThrow(/newer Countersign/)
    await expect(Store.open({ dir: makeTempDir(), migrations: [{ version: 2, name: 'a', sql: '' }, { version: 1, name: 'b', sql: '' }] })).rejects.toThrow(/increasing/)
  })

  it('a failing migration rolls back, names itself, and leaves the directory openable', async () => {
    const dir = makeTempDir()
    const bad: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE ok_one (x); CREATE TABLE items (x)' }
    await expect(Store.open({ dir, migrations: [...testMigrations, bad] })).rejects.toThrow(/migration 2 "broken" failed/)
    const store = await open(dir)
    expect(store.all("SELECT name FROM sqlite_master WHERE name = 'ok_one'")).toEqual([])
    store.close()
  })
})

describe('durability', () => {
  it('a committed transaction survives close and reopen', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    insert(store, 'a', '公示内容')
    store.close()
    const again = await open(dir)
    expect(again.get('SELECT body FROM items WHERE id = ?', ['a'])).toEqual({ body: '公示内容' })
    again.close()
  })

  it('a committed transaction survives a crash (directory copied while open, never closed)', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    const blob = new Uint8Array([0, 1, 2, 255])
    store.transaction((tx) => {
      tx.run('INSERT INTO items (id, body, data, score) VALUES (?, ?, ?, ?)', ['b', 'line1\nline2 "quoted" 🙂', blob, Number.NaN])
      tx.run('INSERT INTO items (id, body, score) VALUES (?, ?, ?)', ['c', '', 1.5])
    })
    const copy = crashCopy(dir)
    store.close()
    const recovered = await open(copy)
    expect(recovered.all('SELECT id, body, data, score FROM items ORDER BY id')).toEqual([
      { id: 'b', body: 'line1\nline2 "quoted" 🙂', data: blob, score: null },
      { id: 'c', body: '', data: null, score: 1.5 },
    ])
    recovered.close()
  })

  it('replays a statement the caller caught, with the same partial effect', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    store.transaction((tx) => {
      try {
        tx.run("INSERT INTO items (id, body) VALUES ('p', 'partial'); INSERT INTO missing_table VALUES (1)")
      } catch {
        tx.run("INSERT INTO items (id, body) VALUES ('q', 'after')")
      }
    })
    const live = store.all('SELECT id FROM items ORDER BY id')
    const copy = crashCopy(dir)
    store.close()
    const replayed = await open(copy)
    expect(replayed.all('SELECT id FROM items ORDER BY id')).toEqual(live)
    replayed.close()
  })

  it('journals a write made through tx.get (RETURNING) and replays it', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    const row = store.transaction((tx) => tx.get<{ id: string }>("INSERT INTO items (id, body) VALUES ('r', 'x') RETURNING id"))
    expect(row).toEqual({ id: 'r' })
    const copy = crashCopy(dir)
    store.close()
    const replayed = await open(copy)
    expect(count(replayed)).toBe(1)
    replayed.close()
  })
})

describe('transaction rules', () => {
  it('rolls back and journals nothing when the callback throws', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    const journal = newest(dir, 'journal')
    const size = fs.statSync(journal).size
    expect(() =>
      store.transaction((tx) => {
        tx.run("INSERT INTO items (id, body) VALUES ('x', 'y')")
        throw new Error('changed my mind')
      }),
    ).toThrow('changed my mind')
    expect(count(store)).toBe(0)
    expect(fs.statSync(journal).size).toBe(size)
    store.transaction((tx) => tx.all('SELECT * FROM items'))
    expect(fs.statSync(journal).size).toBe(size)
    store.close()
  })

  it('rolls back when the journal write fails, and keeps working afterwards', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    const journal = newest(dir, 'journal')
    const size = fs.statSync(journal).size
    vi.spyOn(fs, 'fdatasyncSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('disk gone'), { code: 'EIO' })
    })
    expect(() => insert(store, 'lost')).toThrow('disk gone')
    expect(count(store)).toBe(0)
    expect(fs.statSync(journal).size).toBe(size)
    insert(store, 'kept')
    const copy = crashCopy(dir)
    store.close()
    const replayed = await open(copy)
    expect(replayed.all('SELECT id FROM items')).toEqual([{ id: 'kept' }])
    replayed.close()
  })

  it('takes the record back off the journal when COMMIT fails (deferred foreign key)', async () => {
    const dir = makeTempDir()
    const migrations: Migration[] = [...testMigrations, { version: 2, name: 'deferred', sql: 'CREATE TABLE d (item_id TEXT REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED)' }]
    const store = await Store.open({ dir, migrations })
    const size = fs.statSync(newest(dir, 'journal')).size
    expect(() => store.transaction((tx) => tx.run("INSERT INTO d VALUES ('nobody')"))).toThrow(/FOREIGN KEY/)
    expect(fs.statSync(newest(dir, 'journal')).size).toBe(size)
    const copy = crashCopy(dir)
    store.close()
    const replayed = await Store.open({ dir: copy, migrations })
    expect(count(replayed, 'd')).toBe(0)
    replayed.close()
  })

  it('refuses async callbacks, nesting, store-managed statements and writes through all()', async () => {
    const store = await open(makeTempDir())
    expect(() => store.transaction(() => Promise.resolve())).toThrow(/synchronous/)
    expect(() => store.transaction(() => store.transaction(() => 1))).toThrow(/nested/)
    expect(() => store.transaction((tx) => tx.run('COMMIT'))).toThrow(/managed by the store/)
    expect(() => store.transaction((tx) => tx.run('INSERT INTO items (id, body) VALUES (?, ?)', ['t', true as unknown as string]))).toThrow(/boolean/)
    expect(() => store.all("INSERT INTO items (id, body) VALUES ('w', 'x') RETURNING id")).toThrow(/writes go through/)
    expect(count(store)).toBe(0)
    store.close()
    expect(() => store.all('SELECT 1')).toThrow(/closed/)
    store.close()
  })

  it('foreign keys are enforced, also after a snapshot', async () => {
    const store = await open(makeTempDir())
    const orphan = () => store.transaction((tx) => tx.run("INSERT INTO tags (item_id, tag) VALUES ('nobody', 't')"))
    expect(orphan).toThrow(/FOREIGN KEY/)
    store.snapshot()
    expect(store.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 })
    expect(orphan).toThrow(/FOREIGN KEY/)
    store.close()
  })
})

describe('snapshots', () => {
  it('keeps exactly two generations', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    for (let i = 0; i < 5; i++) {
      insert(store, `i${i}`)
      store.snapshot()
    }
    const listing = listDir(dir)
    expect(listing.snapshots.map((n) => n.slice(0, 15))).toEqual(['snapshot-000004', 'snapshot-000005'])
    expect(listing.journals).toEqual(['journal-000004.log', 'journal-000005.log'])
    store.close()
  })

  it('snapshots after the threshold, off the save path', async () => {
    const dir = makeTempDir()
    const store = await open(dir, { snapshotEveryRecords: 3 })
    insert(store, 'a')
    insert(store, 'b')
    insert(store, 'c')
    expect(listDir(dir).snapshots).toEqual([])
    await new Promise((resolve) => setImmediate(resolve))
    expect(listDir(dir).snapshots).toHaveLength(1)
    store.close()
  })

  it('a close with nothing new writes no new generation', async () => {
    const dir = makeTempDir()
    const store = await open(dir)
    store.close()
    const before = listDir(dir)
    ;(await open(dir)).close()
    expect(listDir(dir)).toEqual(before)
  })
})

describe('lock', () => {
  it('refuses a second instance with a clear message, and allows it after close', async () => {
    const dir = makeTempDir()
    const store = await open(dir, { lockTag: 'electron' })
    const refusal = await open(dir, { lockTag: 'cli' }).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(StoreLockedError)
    expect(String((refusal as Error).message)).toContain(dir)
    expect(String((refusal as Error).message)).toContain(`pid ${process.pid}`)
    expect(String((refusal as Error).message)).toContain('electron')
    store.close()
    ;(await open(dir)).close()
  })

  it('refuses a fresh lock file it cannot read, and says how to clear it', async () => {
    const dir = makeTempDir()
    fs.writeFileSync(path.join(dir, 'LOCK'), '')
    await expect(open(dir)).rejects.toThrow(/lock file cannot be read; if no other Countersign is running, delete .*LOCK/)
  })

  it('takes over a lock left by a process that no longer runs, and says so', async () => {
    const dir = makeTempDir()
    ;(await open(dir)).close()
    const pid = deadPid()
    fs.writeFileSync(path.join(dir, 'LOCK'), JSON.stringify({ pid, tag: 'browser', host: os.hostname(), startedAt: new Date().toISOString(), token: 'old' }))
    const store = await open(dir)
    expect(store.recovery.join('\n')).toContain(`process ${pid} (browser)`)
    store.close()
    expect(fs.existsSync(path.join(dir, 'LOCK'))).toBe(false)
  })
})
