import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SweepStatus } from '../../../shared/api/contract-sweep'
import { ServiceError } from '../../../shared/api/result'
import type { SweepFile } from '../../../shared/sweep/report'
import { exportReports, ExportCancelledError } from '../../../electron/services/sweep/report-export'
import { SweepService } from '../../../electron/services/sweep/sweep-service'
import type { TestCore } from '../accounts/support'
import { hashingTimeout, office } from '../workflow/support'
import { tempDir } from '../../support/temp-dir'

// The app's report export of a large sweep runs on a worker thread: the services answer other requests while it
// is written (seen through the progress the status reports — no clock involved), it can be cancelled without
// leaving half a report, and what it writes is the report `countersign sweep` writes.

/** How many files the stand-in sweep reports: enough that writing the report takes many progress steps. */
const fileCount = 20_000

/** A swept file as a sweep reports it: masked values only. */
const swept = (file: string, i: number): SweepFile => ({
  path: file,
  status: 'scanned',
  findings: [
    { type: 'ID_CARD', masked: `110101********${String(i % 10_000).padStart(4, '0')}`, place: `第${i + 1}行` },
    { type: 'MOBILE', masked: '138****5678', place: '第2行' },
  ],
  ...(i % 7 === 0 ? { publicity: { end: '2024-05-11', overdue: true } } : {}),
})

let core: TestCore
let dispose: () => void
let site: string
let sweeps: SweepService

beforeAll(async () => {
  ;({ core, dispose } = await office())
  site = tempDir('sweep-export-site-')
  fs.writeFileSync(path.join(site, 'index.html'), '<p>通知</p>')
  // the files listed are one page; the stand-in answers as if the folder held fileCount pages
  sweeps = new SweepService({
    store: core.store,
    audit: core.audit,
    hasAccounts: () => false,
    now: () => new Date('2026-01-10T08:00:00Z'),
    sweepFiles: (todo, _options, done) => {
      for (let i = 0; i < fileCount; i++) done(todo[0], swept(path.join(site, `p${i}.html`), i))
      return Promise.resolve()
    },
  })
}, hashingTimeout)
afterAll(() => dispose())

async function finished(id: string): Promise<SweepStatus> {
  for (;;) {
    const status = sweeps.status(id, null)
    if (status.state !== 'running') return status
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** Asks for the status (another request) until the export has written some files and not yet all. */
async function midway(id: string): Promise<{ done: number; total: number }> {
  for (;;) {
    const { exporting } = sweeps.status(id, null)
    if (exporting && exporting.done > 0 && exporting.done < exporting.total) return exporting
    await new Promise((resolve) => setImmediate(resolve))
  }
}

describe('the app exports a large sweep off the services thread', () => {
  it('answers other requests while the report is written, says how far it has got, and can be cancelled', async () => {
    const { id } = sweeps.start(site, null)
    expect(await finished(id)).toMatchObject({ state: 'done', swept: fileCount })
    const out = path.join(tempDir('sweep-export-out-'), 'report')

    // the services answer status and history requests while the worker writes: progress moves and is seen
    const cancelled = sweeps.export(id, out, null)
    const seen = await midway(id)
    expect(seen.total).toBe(fileCount)
    expect(sweeps.history(null).items.find((s) => s.id === id)).toMatchObject({ state: 'done', swept: fileCount })
    // a second export of the same sweep waits its turn
    await expect(sweeps.export(id, out, null)).rejects.toMatchObject({ code: 'conflict' })
    expect(sweeps.cancelExport(id, null)).toEqual({ cancelled: true })
    const refused = await cancelled.then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(ServiceError)
    expect(refused).toMatchObject({ code: 'conflict' })
    expect((refused as ServiceError).message).toContain('导出已取消')
    // nothing half-written is left, and the status no longer shows an export
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([])
    expect(sweeps.status(id, null).exporting).toBeUndefined()
    expect(sweeps.cancelExport(id, null)).toEqual({ cancelled: false })

    // run to the end: progress seen midway again, then the whole report, riskiest first, no export left running
    const whole = sweeps.export(id, out, null)
    await midway(id)
    const written = await whole
    expect(written.files.map((f) => path.basename(f))).toEqual(['report.html', 'findings.csv'])
    expect(fs.readdirSync(out).sort()).toEqual(['findings.csv', 'report.html'])
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8')
    expect(html.match(/<section>/g)).toHaveLength(fileCount)
    expect(html).toContain(`共 ${fileCount} 个文件`)
    expect(html.endsWith('</body></html>\n')).toBe(true)
    const csv = fs.readFileSync(path.join(out, 'findings.csv'))
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // a header and two findings per file; the overdue pages (risk +10) come first
    const lines = csv.toString('utf8').split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(1 + 2 * fileCount)
    expect(lines[1]).toMatch(/,2024-05-11,是$/)
    expect(sweeps.status(id, null).exporting).toBeUndefined()
    expect(sweeps.history(null).items.find((s) => s.id === id)?.reportDir).toBe(out)
  })

  it('writes exactly the report the CLI writes, and stops at once when cancelled before it starts', async () => {
    const results = Array.from({ length: 1_234 }, (_, i) => swept(path.join(site, `q${i}.html`), i))
    const out = tempDir('sweep-export-same-')
    const steps: number[] = []
    await exportReports(out, results, { onProgress: (done) => steps.push(done) })
    expect(steps.at(-1)).toBe(results.length)
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    const { writeReports } = await import('../../../electron/services/sweep/run-sweep')
    const cli = tempDir('sweep-export-cli-')
    writeReports(cli, results)
    for (const name of ['report.html', 'findings.csv']) {
      expect(fs.readFileSync(path.join(out, name), 'utf8')).toBe(fs.readFileSync(path.join(cli, name), 'utf8'))
    }
    const abort = new AbortController()
    abort.abort()
    const none = tempDir('sweep-export-none-')
    await expect(exportReports(none, results, { signal: abort.signal })).rejects.toBeInstanceOf(ExportCancelledError)
    expect(fs.readdirSync(none)).toEqual([])
  })
})
