import { describe, expect, it } from 'vitest'
import { layerLines, type Mark } from '../../../../renderer/features/findings/layer-lines'

function mark(key: string, start: number, end: number): Mark {
  return { key, start, end, severity: 'high', state: 'hidden' }
}

const spans = (text: string, marks: Mark[], selected?: string) =>
  layerLines(text, marks, selected).map((line) => [line.text, line.pieces.map((p) => [p.key, line.text.slice(p.start, p.end)])])

describe('highlight layer lines', () => {
  it('cuts the text at line breaks, keeping empty lines', () => {
    expect(layerLines('a\n\nb\n', [], undefined).map((line) => line.text)).toEqual(['a', '', 'b', ''])
  })

  it('puts each mark on its line in line coordinates', () => {
    const text = '姓名 王建国\n电话 13812345678'
    expect(spans(text, [mark('n', 3, 6), mark('m', 10, 21)])).toEqual([
      ['姓名 王建国', [['n', '王建国']]],
      ['电话 13812345678', [['m', '13812345678']]],
    ])
  })

  it('splits a value written over a line break into one piece per line', () => {
    const text = '身份证号3407051985\n03121037。'
    expect(spans(text, [mark('id', 4, 23)])).toEqual([
      ['身份证号3407051985', [['id', '3407051985']]],
      ['03121037。', [['id', '03121037']]],
    ])
  })

  it('skips overlapping and out-of-range marks', () => {
    expect(spans('abcdef', [mark('a', 0, 3), mark('b', 2, 4), mark('c', 4, 6), mark('d', 5, 9)])).toEqual([
      ['abcdef', [['a', 'abc'], ['c', 'ef']]],
    ])
  })

  it('changes a line’s signature only when its marks or selection change', () => {
    const text = 'a 13812345678\nb 13912345678'
    const marks = [mark('one', 2, 13), mark('two', 16, 27)]
    const plain = layerLines(text, marks, undefined)
    const selected = layerLines(text, marks, 'two')
    expect(selected[0]?.signature).toBe(plain[0]?.signature)
    expect(selected[1]?.signature).not.toBe(plain[1]?.signature)
    expect(selected[1]?.pieces[0]?.className).toContain('mark--selected')
  })
})
