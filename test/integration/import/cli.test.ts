// The CLI with real office files: scan and redact .xlsx/.docx/.csv as contracts.md §1 says, and exit 2
// with one line for each bad input.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentText } from '../../../shared/import/index'
import { importFile } from '../../../electron/services/import/index'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'
import { cfbBytes } from './make-cfb'

const fixture = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/import', name)
type Scanned = { type: string; start: number; end: number; text: string; location?: Record<string, unknown>; hidden?: { kind: string; disposition: string } }
type ScanDoc = { files: { path: string; findings: Scanned[]; warnings?: { code: string }[]; hidden?: { kind: string }[] }[] }

const ids = ['340705198204150268', '341723197211303620', '34070519650822153X', '340721195601011000']
const phones = ['13905621234', '15805621122', '13805620001', '0562-2881234', '13705621111', '13705628888']

describe('countersign scan with .xlsx, .docx and .csv', () => {
  it('gives every finding a location; offsets index the extracted text; hidden content carries its kind', async () => {
    const run = await cli(['scan', '--json', fixture('dibao.xlsx'), fixture('notice.docx'), fixture('roster-gbk.csv')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const [xlsx, docx, csv] = (JSON.parse(run.stdout) as ScanDoc).files
    for (const [file, doc] of [
      ['dibao.xlsx', xlsx],
      ['notice.docx', docx],
    ] as const) {
      const text = documentText(await importFile(fixture(file))).text
      for (const f of doc.findings) {
        expect(text.slice(f.start, f.end), file).toBe(f.text)
        expect(f.location, `${file} ${f.type}`).toBeDefined()
      }
    }
    expect(xlsx.findings.find((f) => f.text === '340705198204150268')).toMatchObject({ type: 'ID_CARD', location: { sheet: '低保名单', cell: 'C3' }, hidden: { kind: 'hiddenColumn', disposition: 'shown' } })
    expect(xlsx.findings.find((f) => f.text === '13705621111')).toMatchObject({ location: { sheet: '低保名单', cell: 'B4' }, hidden: { kind: 'comment', disposition: 'dropped' } })
    expect(xlsx.warnings?.map((w) => w.code)).toEqual(['numberPrecisionLost'])
    expect(xlsx.hidden?.map((h) => h.kind)).toEqual(expect.arrayContaining(['hiddenColumn', 'hiddenRow', 'hiddenSheet', 'comment', 'property']))
    expect(docx.findings.find((f) => f.text === '0562-2881234' && f.hidden)).toMatchObject({ location: { part: 'word/header1.xml' }, hidden: { kind: 'header' } })
    expect(docx.findings.find((f) => f.type === 'ID_CARD' && !f.hidden)?.location).toMatchObject({ part: 'word/document.xml', table: 1, row: 2, column: 3 })
    // GBK decoded: offsets index the decoded text, location is row and column
    expect(csv.findings.find((f) => f.text === '欧阳娜娜')).toMatchObject({ location: { row: 2, column: 2 } })
  })

  it('prints locations, warnings and a summary of hidden content for people', async () => {
    const run = await cli(['scan', fixture('dibao.xlsx')])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/ID_CARD .* @ 低保名单!C3（隐藏列 hidden column）/)
    expect(run.stdout).toMatch(/MOBILE .* @ 低保名单!B4 xl\/comments1\.xml（批注 comment，不发布 not published）/)
    expect(run.stdout).toContain('Excel 只保留15位有效数字')
    expect(run.stdout).toMatch(/隐藏内容 hidden content: .*隐藏列 hiddenColumn ×1/)
  })
})

describe('countersign redact with .xlsx and .docx', () => {
  it('writes the body redacted — hidden rows, columns and sheets marked and redacted, dropped content absent', async () => {
    const out = tempDir()
    const run = await cli(['redact', '--policy', 'strict', '--out', out, '--json', fixture('dibao.xlsx'), fixture('notice.docx')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const xlsx = fs.readFileSync(path.join(out, 'dibao.redacted.txt'), 'utf8')
    const docx = fs.readFileSync(path.join(out, 'notice.redacted.txt'), 'utf8')
    for (const text of [xlsx, docx]) {
      for (const value of [...ids, ...phones, '欧阳娜娜', '刘德明', '孙静', '张建国', '李秀英', '王卫东', '肺结核']) expect(text, value).not.toContain(value)
      expect(text).not.toContain('【以下内容不会发布')
    }
    expect(xlsx).toContain('身份证号码（隐藏列）')
    expect(xlsx).toContain('【隐藏行】')
    expect(xlsx).toContain('【隐藏工作表】审核记录')
    expect(docx.split('\n')[0]).toBe('关于白马镇2025年第二季度最低生活保障对象的公示')
    const doc = JSON.parse(run.stdout) as { files: { entries: { location?: { sheet?: string } }[]; dropped?: { type: string; hidden?: { kind: string } }[] }[] }
    const [x, d] = doc.files
    expect(x.entries.every((e) => e.location?.sheet)).toBe(true)
    expect(x.dropped?.map((e) => e.hidden?.kind)).toEqual(expect.arrayContaining(['comment', 'property']))
    expect(d.dropped?.map((e) => e.hidden?.kind)).toEqual(expect.arrayContaining(['header', 'footer', 'comment', 'trackedDeletion', 'hiddenText', 'altText', 'property']))
    for (const value of [...ids, ...phones]) expect(run.stdout, value).not.toContain(value)
  })
})

describe('countersign with bad office files', () => {
  for (const [name, make, expected] of [
    ['legacy.doc', (): string => fixture('legacy.doc'), /旧版 Word .*\.docx/],
    ['encrypted.xlsx', (dir: string): string => write(dir, 'encrypted.xlsx', cfbBytes(['EncryptionInfo', 'EncryptedPackage'])), /加密.*password/],
    ['cut.xlsx', (dir: string): string => write(dir, 'cut.xlsx', fs.readFileSync(fixture('dibao.xlsx')).subarray(0, 3000)), /损坏.*damaged/],
  ] as const) {
    it(`${name}: exit 2, one line naming the file and the problem, nothing written`, async () => {
      const dir = tempDir()
      const file = make(dir)
      const out = path.join(dir, 'out')
      const run = await cli(['redact', '--policy', 'strict', '--out', out, file])
      expect(run.code).toBe(2)
      const lines = run.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`countersign: ${file}: `)
      expect(lines[0]).toMatch(expected)
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(fs.existsSync(out)).toBe(false)
    })
  }
})

function write(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return file
}
