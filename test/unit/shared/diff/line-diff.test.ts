import { describe, expect, it } from 'vitest'
import { lineDiff, type DiffOp } from '../../../../shared/diff/line-diff'

/** Applying a diff must give back both texts: old = same+del lines, new = same+add lines. */
function sides(ops: DiffOp[]): { before: string[]; after: string[] } {
  return { before: ops.filter((o) => o.op !== 'add').map((o) => o.text), after: ops.filter((o) => o.op !== 'del').map((o) => o.text) }
}

describe('lineDiff', () => {
  it('marks one changed line in the middle of a long text', () => {
    const before = Array.from({ length: 200 }, (_, i) => `第${i}行`).join('\n')
    const after = before.replace('第100行', '第100行（已修改）')
    const ops = lineDiff(before, after)
    expect(ops.filter((o) => o.op !== 'same')).toEqual([
      { op: 'del', text: '第100行' },
      { op: 'add', text: '第100行（已修改）' },
    ])
    expect(ops).toHaveLength(201)
  })

  it('finds the shortest script and reproduces both sides', () => {
    const before = 'a\nb\nc\na\nb\nb\na'
    const after = 'c\nb\na\nb\na\nc'
    const ops = lineDiff(before, after)
    expect(sides(ops)).toEqual({ before: before.split('\n'), after: after.split('\n') })
    // Myers' classic example: 5 edits
    expect(ops.filter((o) => o.op !== 'same')).toHaveLength(5)
  })

  it('reproduces both sides for random texts', () => {
    let seed = 7
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 200; round++) {
      const before = Array.from({ length: rand(30) }, () => 'xyzw'.charAt(rand(4)))
      const after = Array.from({ length: rand(30) }, () => 'xyzw'.charAt(rand(4)))
      const ops = lineDiff(before.join('\n'), after.join('\n'))
      expect(sides(ops)).toEqual({ before, after })
    }
  })

  it('handles empty texts and CRLF', () => {
    expect(lineDiff('', '')).toEqual([])
    expect(lineDiff('', 'a')).toEqual([{ op: 'add', text: 'a' }])
    expect(lineDiff('a\r\nb', 'a\nb')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'same', text: 'b' },
    ])
  })

  it('falls back to a block replace for an enormous rewrite', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `old ${i}`).join('\n')
    const after = Array.from({ length: 3000 }, (_, i) => `new ${i}`).join('\n')
    const ops = lineDiff(before, after)
    expect(sides(ops).before).toHaveLength(3000)
    expect(ops.filter((o) => o.op === 'same')).toHaveLength(0)
  })
})
