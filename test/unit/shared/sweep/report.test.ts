import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findingsCsv, reportHtml, sortByRisk, type SweepFile } from '../../../../shared/sweep/report'
import { sweepFile } from '../../../../electron/services/sweep/sweep-file'
import { tempDir } from '../../../support/temp-dir'

// The report's words for a file whose stated 公示期 is over (with its end date), the order by risk, and the
// legacy office formats listed with their reason (never skipped).

const overdue: SweepFile = {
  path: '/site/dibao.html',
  status: 'scanned',
  findings: [{ type: 'MOBILE', masked: '138****5678', place: '第2行' }],
  publicity: { end: '2024-05-11', overdue: true },
}
const current: SweepFile = { path: '/site/notice.html', status: 'scanned', findings: [], publicity: { end: '2099-01-01', overdue: false } }
const ids: SweepFile = { path: '/site/ids.html', status: 'scanned', findings: [{ type: 'ID_CARD', masked: '110101********1234', place: '第1行' }] }

describe('the sweep report', () => {
  it('flags 公示期已过仍在网上 with the end date in report.html and findings.csv, and a running 公示期 only by its end', () => {
    const html = reportHtml([overdue, current], (p) => p)
    expect(html).toContain('公示期至 2024-05-11，<strong>公示期已过仍在网上</strong>')
    expect(html).toContain('公示期至 2099-01-01</p>')
    const csv = findingsCsv([overdue, current]).split('\r\n')
    expect(csv[0]).toBe('\ufeff文件,状态,类型,遮盖后的值,位置,公示期截止,公示期已过')
    expect(csv).toContain('/site/dibao.html,已检查,手机号,138****5678,第2行,2024-05-11,是')
    expect(csv).toContain('/site/notice.html,已检查,,,,2099-01-01,')
  })

  it('puts full ID numbers before a mobile on a page whose 公示期 is over, and clean files last', () => {
    expect(sortByRisk([current, overdue, ids]).map((f) => f.path)).toEqual(['/site/ids.html', '/site/dibao.html', '/site/notice.html'])
  })

  it('lists legacy .doc and .xls with the reason, in the report too', async () => {
    const dir = tempDir('sweep-legacy-')
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const results: SweepFile[] = []
    for (const name of ['old.doc', 'old.xls']) {
      fs.writeFileSync(path.join(dir, name), ole)
      const result = await sweepFile(path.join(dir, name), '2026-01-10')
      expect(result).toMatchObject({ status: 'legacy', findings: [] })
      expect(result.reason).toContain(path.extname(name))
      results.push(result)
    }
    const html = reportHtml(results, (p) => p)
    expect(html).toContain('旧格式，请另存为 .docx/.xlsx 后再查：.xls 旧格式无法可靠读取')
    expect(findingsCsv(results)).toContain('old.doc,旧格式，请另存为 .docx/.xlsx 后再查：.doc 旧格式无法可靠读取')
  })
})
