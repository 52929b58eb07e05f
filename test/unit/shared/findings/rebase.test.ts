import { describe, expect, it } from 'vitest'
import { editBetween, rebaseSpans } from '../../../../shared/findings/rebase'

const text = '联系人王建国，电话13812345678，地址某某村。'
const name = { start: 3, end: 6, id: 'name' }
const phone = { start: 9, end: 20, id: 'phone' }

describe('rebasing highlights onto edited text', () => {
  it('finds the edited range', () => {
    expect(editBetween('abcdef', 'abXYcdef')).toEqual({ start: 2, fromEnd: 2, toEnd: 4 })
    expect(editBetween('abcdef', 'abef')).toEqual({ start: 2, fromEnd: 4, toEnd: 2 })
    expect(editBetween('same', 'same')).toEqual({ start: 4, fromEnd: 4, toEnd: 4 })
  })

  it('keeps spans before the edit and shifts spans after it', () => {
    const edited = `公告：${text}`
    expect(rebaseSpans([name, phone], text, edited)).toEqual([
      { start: 6, end: 9, id: 'name' },
      { start: 12, end: 23, id: 'phone' },
    ])
    const appended = `${text}公示期七天。`
    expect(rebaseSpans([name, phone], text, appended)).toEqual([name, phone])
  })

  it('drops a span the edit touched until the next scan reports it again', () => {
    const edited = text.replace('13812345678', '1381234567')
    expect(rebaseSpans([name, phone], text, edited)).toEqual([name])
  })

  it('handles deletions before a span', () => {
    const edited = text.replace('联系人', '')
    expect(rebaseSpans([name, phone], text, edited)).toEqual([
      { start: 0, end: 3, id: 'name' },
      { start: 6, end: 17, id: 'phone' },
    ])
  })
})
