import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Migration } from '../../electron/services/store/index'

/** A fresh directory under the OS temp dir; removed by `removeTempDirs()` in afterEach/afterAll. */
const created: string[] = []
export function makeTempDir(label = 'store'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `countersign-${label}-`))
  created.push(dir)
  return dir
}
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}

/** What a crash leaves: the directory as it is on disk right now, minus our live process's lock. */
export function crashCopy(dir: string): string {
  const copy = makeTempDir('crash-copy')
  fs.cpSync(dir, copy, { recursive: true, filter: (source) => path.basename(source) !== 'LOCK' })
  return copy
}

export const testMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'items',
    sql: `
      CREATE TABLE items (id TEXT PRIMARY KEY, body TEXT NOT NULL, data BLOB, score REAL);
      CREATE TABLE tags (item_id TEXT NOT NULL REFERENCES items (id), tag TEXT NOT NULL);
    `,
  },
]

export type Listing = { snapshots: string[]; journals: string[]; quarantine: string[] }
export function listDir(dir: string): Listing {
  const names = fs.readdirSync(dir).sort()
  const quarantineDir = path.join(dir, 'quarantine')
  return {
    snapshots: names.filter((n) => n.startsWith('snapshot-') && n.endsWith('.sqlite')),
    journals: names.filter((n) => n.startsWith('journal-') && n.endsWith('.log')),
    quarantine: fs.existsSync(quarantineDir) ? fs.readdirSync(quarantineDir).filter((n) => !n.endsWith('.reason.txt')).sort() : [],
  }
}

/** The newest file of a kind (by generation number in the name). */
export function newest(dir: string, kind: 'snapshot' | 'journal'): string {
  const listing = listDir(dir)
  const names = kind === 'snapshot' ? listing.snapshots : listing.journals
  const name = names.at(-1)
  if (!name) throw new Error(`no ${kind} in ${dir}`)
  return path.join(dir, name)
}

/** A pid no process has right now (probing down from one above the usual pid range). */
export function deadPid(): number {
  let pid = 999_999
  while (pid > 1) {
    try {
      process.kill(pid, 0)
      pid -= 7
    } catch {
      return pid
    }
  }
  throw new Error('no free pid found')
}
