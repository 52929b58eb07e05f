import { describe, expect, it } from 'vitest'
import { gridToBlocks, type GridRow, type TableBlock } from '../../../../shared/import/index'

const row = (r: number, values: (string | null)[], hidden = false): GridRow => {
  const columns: number[] = []
  const vals: string[] = []
  values.forEach((v, i) => {
    if (v !== null) {
      columns.push(i + 1)
      vals.push(v)
    }
  })
  return { row: r, hidden, columns, values: vals }
}

describe('gridToBlocks', () => {
  it('turns the title row above and the 制表人/date rows below into paragraphs, the rest into one table', () => {
    const { blocks } = gridToBlocks({
      sheet: 'S',
      index: 1,
      state: 'visible',
      hiddenColumns: new Set(),
      merges: ['A1:C1', 'A3:A4'],
      rows: [row(1, ['2025年第二季度低保名单公示']), row(2, ['姓名', '人数', '金额']), row(3, ['张三', '2', '900']), row(4, [null, '1', '450']), row(6, ['制表人：李四']), row(7, ['2025年6月1日'])],
    })
    expect(blocks.map((b) => (b.kind === 'paragraph' ? `${b.style}:${b.text}` : 'table'))).toEqual(['title:2025年第二季度低保名单公示', 'table', 'body:制表人：李四', 'date:2025年6月1日'])
    const t = blocks[1] as TableBlock
    expect(t.header.cells).toEqual(['姓名', '人数', '金额'])
    expect(t.rows.map((r) => r.source)).toEqual([3, 4])
    expect(t.rows[1].cells).toEqual(['', '1', '450'])
    expect(t.merges).toEqual([{ row: 1, column: 0, rows: 2, columns: 1 }])
  })

  it('drops empty columns, keeps hidden ones marked, and lists hidden rows, columns and the sheet', () => {
    const { blocks, hidden } = gridToBlocks({
      sheet: '审核',
      index: 2,
      state: 'veryHidden',
      hiddenColumns: new Set([3, 9]),
      merges: [],
      rows: [row(1, [null, '姓名', '身份证号']), row(2, [null, '张三', '340705198204150268']), row(3, [null, '李四', '340721195601011137'], true)],
    })
    const t = blocks[0] as TableBlock
    expect(t.columns).toEqual([{ source: 2 }, { source: 3, hidden: true }])
    expect(t.hidden).toBe('veryHiddenSheet')
    expect(hidden.map((h) => [h.kind, h.location.range ?? h.location.sheet, h.disposition])).toEqual([
      ['veryHiddenSheet', '审核', 'shown'],
      ['hiddenColumn', 'C:C', 'shown'],
      ['hiddenRow', '3:3', 'shown'],
    ])
  })

  it('a sheet of single cells is paragraphs; a csv grid locates by row and column', () => {
    const single = gridToBlocks({ index: 1, state: 'visible', hiddenColumns: new Set(), merges: [], rows: [row(1, ['说明']), row(2, ['见附件'])] })
    expect(single.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph'])
    expect(single.blocks[1].location).toEqual({ row: 2, column: 1 })
  })
})
