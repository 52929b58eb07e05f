import { describe, expect, it } from 'vitest'
import { findTables } from '../../../../shared/notice/body-tables'
import type { Mark } from '../../../../renderer/features/findings/layer-lines'
import { cellMarks } from '../../../../renderer/features/editor/grid-layout'

/** A list of 40 rows with a mark on every name and phone, and one spanning a row's end. */
function fixture(): { body: string; marks: Mark[] } {
  const rows = Array.from({ length: 40 }, (_, i) => `${i + 1}\t王${'建秀明华'[i % 4]}国\t1381234${String(1000 + i)}`)
  const body = ['公示如下：', '序号\t姓名\t电话', ...rows, '完'].join('\n')
  const marks: Mark[] = []
  let at = 0
  for (const name of body.matchAll(/王.国|1381234\d{4}/g)) {
    marks.push({ key: `m${at++}`, start: name.index, end: name.index + name[0].length, severity: 'high', state: 'hidden' })
  }
  // two marks in one cell (row 3's phone): the selected one wins
  const second = marks[5]
  marks.splice(6, 0, { ...second, key: 'selected', start: second.start + 1 })
  return { body, marks }
}

describe('grid cell marks', () => {
  it('for a range of rows, gives exactly the whole table’s marks of those rows', () => {
    const { body, marks } = fixture()
    const [table] = findTables(body)
    const whole = cellMarks(table, marks, 'selected')
    expect(whole.size).toBe(40)
    for (const [first, last] of [[0, 0], [1, 1], [3, 9], [38, 40], [1, 40], [0, 40], [12, 11]] as const) {
      const part = cellMarks(table, marks, 'selected', [first, last])
      const expected = [...whole].filter(([row]) => row >= first && row <= last)
      expect([...part], `${first}..${last}`).toEqual(expected)
    }
  })

  it('puts the selected mark of a cell first', () => {
    const { body, marks } = fixture()
    const [table] = findTables(body)
    expect(cellMarks(table, marks, 'selected', [3, 3]).get(3)?.get(2)?.key).toBe('selected')
    expect(cellMarks(table, marks, undefined, [3, 3]).get(3)?.get(2)?.key).toBe(marks[5].key)
  })
})
