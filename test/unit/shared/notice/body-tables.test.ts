import { describe, expect, it } from 'vitest'
import { deleteColumn, findImportMarkers, findTables, tablesAfterEdit, maskCell, maskColumn, tableCellAt } from '../../../../shared/notice/body-tables'
import { HIDDEN_TEXT } from '../../../../shared/redact/index'

const body = [
  '关于2026年3月低保发放情况的公示',
  '序号\t户主姓名\t身份证号\t联系电话\t保障金额',
  '1\t张建国\t340705199001011234\t13812345678\t620',
  '2\t李秀英\t34070519850202232X\t0562-2823683\t580',
  '如有异议，请联系民政办。',
  '姓名\t人数',
  '王五\t3',
].join('\n')

describe('findTables', () => {
  it('finds blocks of tab-separated lines with the same cell count, header first, with ranges', () => {
    const tables = findTables(body)
    expect(tables).toHaveLength(2)
    const [t0, t1] = tables
    expect(t0.headers).toEqual(['序号', '户主姓名', '身份证号', '联系电话', '保障金额'])
    expect(t0.firstLine).toBe(1)
    expect(t0.lastLine).toBe(3)
    expect(body.slice(t0.start, t0.end).split('\n')).toHaveLength(3)
    expect(body.slice(t0.rows[1].start, t0.rows[1].end)).toBe('1\t张建国\t340705199001011234\t13812345678\t620')
    expect(t1.index).toBe(1)
    expect(t1.rows).toHaveLength(2)
  })

  it('does not take a single tabbed line, or lines of different widths, for a table', () => {
    expect(findTables('a\tb\nplain')).toEqual([])
    const split = findTables('a\tb\nc\td\te\nf\tg\th')
    expect(split).toHaveLength(1)
    expect(split[0].headers).toEqual(['c', 'd', 'e'])
  })

  it("keeps an import's hidden-row marker and hidden-column note out of the columns", () => {
    const imported = '姓名\t身份证号（隐藏列）\n张三\t340705199001011234\n李四\t340705198502022328\t【隐藏行】'
    const [table] = findTables(imported)
    expect(table.columns).toBe(2)
    expect(table.rows).toHaveLength(3)
    expect(table.headers).toEqual(['姓名', '身份证号'])
    // the bilingual marks of notices imported by earlier versions read the same
    const [old] = findTables('姓名\t身份证号（隐藏列 hidden column）\n张三\t340705199001011234\n李四\t340705198502022328\t【隐藏行 hidden row】')
    expect(old.columns).toBe(2)
    expect(old.headers).toEqual(['姓名', '身份证号'])
  })

  it('reads CRLF bodies', () => {
    const [table] = findTables('a\tb\r\n1\t2\r\n')
    expect(table.rows[1].cells).toEqual(['1', '2'])
  })
})

describe('deleteColumn', () => {
  it('removes the column from every row and leaves the rest of the body alone', () => {
    const out = deleteColumn(body, 0, 2)
    expect(out).not.toContain('340705')
    expect(out.split('\n')[1]).toBe('序号\t户主姓名\t联系电话\t保障金额')
    expect(out.split('\n')[0]).toBe('关于2026年3月低保发放情况的公示')
    expect(out.split('\n').slice(4)).toEqual(body.split('\n').slice(4))
  })

  it('deletes a hidden column of an imported table, its marker included, keeping the row marker', () => {
    const imported = '姓名\t身份证号（隐藏列）\t人数\n张三\t340705199001011234\t2\n李四\t340705198502022328\t1\t【隐藏行】'
    expect(deleteColumn(imported, 0, 1)).toBe('姓名\t人数\n张三\t2\n李四\t1\t【隐藏行】')
  })

  it('refuses a table or column that does not exist', () => {
    expect(() => deleteColumn(body, 5, 0)).toThrow(RangeError)
    expect(() => deleteColumn(body, 0, 9)).toThrow(RangeError)
  })
})

describe('maskColumn', () => {
  it('masks each cell by the type the header names, and keeps the header', () => {
    const lines = maskColumn(body, 0, 2).split('\n')
    expect(lines[1]).toContain('身份证号')
    expect(lines[2].split('\t')[2]).toBe('340705********1234')
    expect(lines[3].split('\t')[2]).toBe('340705********232X')
    const names = maskColumn(body, 0, 1).split('\n')
    expect(names[2].split('\t')[1]).toBe('张**')
    const phones = maskColumn(body, 0, 3).split('\n')
    expect(phones[2].split('\t')[3]).toBe('138****5678')
    expect(phones[3].split('\t')[3]).not.toContain('2823683')
  })

  it('hides a column whose header names no type, or a value that is not of the type', () => {
    expect(maskColumn(body, 0, 4).split('\n')[2].split('\t')[4]).toBe(HIDDEN_TEXT)
    expect(maskCell('备注', '家住白马镇')).toBe(HIDDEN_TEXT)
    expect(maskCell('姓名', '')).toBe('')
  })
})

describe('tableCellAt', () => {
  it('says which table, row and column an offset is in', () => {
    const tables = findTables(body)
    const at = body.indexOf('34070519850202232X') + 3
    expect(tableCellAt(tables, at)).toEqual({ table: 0, row: 2, header: '身份证号' })
    expect(tableCellAt(tables, 3)).toBeUndefined()
  })
})

describe('findImportMarkers', () => {
  it('finds the hidden row, column and sheet markers an import writes, and nothing else', () => {
    const text = '【隐藏工作表】备用\n姓名\t身份证号（隐藏列）\n张三\t1\t【隐藏行】\n【附件】不是标记'
    const markers = findImportMarkers(text)
    expect(markers.map((m) => m.text)).toEqual(['【隐藏工作表】', '（隐藏列）', '【隐藏行】'])
    expect(text.slice(markers[1].start, markers[1].end)).toBe('（隐藏列）')
  })
})

describe('tablesAfterEdit: a keystroke in a cell', () => {
  const body = ['名单如下：', '序号\t姓名\t电话', '1\t王建国\t13812345678', '2\t李秀英\t13912345678', '3\t张伟\t13712345678', '', '说明\t无', '备注\t无', '以上。'].join('\n')
  const tables = findTables(body)
  const edit = (at: number, remove: number, insert: string): string => body.slice(0, at) + insert + body.slice(at + remove)

  it('gives what parsing the edited text gives, wherever the edit is', () => {
    for (let at = 0; at <= body.length; at++) {
      for (const [remove, insert] of [[0, '东'], [1, ''], [1, '西南']] as const) {
        if (at + remove > body.length) continue
        const after = edit(at, remove, insert)
        const derived = tablesAfterEdit(body, tables, after)
        if (derived) expect(derived).toEqual(findTables(after))
      }
    }
  })

  it('keeps the rows before the edit as they were', () => {
    const after = edit(body.indexOf('李秀英') + 3, 0, '（户主）')
    const derived = tablesAfterEdit(body, tables, after) ?? []
    expect(derived[0]?.rows[1]).toBe(tables[0]?.rows[1])
    expect(derived[0]?.rows[2]?.cells[1]).toBe('李秀英（户主）')
  })

  it('leaves an edit that adds or removes a tab or a line break to a whole parse', () => {
    expect(tablesAfterEdit(body, tables, edit(body.indexOf('王建国'), 0, '\t'))).toBeUndefined()
    expect(tablesAfterEdit(body, tables, edit(body.indexOf('王建国'), 0, '\n'))).toBeUndefined()
    expect(tablesAfterEdit(body, tables, edit(body.indexOf('\t王建国'), 1, ''))).toBeUndefined()
  })
})
