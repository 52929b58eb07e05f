import { describe, expect, it } from 'vitest'
import { diffRows } from '../../../../renderer/features/review/diff-hunks'
import type { DiffLine } from '../../../../shared/api/contract-workflow'

const same = (text: string): DiffLine => ({ op: 'same', text })
const lines = (count: number, prefix = 'l') => Array.from({ length: count }, (_, i) => same(`${prefix}${i + 1}`))

describe('diffRows', () => {
  it('keeps two lines of context around a change and folds the rest', () => {
    const rows = diffRows([...lines(10, 'a'), { op: 'del', text: 'old' }, { op: 'add', text: 'new' }, ...lines(10, 'b')])
    expect(rows.map((row) => (row.kind === 'fold' ? `…${row.count}` : `${row.line.op}:${row.line.text}`))).toEqual([
      '…8',
      'same:a9',
      'same:a10',
      'del:old',
      'add:new',
      'same:b1',
      'same:b2',
      '…8',
    ])
  })

  it('folded rows hold the lines they hide, so unfolding shows every one', () => {
    const rows = diffRows([...lines(6), { op: 'add', text: 'x' }])
    const fold = rows[0]
    expect(fold?.kind).toBe('fold')
    expect(fold?.kind === 'fold' ? fold.lines.map((line) => line.text) : []).toEqual(['l1', 'l2', 'l3', 'l4'])
  })

  it('does not fold a run that would hide a single line, nor one between two close changes', () => {
    const input: DiffLine[] = [{ op: 'add', text: 'x' }, ...lines(5), { op: 'del', text: 'y' }]
    expect(diffRows(input).every((row) => row.kind === 'line')).toBe(true)
    expect(diffRows([...lines(3), { op: 'add', text: 'x' }]).every((row) => row.kind === 'line')).toBe(true)
  })

  it('folds an unchanged text into one row and gives back nothing for nothing', () => {
    expect(diffRows(lines(4))).toEqual([{ kind: 'fold', count: 4, lines: lines(4) }])
    expect(diffRows([])).toEqual([])
  })
})
