/**
 * The process the crash test kills. It loads sql.js, prints READY and waits for `go <run|verify> <seed>`
 * on stdin (so the parent can start the next worker while this one runs). Then it opens the store,
 * checks everything it finds and prints
 *   OPEN <rows> <highest key> <counter> <children> <bad rows>
 * then saves records 1, 2, 3… for ever, printing `ACK <key>` only after transaction() has returned.
 * Snapshots are frequent so kills land in the middle of them. Usage: worker.mjs <dir>
 */
import fs from 'node:fs'
import { Store, type Migration } from '../../electron/services/store/index'
import { loadSqlEngine } from '../../electron/services/store/sql-engine'
import { blobFor, mulberry32, payloadFor } from './store-crash-records'

const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'crash',
    sql: `
      CREATE TABLE records (k INTEGER PRIMARY KEY, payload TEXT NOT NULL, data BLOB NOT NULL);
      CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
      INSERT INTO counter (id, n) VALUES (1, 0);
      CREATE TABLE children (k INTEGER NOT NULL REFERENCES records (k), note TEXT NOT NULL);
    `,
  },
]

// Written with writeSync so a line is in the pipe before the next statement runs, whatever kills us.
const say = (line: string): void => {
  fs.writeSync(1, `${line}\n`)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

async function main(): Promise<void> {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: worker <dir>')
  await loadSqlEngine()
  say('READY')
  const command = await new Promise<string>((resolve) => process.stdin.once('data', (chunk: Buffer) => resolve(chunk.toString())))
  process.stdin.destroy()
  const [, mode, seedText] = command.trim().split(' ')
  const store = await Store.open({ dir, migrations, snapshotEveryRecords: 20, snapshotEveryBytes: 64 * 1024, lockTag: 'crash-worker' })
  const rows = store.all<{ k: number; payload: string; data: Uint8Array }>('SELECT k, payload, data FROM records ORDER BY k')
  let bad = 0
  rows.forEach((row, index) => {
    if (row.k !== index + 1 || row.payload !== payloadFor(row.k) || !sameBytes(row.data, blobFor(row.k))) bad++
  })
  const counter = store.get<{ n: number }>('SELECT n FROM counter')?.n ?? -1
  const children = store.get<{ n: number }>('SELECT count(*) AS n FROM children')?.n ?? -1
  for (const note of store.recovery) say(`NOTE ${JSON.stringify(note)}`)
  say(`OPEN ${rows.length} ${rows.at(-1)?.k ?? 0} ${counter} ${children} ${bad}`)
  if (mode === 'verify') {
    store.close()
    return
  }
  const random = mulberry32(Number(seedText))
  for (let k = (rows.at(-1)?.k ?? 0) + 1; k < 1_000_000; k++) {
    if (random() < 0.05) {
      // A save that fails after writing: must leave no trace, on disk or in memory.
      try {
        store.transaction((tx) => {
          tx.run('INSERT INTO records (k, payload, data) VALUES (?, ?, ?)', [k, 'rolled back', new Uint8Array(1)])
          throw new Error('rollback')
        })
      } catch {
        // expected
      }
    }
    store.transaction((tx) => {
      tx.run('INSERT INTO records (k, payload, data) VALUES (?, ?, ?)', [k, payloadFor(k), blobFor(k)])
      tx.run('UPDATE counter SET n = n + 1 WHERE id = 1')
      tx.run('INSERT INTO children (k, note) VALUES (?, ?)', [k, `child of ${k}`])
    })
    say(`ACK ${k}`)
    // Yield so a due snapshot (scheduled with setImmediate) runs between saves, as in the app.
    await new Promise((resolve) => setImmediate(resolve))
  }
  store.close()
}

main().catch((error: unknown) => {
  const name = error instanceof Error ? error.name : 'Error'
  say(`ERROR ${name} ${JSON.stringify(error instanceof Error ? error.message : String(error))}`)
  process.exit(2)
})
