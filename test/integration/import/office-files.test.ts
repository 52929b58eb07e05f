// Files made by a real office suite (LibreOffice, scripts/import-build-fixtures.ts): what is in them,
// hidden parts included, and where the scanner finds what.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentText, type ImportedDocument, type ParagraphBlock, type TableBlock } from '../../../shared/import/index'
import { scan } from '../../../shared/pii/index'
import { importFile } from '../../../electron/services/import/index'

const fixture = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/import', name)

function findingsOf(doc: ImportedDocument): { type: string; text: string; where: string; hidden?: string; published: boolean }[] {
  const view = documentText(doc)
  return scan(view.text).map((f) => {
    const at = view.locate(f.start)
    const where = at.location.cell ? `${at.location.sheet}!${at.location.cell}` : (at.location.property ?? at.location.part ?? '')
    return { type: f.type, text: f.text, where, ...(at.hidden ? { hidden: at.hidden.kind } : {}), published: f.start < view.bodyLength }
  })
}

describe('import of dibao.xlsx (LibreOffice Calc)', () => {
  it('brings every sheet in, hidden ones marked, with the title, table and signature lines in order', async () => {
    const progress: number[] = []
    const doc = await importFile(fixture('dibao.xlsx'), { onProgress: (f) => progress.push(f) })
    expect(doc.format).toBe('xlsx')
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.style : `table:${b.origin.format === 'xlsx' ? b.origin.sheet : ''}`))).toEqual(['title', 'table:低保名单', 'body', 'date', 'table:审核记录'])
    const list = doc.blocks[1] as TableBlock
    expect(list.header.cells).toEqual(['序号', '户主姓名', '身份证号码', '联系电话', '家庭住址', '保障人数', '月保障金额（元）'])
    expect(list.columns.filter((c) => c.hidden).map((c) => c.source)).toEqual([3])
    expect(list.rows.map((r) => [r.source, r.hidden ?? false])).toEqual([[3, false], [4, false], [5, true], [6, false]])
    expect((doc.blocks[4] as TableBlock).hidden).toBe('hiddenSheet')
    expect((doc.blocks[0] as ParagraphBlock).location).toEqual({ sheet: '低保名单', cell: 'A1' })
    expect(progress.at(-1)).toBe(1)
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1])).toBe(true)
  })

  it('lists the hidden column, row and sheet, the comment with its author, and the document properties', async () => {
    const doc = await importFile(fixture('dibao.xlsx'))
    const kinds = doc.hidden.map((h) => `${h.kind}:${h.disposition}`)
    expect(kinds).toEqual(expect.arrayContaining(['hiddenColumn:shown', 'hiddenRow:shown', 'hiddenSheet:shown', 'comment:dropped', 'property:dropped']))
    expect(doc.hidden.find((h) => h.kind === 'comment')).toMatchObject({ location: { sheet: '低保名单', cell: 'B4' }, author: '张建国' })
    expect(doc.hidden.filter((h) => h.kind === 'property').map((h) => h.location.property)).toEqual(expect.arrayContaining(['dc:creator', 'cp:lastModifiedBy', '经办人']))
  })

  it('surfaces the ID stored as a number: the digits Excel kept, and a warning at the cell', async () => {
    const doc = await importFile(fixture('dibao.xlsx'))
    const list = doc.blocks[1] as TableBlock
    expect(list.rows[1].cells[2]).toBe('340721195601011000')
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'numberPrecisionLost', location: { sheet: '低保名单', cell: 'C4' } })])
  })

  it('scans hidden content too: each finding says where it is and in what', async () => {
    const findings = findingsOf(await importFile(fixture('dibao.xlsx')))
    expect(findings).toEqual(
      expect.arrayContaining([
        { type: 'ID_CARD', text: '340705198204150268', where: '低保名单!C3', hidden: 'hiddenColumn', published: true },
        { type: 'PERSON_NAME', text: '刘德明', where: '低保名单!B5', hidden: 'hiddenRow', published: true },
        { type: 'PERSON_NAME', text: '刘德明', where: '审核记录!A2', hidden: 'hiddenSheet', published: true },
        { type: 'MOBILE', text: '13705621111', where: '低保名单!B4', hidden: 'comment', published: false },
        { type: 'PERSON_NAME', text: '张建国', where: 'dc:creator', hidden: 'property', published: false },
        { type: 'PERSON_NAME', text: '李秀英', where: 'cp:lastModifiedBy', hidden: 'property', published: false },
      ]),
    )
    // the ID whose last digits Excel lost is still found, in its hidden column
    expect(findings.find((f) => f.where === '低保名单!C4')).toMatchObject({ type: 'ID_CARD', hidden: 'hiddenColumn' })
  })
})

describe('import of notice.docx (LibreOffice Writer)', () => {
  it('reads title, 文号, body, the table and the 落款, with tracked changes accepted', async () => {
    const doc = await importFile(fixture('notice.docx'))
    expect(doc.format).toBe('docx')
    const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph')
    expect(paragraphs.map((p) => p.style)).toEqual(['title', 'docNumber', 'body', 'body', 'body', 'signature', 'date'])
    expect(paragraphs[3].text).toBe('本季度新增对象：户主王小明，联系电话15805621122。公示期为7天。')
    expect(paragraphs[3].marks).toEqual([{ start: 8, end: 29, kind: 'trackedInsertion' }])
    // hidden text is not in the body
    expect(paragraphs[4].text).toBe('备注：如有异议请反映。')
    const table = doc.blocks.find((b): b is TableBlock => b.kind === 'table')
    expect(table?.header.cells).toEqual(['序号', '户主姓名', '身份证号码', '联系电话', '家庭住址'])
    expect(table?.rows).toHaveLength(2)
    expect(doc.warnings.map((w) => w.code)).toEqual(['trackedChanges'])
  })

  it('lists header, footer, comment, tracked deletion, hidden text, alt text, image and properties — and scans them', async () => {
    const doc = await importFile(fixture('notice.docx'))
    expect(new Set(doc.hidden.map((h) => h.kind))).toEqual(new Set(['trackedInsertion', 'trackedDeletion', 'hiddenText', 'altText', 'property', 'header', 'footer', 'comment', 'image']))
    const findings = findingsOf(doc)
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'LANDLINE', text: '0562-2881234', hidden: 'header', published: false }),
        expect.objectContaining({ type: 'MOBILE', text: '13705628888', hidden: 'footer', published: false }),
        expect.objectContaining({ type: 'MOBILE', text: '13905621234', hidden: 'comment', published: false }),
        expect.objectContaining({ type: 'ID_CARD', text: '341723197211303620', hidden: 'trackedDeletion', published: false }),
        expect.objectContaining({ type: 'HEALTH', hidden: 'hiddenText', published: false }),
        expect.objectContaining({ type: 'ID_CARD', text: '340705198204150268', hidden: 'altText', published: false }),
        expect.objectContaining({ type: 'MOBILE', text: '15805621122', hidden: 'trackedInsertion', published: true }),
      ]),
    )
    // nothing hidden reaches the body silently: every body finding outside the table is either plain body text or marked
    const view = documentText(doc)
    const body = view.text.slice(0, view.bodyLength)
    for (const secret of ['肺结核', '13705628888', '0562-2881234\n', '刘德明', '张建国']) expect(body, secret).not.toContain(secret)
  })
})

describe('import of CSV exported by LibreOffice', () => {
  it('reads GBK and UTF-8 with BOM to the same table', async () => {
    const gbk = await importFile(fixture('roster-gbk.csv'))
    const bom = await importFile(fixture('roster-utf8-bom.csv'))
    expect(gbk.blocks).toEqual(bom.blocks)
    const t = gbk.blocks[0] as TableBlock
    expect(t.header.cells).toEqual(['序号', '姓名', '身份证号码', '联系电话', '家庭住址'])
    expect(t.rows[0].cells[4]).toBe('铜陵市郊区白马镇王岗村14组79号，"老宅"')
    expect(gbk.warnings.map((w) => w.code)).toEqual(['encodingGuessed'])
    expect(bom.warnings).toEqual([])
  })
})
