import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getPolicy } from '../../../shared/policy/index'
import { mergeSweeps, runSweep, stateName, SweepUsageError, type SweepProgress } from '../../../electron/services/sweep/index'
import { threadCpuMs, workerCpuKey } from '../../../electron/services/sweep/thread-cpu'
import { repoRoot } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'

// The sweep service itself, in this process (the CLI is tested in sweep-cli.test.ts): worker threads started
// from the TypeScript sources, the hooks the CLI prints from, the state file, and its usage errors.

function site(): string {
  const dir = tempDir('sweep-service-')
  fs.mkdirSync(path.join(dir, 'site'))
  fs.writeFileSync(path.join(dir, 'site/a.html'), '<p>身份证号 110101199003071234</p><p>公示期为2024年5月5日至5月11日</p>')
  fs.writeFileSync(path.join(dir, 'site/b.txt'), '联系电话：13812345678\n')
  fs.writeFileSync(path.join(dir, 'site/c.csv'), '姓名,身份证号\n张三,440305198801011231\n')
  fs.copyFileSync(path.join(repoRoot, 'test/fixtures/import/dibao.xlsx'), path.join(dir, 'site/d.xlsx'))
  fs.writeFileSync(path.join(dir, 'site/e.xls'), 'legacy')
  fs.writeFileSync(path.join(dir, 'site/skip.png'), 'not swept')
  return dir
}

const workerCpu = (): number[] => (globalThis as unknown as Record<symbol, number[] | undefined>)[workerCpuKey] ?? []

const summary = (files: { path: string; status: string; findings: { type: string; masked: string; place: string }[] }[]) =>
  files.map((f) => `${path.basename(f.path)} ${f.status} ${f.findings.map((x) => `${x.type}:${x.masked}@${x.place}`).sort().join(',')}`).sort()

describe('sweep service', () => {
  it('gives the same results on worker threads as in this thread, reporting each file and the progress', async () => {
    const dir = site()
    const one = await runSweep({ roots: [path.join(dir, 'site')], outDir: path.join(dir, 'one'), jobs: 1, today: '2026-03-02' })
    const seen: string[] = []
    const progress: SweepProgress[] = []
    const cpuBefore = workerCpu().length
    const two = await runSweep(
      { roots: [path.join(dir, 'site')], outDir: path.join(dir, 'two'), jobs: 2, today: '2026-03-02' },
      { onResult: (r) => seen.push(path.basename(r.path)), onProgress: (p) => progress.push(p) },
    )
    expect(summary(two)).toEqual(summary(one))
    expect(seen.sort()).toEqual(['a.html', 'b.txt', 'c.csv', 'd.xlsx', 'e.xls'])
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 })
    // both workers were used, and each told its thread's CPU time at the end (Linux: the bench prints them)
    if (threadCpuMs() !== undefined) expect(workerCpu().length - cpuBefore).toBe(2)
    expect(one.find((f) => f.path.endsWith('a.html'))?.publicity).toEqual({ end: '2024-05-11', overdue: true })
    expect(one.find((f) => f.path.endsWith('e.xls'))?.status).toBe('legacy')
    for (const out of ['one', 'two']) {
      const written = ['report.html', 'findings.csv', stateName].map((name) => fs.readFileSync(path.join(dir, out, name), 'utf8')).join('\n')
      for (const value of ['110101199003071234', '13812345678', '440305198801011231']) expect(written).not.toContain(value)
    }

    // run again: everything comes from the state file, nothing is swept
    const again: SweepProgress[] = []
    const resumed = await runSweep({ roots: [path.join(dir, 'site')], outDir: path.join(dir, 'one'), jobs: 2, today: '2026-03-02' }, { onProgress: (p) => again.push(p) })
    expect(summary(resumed)).toEqual(summary(one))
    expect(again).toEqual([])
    expect(summary(mergeSweeps([path.join(dir, 'one')], path.join(dir, 'merged')))).toEqual(summary(one))
  })

  it('drops what a policy lets be published and refuses what it cannot run', async () => {
    const dir = site()
    const subsidy = await runSweep({ roots: [path.join(dir, 'site/c.csv')], outDir: path.join(dir, 'out'), jobs: 1, policy: getPolicy('subsidy') })
    expect(subsidy[0].findings.map((f) => [f.type, f.action])).toEqual([['ID_CARD', 'remove']])
    await expect(runSweep({ roots: [path.join(dir, 'missing')], outDir: path.join(dir, 'out'), jobs: 1 })).rejects.toBeInstanceOf(SweepUsageError)
    expect(() => mergeSweeps([path.join(dir, 'site')], path.join(dir, 'merged'))).toThrow(SweepUsageError)
  })
})
