// Exporting a notice with a 10,000-row table: HTML, TXT, PDF, both signatures, the zip — and verifying it.
// Target (issue 4): the export under 5 s, verification under 1 s. Run: npm run bench -- export
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readZip, verifyBundleZip } from '../electron/services/bundle/index'
import { openCore } from '../electron/services/core'
import { createChromiumPrinter } from '../electron/services/pdf/index'
import { bundlePaths } from '../shared/bundle/layout'
import { figure, heading } from './support'
import { drafterOf } from '../test/support/acting'

const rows = 10_000
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'

/** A valid 18-digit ID for row i (GB 11643 check digit). */
function idNumber(i: number): string {
  const birth = `19${String(50 + (i % 45)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`
  const body = `340705${birth}${String(i % 1000).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((acc, d, k) => acc + Number(d) * (weights[k] ?? 0), 0)
  return body + '10X98765432'[sum % 11]
}

function table(): string {
  const lines = ['序号\t姓名\t身份证号\t联系电话\t家庭住址\t保障金额（元）']
  for (let i = 0; i < rows; i++) {
    const name = `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${given[(i * 13) % given.length]}`
    lines.push(`${i + 1}\t${name}\t${idNumber(i)}\t1${String(3 + (i % 7))}${String(10_000_000 + i * 37).slice(0, 9)}\t白马镇王岗村${1 + (i % 12)}组${1 + (i % 80)}号\t${300 + (i % 50) * 10}`)
  }
  return `经入户调查、民主评议，现将2026年第一季度城乡居民最低生活保障对象名单公示如下：\n${lines.join('\n')}\n公示期为7天。`
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-export-'))
  const printer = createChromiumPrinter()
  const core = await openCore({ dataDir: dir, shell: 'cli', pdf: printer })
  try {
    heading(`export of a notice with a ${rows.toLocaleString('en')}-row table (HTML, TXT, PDF${printer ? '' : ' — no Chromium here, so none'}, signed)`)
    const admin = { login: 'admin', password: 'bench-admin-password-1' }
    await core.accounts.create({ login: 'admin', name: '管理员', roles: ['admin'], password: admin.password })
    const drafter = { login: 'zhang', password: 'bench-drafter-password-1' }
    const reviewer = { login: 'li', password: 'bench-reviewer-password-1' }
    await core.accounts.create({ login: drafter.login, name: '张起草', roles: ['drafter'], password: drafter.password }, admin)
    await core.accounts.create({ login: reviewer.login, name: '李审核', roles: ['reviewer'], password: reviewer.password }, admin)
    // the password → key unlock (two scrypt runs, N = 2^17) is timed apart from the export's own work
    let t = performance.now()
    await core.accounts.unlockSigningKeys(drafter.login, drafter.password, { sm2: false })
    const unlock = performance.now() - t

    const notice = await core.workflow.create({ title: '2026年第一季度城乡低保公示', body: table(), noticeType: 'dibao' }, { actor: drafter })
    t = performance.now()
    const review = core.workflow.render(notice.id).review
    const scan = performance.now() - t
    for (const item of review.reviewed) {
      if (item.resolution.status === 'unresolved' || item.resolution.status === 'blocking') {
        core.decisions.decide({ id: notice.id, key: item.finding.key, type: item.finding.type, action: 'remove' }, drafterOf(core, notice.id))
      }
    }
    // warm the printer's browser so the figure is the print, not Chromium's cold start (reported apart)
    t = performance.now()
    if (printer) await printer.print('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>预热</title></head><body>预热</body></html>')
    const launch = performance.now() - t

    t = performance.now()
    await core.workflow.submit(notice.id, drafter)
    const submit = performance.now() - t
    t = performance.now()
    await core.workflow.approve(notice.id, reviewer)
    const approve = performance.now() - t
    t = performance.now()
    const bundle = await core.workflow.export(notice.id, { account: core.accounts.get(drafter.login) })
    const exported = performance.now() - t

    const total = submit + approve + exported
    figure('findings in the table', review.reviewed.length, '')
    figure('scan + policy of the whole notice', scan, 'ms')
    figure('Chromium start for PDF (once per app run)', launch, 'ms')
    figure('password → key unlock (scrypt N=2^17, ×2), per signature', unlock, 'ms')
    figure('submit: render, PDF, drafter signature', submit, 'ms')
    figure('approve: re-render, reviewer signature', approve, 'ms')
    figure('export: re-render, check, zip', exported, 'ms')
    figure('export pipeline (submit + approve + export)', total, 'ms', '< 5000 ms')
    figure('… of which password unlocks', 2 * unlock, 'ms')
    const files = readZip(bundle.bytes)
    figure('bundle size', bundle.bytes.length / 1024 / 1024, 'MiB')
    const pdf = files.get(bundlePaths.pdf)
    if (pdf) figure('PDF size', pdf.length / 1024 / 1024, 'MiB')

    const trust = core.trust.build()
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      t = performance.now()
      const result = verifyBundleZip(bundle.bytes, trust)
      times.push(performance.now() - t)
      if (!result.ok) throw new Error('the bundle did not verify')
    }
    figure('verify (median of 5)', [...times].sort((a, b) => a - b)[2] ?? Number.NaN, 'ms', '< 1000 ms')
  } finally {
    core.close()
    await printer?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
