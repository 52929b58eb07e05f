import { describe, expect, it } from 'vitest'
import { findTables } from '../../../../shared/notice/body-tables'
import {
  cellAt,
  cellSpan,
  cellText,
  clipboardGrid,
  deleteRow,
  editCell,
  insertRow,
  pasteCells,
  replaceText,
  segmentBody,
  type TableSegment,
  type TextSegment,
} from '../../../../renderer/features/editor/body-segments'

const intro = '关于2026年3月低保发放情况的公示\n经审核，以下家庭符合条件：'
const table = ['序号\t姓名\t联系电话', '1\t张建国\t13812345678', '2\t李秀英\t13987654321'].join('\n')
const outro = '如有异议，请联系民政办。'
const body = `${intro}\n${table}\n${outro}`

/** The blocks put back together: text, a break, the table, a break, text… (edge blocks add nothing). */
function join(source: string): string {
  const segments = segmentBody(source)
  return segments
    .filter((s) => !(s.kind === 'text' && s.edge))
    .map((s) => source.slice(s.start, s.end))
    .join('\n')
}

const tableOf = (source: string, i = 0) => findTables(source)[i]

describe('segmentBody', () => {
  it('keeps a body without tables as one text block', () => {
    expect(segmentBody('第一行\n第二行')).toEqual([{ kind: 'text', key: 'text-0', start: 0, end: 7, text: '第一行\n第二行' }])
  })

  it('cuts text, table, text; the breaks around the table belong to neither block', () => {
    const segments = segmentBody(body)
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text'])
    const [before, grid, after] = segments as [TextSegment, TableSegment, TextSegment]
    expect(before.text).toBe(intro)
    expect(body.slice(grid.start, grid.end)).toBe(table)
    expect(grid.table.headers).toEqual(['序号', '姓名', '联系电话'])
    expect(after.text).toBe(outro)
    expect(join(body)).toBe(body)
  })

  it('offers an empty block to type into before a table at the start and after one at the end', () => {
    const segments = segmentBody(table)
    expect(segments.map((s) => (s.kind === 'text' ? s.edge : 'table'))).toEqual(['before', 'table', 'after'])
    expect(replaceText(table, segments[0] as TextSegment, '标题')).toBe(`标题\n${table}`)
    expect(replaceText(table, segments[2] as TextSegment, '落款')).toBe(`${table}\n落款`)
    expect(replaceText(table, segments[2] as TextSegment, '')).toBe(table)
  })

  it('round-trips adjacent tables, a blank line between tables and a trailing line break', () => {
    for (const source of [`${table}\na\tb\nc\td`, `${table}\n\n${table}`, `${intro}\n${table}\n`, `\n${table}`]) {
      expect(join(source)).toBe(source)
    }
    expect(segmentBody(`${table}\n\n${table}`).map((s) => s.kind)).toEqual(['text', 'table', 'text', 'table', 'text'])
  })

  it('maps a text edit back to the body', () => {
    const after = segmentBody(body)[2] as TextSegment
    expect(replaceText(body, after, '联系电话：0562-1234567')).toBe(`${intro}\n${table}\n联系电话：0562-1234567`)
  })
})

describe('cells', () => {
  it('gives each cell its span in the body, and finds the cell of an offset', () => {
    const t = tableOf(body)
    const span = cellSpan(t, 2, 2)
    expect(body.slice(span.start, span.end)).toBe('13987654321')
    expect(cellAt(t, span.start + 3)).toEqual({ row: 2, column: 2, ...span })
    expect(cellAt(t, span.end)).toMatchObject({ row: 2, column: 2 })
    expect(cellAt(t, body.indexOf('张建国'))).toMatchObject({ row: 1, column: 1 })
    expect(cellAt(t, 0)).toBeUndefined()
  })

  it('edits one cell and nothing else; tabs and line breaks typed into a cell become spaces', () => {
    const t = tableOf(body)
    const next = editCell(body, t, 1, 1, '张\t建\n国')
    expect(next).toBe(body.replace('张建国', '张 建 国'))
    expect(findTables(next)[0].rows[1].cells).toEqual(['1', '张 建 国', '13812345678'])
    expect(cellText('a\r\nb')).toBe('a b')
    // an emptied cell keeps its place
    expect(findTables(editCell(body, t, 2, 0, ''))[0].rows[2].cells).toEqual(['', '李秀英', '13987654321'])
  })

  it('deletes a middle row, the last row, and keeps the header', () => {
    const t = tableOf(body)
    expect(deleteRow(body, t, 1)).toBe(body.replace('1\t张建国\t13812345678\n', ''))
    expect(deleteRow(body, t, 2)).toBe(body.replace('\n2\t李秀英\t13987654321', ''))
    expect(() => deleteRow(body, t, 0)).toThrow(RangeError)
    // the table left with its header alone is a line of text again
    const once = deleteRow(body, t, 2)
    expect(findTables(deleteRow(once, tableOf(once), 1))).toEqual([])
  })

  it('adds an empty row after a row', () => {
    const next = insertRow(body, tableOf(body), 2)
    expect(findTables(next)[0].rows.map((r) => r.cells)).toEqual([
      ['序号', '姓名', '联系电话'],
      ['1', '张建国', '13812345678'],
      ['2', '李秀英', '13987654321'],
      ['', '', ''],
    ])
    expect(next.endsWith(`\t\t\n${outro}`)).toBe(true)
  })

  it('pastes a block of cells to the right and below, adding rows and leaving out extra columns', () => {
    const grid = clipboardGrid('王五\t13700000000\t多余\r\n赵六\t13600000000\r\n')
    expect(grid).toEqual([
      ['王五', '13700000000', '多余'],
      ['赵六', '13600000000'],
    ])
    const next = pasteCells(body, tableOf(body), 2, 1, grid)
    expect(findTables(next)[0].rows.map((r) => r.cells)).toEqual([
      ['序号', '姓名', '联系电话'],
      ['1', '张建国', '13812345678'],
      ['2', '王五', '13700000000'],
      ['', '赵六', '13600000000'],
    ])
    expect(next.startsWith(`${intro}\n`)).toBe(true)
    expect(next.endsWith(`\n${outro}`)).toBe(true)
  })
})
