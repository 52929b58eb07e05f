import { describe, expect, it } from 'vitest'
import { describePlace, documentText, hiddenMarker, type ImportedDocument, type TableBlock } from '../../../../shared/import/index'
import { baseTitle, importToNotice, parseDay } from '../../../../shared/import/to-notice'
import { hiddenMarkerCount } from '../../../../shared/workflow/index'

const today = new Date('2026-03-01T00:00:00Z')

const table: TableBlock = {
  kind: 'table',
  origin: { format: 'xlsx', sheet: '名单' },
  index: 1,
  location: { sheet: '名单' },
  columns: [{ source: 1 }, { source: 2, hidden: true }, { source: 3 }],
  header: { cells: ['姓名', '身份证号', '金额'], source: 1 },
  rows: [
    { cells: ['张三', '340705198204150268', '500'], source: 2 },
    { cells: ['李四', '34070519650822153X', '400'], source: 3, hidden: true },
  ],
}

function doc(overrides: Partial<ImportedDocument> = {}): ImportedDocument {
  return {
    format: 'xlsx',
    name: '名单.xlsx',
    blocks: [
      { kind: 'paragraph', text: '低保公示', style: 'title', location: { sheet: '名单', cell: 'A1' } },
      { kind: 'paragraph', text: '某民发〔2026〕3号', style: 'docNumber', location: { sheet: '名单', cell: 'A2' } },
      table,
      { kind: 'paragraph', text: '某镇人民政府', style: 'signature', location: { sheet: '名单', cell: 'A9' } },
      { kind: 'paragraph', text: '2026年3月1日', style: 'date', location: { sheet: '名单', cell: 'A10' } },
    ],
    hidden: [
      { kind: 'hiddenColumn', location: { sheet: '名单', range: 'B:B' }, text: '身份证号', disposition: 'shown' },
      { kind: 'hiddenRow', location: { sheet: '名单', range: '3:3' }, text: '李四 34070519650822153X 400', disposition: 'shown' },
      { kind: 'comment', location: { sheet: '名单', cell: 'A2', part: 'xl/comments1.xml' }, text: '王建国 电话 13905621234', author: '赵六', disposition: 'dropped' },
    ],
    warnings: [{ code: 'numberPrecisionLost', location: { sheet: '名单', cell: 'B3' }, message: { 'zh-CN': '精度', en: 'precision' } }],
    ...overrides,
  }
}

describe('parseDay', () => {
  it('reads the ways a 公文 writes a date and refuses days that do not exist', () => {
    expect(parseDay('2026年3月1日')).toBe('2026-03-01')
    expect(parseDay(' 2026 年 12 月 31 日 ')).toBe('2026-12-31')
    expect(parseDay('2026-03-01')).toBe('2026-03-01')
    expect(parseDay('2026/3/1')).toBe('2026-03-01')
    expect(parseDay('2026年2月30日')).toBeUndefined()
    expect(parseDay('二〇二六年三月一日')).toBeUndefined()
    expect(parseDay('2026年3月1日发布')).toBeUndefined()
  })
})

describe('importToNotice', () => {
  it('takes title, 文号, 落款单位 and 落款日期 from styled paragraphs and leaves the rest as body', () => {
    const { fields } = importToNotice(doc(), '名单.xlsx', { noticeType: 'dibao', today })
    expect(fields).toMatchObject({ title: '低保公示', docNumber: '某民发〔2026〕3号', issuer: '某镇人民政府', signatureDate: '2026-03-01', noticeType: 'dibao', publicityStart: '', publicityEnd: '' })
    expect(fields.body).not.toContain('低保公示')
    expect(fields.body).not.toContain('某镇人民政府')
    expect(fields.body).not.toContain('2026年3月1日')
  })

  it('brings hidden columns and rows in, marked exactly as documentText marks them', () => {
    const { fields } = importToNotice(doc(), '名单.xlsx', { today })
    const lines = fields.body.split('\n')
    expect(lines[0]).toBe('姓名\t身份证号（隐藏列）\t金额')
    expect(lines[1]).toBe('张三\t340705198204150268\t500')
    expect(lines[2]).toBe(`李四\t34070519650822153X\t400\t${hiddenMarker('hiddenRow')}`)
    // the same table lines as the scanner's text
    for (const line of lines) expect(documentText(doc()).text).toContain(line)
    expect(hiddenMarkerCount([fields.body])).toBe(2)
  })

  it('never lets dropped content into the notice, and reports it with its findings', () => {
    const { fields, report } = importToNotice(doc(), '名单.xlsx', { today })
    expect(JSON.stringify(fields)).not.toContain('13905621234')
    expect(JSON.stringify(fields)).not.toContain('赵六')
    const comment = report.hidden.find((h) => h.kind === 'comment')
    expect(comment).toMatchObject({ disposition: 'dropped', label: { 'zh-CN': '批注', en: 'comment' }, where: '名单!A2 批注' })
    expect(comment?.findings).toBeGreaterThanOrEqual(2)
    expect(report.droppedFindings).toEqual(expect.arrayContaining([{ type: 'MOBILE', count: 1 }]))
    // the hidden column is counted by its content (two ID numbers), not by its header
    expect(report.hidden.find((h) => h.kind === 'hiddenColumn')?.findings).toBe(2)
    expect(report).toMatchObject({ format: 'xlsx', paragraphs: 4, tables: 1, rows: 2 })
    expect(report.warnings).toEqual([{ code: 'numberPrecisionLost', message: { 'zh-CN': '精度', en: 'precision' }, where: '名单!B3' }])
  })

  it('uses the file name as title when there is none, and keeps an unreadable date in the body', () => {
    const blocks = doc().blocks.filter((b) => b.kind === 'table' || b.style === 'date').map((b) => (b.kind === 'paragraph' ? { ...b, text: '二〇二六年三月' } : b))
    const { fields } = importToNotice(doc({ blocks }), 'C:\\公示\\名单 2026.xlsx', { today })
    expect(fields.title).toBe('名单 2026')
    expect(fields.signatureDate).toBe('')
    expect(fields.body.split('\n').at(-1)).toBe('二〇二六年三月')
    expect(baseTitle('/tmp/a.b.docx')).toBe('a.b')
  })

  it('marks a hidden sheet, keeps two tables apart and makes a one-column table still a table', () => {
    const hiddenSheet: TableBlock = { ...table, origin: { format: 'xlsx', sheet: '审核' }, location: { sheet: '审核' }, hidden: 'hiddenSheet', columns: [{ source: 1 }], header: { cells: ['意见'], source: 1 }, rows: [{ cells: ['同意'], source: 2 }] }
    const { fields } = importToNotice(doc({ blocks: [table, hiddenSheet] }), 'x.xlsx', { today })
    expect(fields.body.split('\n').slice(3)).toEqual([`${hiddenMarker('hiddenSheet')}审核`, '意见\t', '同意\t'])
    const plain = { ...table, columns: [{ source: 1 }, { source: 2 }, { source: 3 }], rows: [table.rows[0]] }
    expect(importToNotice(doc({ blocks: [plain, plain] }), 'x.xlsx', { today }).fields.body.split('\n')).toContain('')
  })
})

describe('describePlace (the import report in the app)', () => {
  it('names places in words, without package paths or property codes', () => {
    expect(describePlace({ part: 'docProps/core.xml', property: 'dc:creator' })).toBe('文档属性：作者')
    expect(describePlace({ part: 'docProps/core.xml', property: 'cp:lastModifiedBy' })).toBe('文档属性：最后修改人')
    expect(describePlace({ sheet: '低保名单', cell: 'B4', part: 'xl/comments1.xml' })).toBe('低保名单!B4 批注')
    expect(describePlace({ part: 'word/footer1.xml', paragraph: 2 })).toBe('页脚 第2段')
    for (const where of [describePlace({ part: 'word/comments.xml', comment: '3' }), describePlace({ part: 'xl/media/image1.png' })]) expect(where).not.toMatch(/[A-Za-z]/)
  })
})
