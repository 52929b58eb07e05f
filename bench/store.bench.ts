// Durable save latency and open time of the notices store, at 1,000 and 10,000 notices.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openCore } from '../electron/services/core'
import { storeDir } from '../electron/services/common/data-dir'
import { figure, heading, percentile, sampleBody } from './support'

/** Fills a data directory with `count` notices in one transaction (seeding is not what is measured). */
async function seed(dataDir: string, count: number): Promise<void> {
  const core = await openCore({ dataDir, shell: 'cli' })
  const at = new Date().toISOString()
  core.store.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID()
      const body = sampleBody(i)
      tx.run(
        "INSERT INTO notices (id, title, doc_number, issuer, notice_type, body, state, revision, created_at, updated_at, deleted_at) VALUES (?, ?, '', '某镇人民政府', 'dibao', ?, 'draft', 1, ?, ?, NULL)",
        [id, `第${i}批低保公示`, body, at, at],
      )
      tx.run(
        "INSERT INTO notice_versions (notice_id, revision, title, doc_number, issuer, notice_type, body, saved_at) VALUES (?, 1, ?, '', '某镇人民政府', 'dibao', ?, ?)",
        [id, `第${i}批低保公示`, body, at],
      )
    }
  })
  core.close()
}

async function saveLatency(count: number, saves: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-'))
  try {
    await seed(dataDir, count)
    const core = await openCore({ dataDir, shell: 'cli' })
    const target = core.notices.create({ title: '正在编辑的公告', body: sampleBody(0) })
    let revision = target.revision
    const samples: number[] = []
    for (let i = 0; i < saves; i++) {
      const start = performance.now()
      revision = core.notices.update(target.id, revision, { body: `${sampleBody(i)}第${i}次修改` }, null).revision
      samples.push(performance.now() - start)
      // Let deferred work (snapshots) run between saves, as it would between keystrokes.
      await new Promise((resolve) => setImmediate(resolve))
    }
    core.close()
    figure(`durable save p50 at ${count.toLocaleString('en')} notices`, percentile(samples, 50), 'ms')
    figure(`durable save p99 at ${count.toLocaleString('en')} notices`, percentile(samples, 99), 'ms', '< 20 ms')
    if (count >= 10_000) {
      const opens: number[] = []
      for (let i = 0; i < 5; i++) {
        const start = performance.now()
        const reopened = await openCore({ dataDir, shell: 'cli' })
        opens.push(performance.now() - start)
        reopened.close()
      }
      const size = fs.readdirSync(storeDir(dataDir)).reduce((sum, name) => sum + (fs.statSync(path.join(storeDir(dataDir), name)).isFile() ? fs.statSync(path.join(storeDir(dataDir), name)).size : 0), 0)
      figure(`database open at ${count.toLocaleString('en')} notices (first)`, opens[0] ?? Number.NaN, 'ms', '< 500 ms')
      figure(`database open at ${count.toLocaleString('en')} notices (median of 5)`, percentile(opens, 50), 'ms', '< 500 ms')
      figure('store files on disk', size / 1024 / 1024, 'MiB')
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function storeBench(): Promise<void> {
  heading('store (sql.js + fsync journal + snapshots)')
  await saveLatency(1_000, 500)
  await saveLatency(10_000, 500)
}

await storeBench()
