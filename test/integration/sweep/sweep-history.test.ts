import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SweepStatus } from '../../../shared/api/contract-sweep'
import { storeDir } from '../../../electron/services/common/data-dir'
import { migrations } from '../../../electron/services/store/schema'
import { Store } from '../../../electron/services/store/index'
import { listSweptFiles } from '../../../electron/services/sweep/list-files'
import { testCore, type TestCore } from '../accounts/support'
import { handlerCalls } from '../workflow/handler-calls'
import { hashingTimeout, office, people } from '../workflow/support'
import { tempDir } from '../../support/temp-dir'

// 已发布信息排查 kept across restarts (each sweep's summary in the store: folder, who, when, counts, the report's
// folder), the audited start (no path, no value), and the listing of a large tree that never holds up the services.

const idNumber = '110101199003071234'

async function finished(call: ReturnType<typeof handlerCalls>['call'], id: string): Promise<SweepStatus> {
  for (;;) {
    const status = await call('sweep.status', { id })
    if (status.state !== 'running') return status
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('past sweeps', () => {
  it('are listed after the core restarts, with their counts and the report folder; the start is audited without values', async () => {
    const { core: first, dir } = await office()
    let core: TestCore = first
    const { call, signIn } = handlerCalls(() => core)
    try {
      const site = tempDir('sweep-history-site-')
      fs.writeFileSync(path.join(site, 'dibao.html'), `<p>张三 身份证号 ${idNumber}</p><p>公示期为2024年5月5日至5月11日</p>`)
      fs.writeFileSync(path.join(site, 'note.txt'), '春季植树活动通知。\n')
      await signIn(people.drafter)
      const started = await call('sweep.start', { folder: site })
      const running = (await call('sweep.history', {})).items
      expect(running).toHaveLength(1)
      expect(running[0]).toMatchObject({ id: started.id, state: 'running', folder: site, startedBy: people.drafter.login, open: true })
      await finished(call, started.id)
      const out = path.join(tempDir('sweep-history-out-'), 'report')
      await call('sweep.export', { id: started.id, outDir: out })

      const audited = (await call('audit.list', {})).entries.filter((e) => e.event === 'sweep.started')
      expect(audited).toHaveLength(1)
      expect(audited[0]).toMatchObject({ actor: people.drafter.login, subject: started.id })
      expect(JSON.stringify(audited)).not.toContain(site)

      // restart: the results are gone with the process, the summary is not
      core.close()
      core = await testCore({ dataDir: dir, cheapKdf: true })
      await signIn(people.drafter)
      const [past] = (await call('sweep.history', {})).items
      expect(past).toMatchObject({
        id: started.id,
        folder: site,
        startedBy: people.drafter.login,
        state: 'done',
        total: 2,
        swept: 2,
        needsAction: 1,
        findings: 2,
        overdue: 1,
        reportDir: out,
        open: false,
      })
      expect(past.finishedAt).toBeTruthy()
      expect(JSON.stringify(past)).not.toContain(idNumber)
      expect(fs.existsSync(path.join(out, 'report.html'))).toBe(true)
      // another login sees none of it
      await signIn(people.other)
      expect((await call('sweep.history', {})).items).toEqual([])
    } finally {
      core.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, hashingTimeout)

  it('reads a sweep the app was closed during as interrupted', async () => {
    const dataDir = tempDir('sweep-history-data-')
    let core = await testCore({ dataDir })
    const site = tempDir('sweep-history-cut-')
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(site, `p${i}.txt`), '通知。\n')
    const id = core.sweeps.start(site, null).id
    core.close()
    core = await testCore({ dataDir })
    try {
      expect(core.sweeps.history(null).items).toMatchObject([{ id, state: 'interrupted', open: false }])
    } finally {
      core.close()
    }
  })

  it('opens a data folder of the version before, its data still readable', async () => {
    const dataDir = tempDir('sweep-history-old-')
    fs.mkdirSync(storeDir(dataDir), { recursive: true })
    const old = await Store.open({ dir: storeDir(dataDir), migrations: migrations.filter((m) => m.version < 11) })
    old.transaction((tx) => {
      tx.run("INSERT INTO settings (key, value) VALUES ('locale', '\"zh-CN\"')")
      tx.run("INSERT INTO bundle_exports (notice_id, title, bundle_sha256, exported_at, publish_until) VALUES ('n1', '低保公示', 'ab', '2026-01-01T00:00:00Z', '2026-01-08')")
    })
    old.close()
    const core = await testCore({ dataDir })
    try {
      expect(core.store.get<{ value: string }>("SELECT value FROM settings WHERE key = 'locale'")?.value).toBe('"zh-CN"')
      expect(core.expiry.record('n1')).toMatchObject({ title: '低保公示', publishUntil: '2026-01-08' })
      expect(core.sweeps.history(null).items).toEqual([])
    } finally {
      core.close()
    }
  })
})

describe('listing a large tree', () => {
  it('answers other requests while the files are being listed', async () => {
    const site = tempDir('sweep-history-tree-')
    // 400 folders of 25 files: listing takes many turns of the event loop
    for (let d = 0; d < 400; d++) {
      const dir = path.join(site, `d${d}`, 'sub')
      fs.mkdirSync(dir, { recursive: true })
      for (let f = 0; f < 25; f++) fs.writeFileSync(path.join(dir, `p${f}.txt`), '')
    }
    const dataDir = tempDir('sweep-history-tree-data-')
    const core = await testCore({ dataDir })
    const { call } = handlerCalls(() => core)
    try {
      const started = await call('sweep.start', { folder: site })
      expect(started).toMatchObject({ state: 'running', listing: true, total: 0 })
      // requests answered while the listing is under way: a status that has found some files but not all, and
      // another channel altogether in between
      const during: SweepStatus[] = []
      for (;;) {
        const status = await call('sweep.status', { id: started.id })
        if (!status.listing) break
        expect((await call('app.info', {})).shell).toBe('browser')
        during.push(status)
        await new Promise((resolve) => setImmediate(resolve))
      }
      expect(during.some((s) => s.listed > 0 && s.listed < 10_000)).toBe(true)
      expect(during.map((s) => s.listed)).toEqual([...during.map((s) => s.listed)].sort((a, b) => a - b))
      const done = await finished(call, started.id)
      expect(done).toMatchObject({ state: 'done', total: 10_000, listed: 10_000, swept: 10_000 })
    } finally {
      core.close()
    }
  }, 300_000)

  it('lists every file the sweep reads, depth first, and refuses a folder that cannot be read', async () => {
    const site = tempDir('sweep-history-list-')
    fs.mkdirSync(path.join(site, 'b/c'), { recursive: true })
    for (const f of ['a.html', 'b/x.pdf', 'b/c/y.docx', 'b/skip.png', 'z.txt']) fs.writeFileSync(path.join(site, f), '')
    const counts: number[] = []
    expect(await listSweptFiles(site, (n) => counts.push(n))).toEqual(['a.html', 'z.txt', 'b/x.pdf', 'b/c/y.docx'].map((f) => path.join(site, f)))
    expect(counts.at(-1)).toBe(4)
    await expect(listSweptFiles(path.join(site, 'missing'))).rejects.toThrow()
  })
})
