import { describe, expect, it } from 'vitest'
import { documentText, DROPPED_HEADING, gridToBlocks, type ImportedDocument } from '../../../../shared/import/index'
import { scan } from '../../../../shared/pii/index'

const ID = '340705198204150268'

function dibao(): ImportedDocument {
  const { blocks, hidden } = gridToBlocks({
    sheet: '名单',
    index: 1,
    state: 'visible',
    hiddenColumns: new Set([3]),
    merges: ['A1:D1'],
    rows: [
      { row: 1, hidden: false, columns: [1], values: ['白马镇低保对象名单'] },
      { row: 2, hidden: false, columns: [1, 2, 3, 4], values: ['序号', '户主姓名', '身份证号码', '联系电话'] },
      { row: 3, hidden: false, columns: [1, 2, 3, 4], values: ['1', '欧阳娜娜', ID, '13905621234'] },
      { row: 4, hidden: true, columns: [1, 2, 3, 4], values: ['2', '王小明', '340721195601011137', '15805621122'] },
    ],
  })
  hidden.push({ kind: 'comment', location: { sheet: '名单', cell: 'B3' }, text: '联系人孙静，电话13705621111', disposition: 'dropped', author: '张建国' })
  return { format: 'xlsx', name: 'x.xlsx', blocks, hidden, warnings: [] }
}

describe('documentText', () => {
  it('writes tables as tab-separated rows under their header, marks what was hidden, and lists dropped items after the body', () => {
    const view = documentText(dibao())
    const lines = view.text.split('\n')
    expect(lines[0]).toBe('【工作表】名单')
    expect(lines[1]).toBe('白马镇低保对象名单')
    expect(lines[2]).toBe('序号\t户主姓名\t身份证号码（隐藏列）\t联系电话')
    expect(lines[3]).toBe(`1\t欧阳娜娜\t${ID}\t13905621234`)
    expect(lines[4]).toBe('2\t王小明\t340721195601011137\t15805621122\t【隐藏行】')
    const body = view.text.slice(0, view.bodyLength)
    expect(body).not.toContain('孙静')
    expect(view.text.slice(view.bodyLength)).toContain(DROPPED_HEADING)
    expect(view.text.slice(view.bodyLength)).toContain('【批注】批注人姓名：张建国　联系人孙静，电话13705621111')
  })

  it('locates every finding: cell, hidden column, hidden row, dropped comment', () => {
    const view = documentText(dibao())
    const at = (value: string): ReturnType<typeof view.locate> => view.locate(view.text.indexOf(value))
    expect(at('欧阳娜娜')).toEqual({ location: { sheet: '名单', cell: 'B3' } })
    expect(at(ID)).toEqual({ location: { sheet: '名单', cell: 'C3' }, hidden: { kind: 'hiddenColumn', disposition: 'shown' } })
    expect(at('15805621122')).toEqual({ location: { sheet: '名单', cell: 'D4' }, hidden: { kind: 'hiddenRow', disposition: 'shown' } })
    expect(at('13705621111')).toEqual({ location: { sheet: '名单', cell: 'B3' }, hidden: { kind: 'comment', disposition: 'dropped' } })
    expect(at('白马镇低保')).toEqual({ location: { sheet: '名单', cell: 'A1' } })
    // a separator resolves to the next content, never to nothing
    expect(view.locate(view.text.indexOf('\t')).location.sheet).toBe('名单')
  })

  it('keeps the engine’s table awareness: the hidden column’s header still names an ID column', () => {
    const view = documentText(dibao())
    const findings = scan(view.text)
    const ids = findings.filter((f) => f.type === 'ID_CARD')
    expect(ids.map((f) => view.locate(f.start).location.cell)).toEqual(['C3', 'C4'])
    expect(findings.find((f) => f.text === '孙静')).toBeDefined()
    expect(findings.filter((f) => f.start >= view.bodyLength).map((f) => f.type)).toEqual(expect.arrayContaining(['MOBILE', 'PERSON_NAME']))
  })

  it('replaces tabs and line breaks inside a cell one for one, so rows stay lines and offsets stay put', () => {
    const doc: ImportedDocument = {
      format: 'csv',
      name: 'x.csv',
      warnings: [],
      hidden: [],
      blocks: [{ kind: 'table', origin: { format: 'csv' }, index: 1, location: { row: 1, column: 1 }, columns: [{ source: 1 }, { source: 2 }], header: { cells: ['姓名', '住址'], source: 1 }, rows: [{ cells: ['张三', '王岗村\n14组'], source: 2 }] }],
    }
    const view = documentText(doc)
    expect(view.text).toBe('姓名\t住址\n张三\t王岗村 14组\n')
    expect(view.locate(view.text.indexOf('14组'))).toEqual({ location: { row: 2, column: 2 } })
  })

  it('marks tracked insertions inside a paragraph', () => {
    const doc: ImportedDocument = {
      format: 'docx',
      name: 'x.docx',
      warnings: [],
      hidden: [],
      blocks: [{ kind: 'paragraph', text: '新增对象：户主王小明。', style: 'body', location: { part: 'word/document.xml', paragraph: 3 }, marks: [{ start: 5, end: 10, kind: 'trackedInsertion' }] }],
    }
    const view = documentText(doc)
    expect(view.locate(view.text.indexOf('王小明'))).toEqual({ location: { part: 'word/document.xml', paragraph: 3 }, hidden: { kind: 'trackedInsertion', disposition: 'shown' } })
    expect(view.locate(0)).toEqual({ location: { part: 'word/document.xml', paragraph: 3 } })
    expect(view.bodyLength).toBe(view.text.length)
  })

  it('an empty document is empty text', () => {
    const view = documentText({ format: 'csv', name: 'e.csv', blocks: [], hidden: [], warnings: [] })
    expect(view.text).toBe('')
    expect(view.locate(0)).toEqual({ location: {} })
  })
})
