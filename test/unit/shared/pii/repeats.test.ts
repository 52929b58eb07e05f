import { describe, expect, it } from 'vitest'
import { scan } from '../../../../shared/pii/index'
import type { Candidate } from '../../../../shared/pii/types'
import { addRepeatedNames } from '../../../../shared/pii/repeats'

const names = (text: string) => scan(text).filter((f) => f.type === 'PERSON_NAME').map((f) => [f.text, f.rule])

describe('names repeated in prose', () => {
  it('reports a name found in a table where it recurs without context', () => {
    const text = '序号\t姓名\t身份证号码\n1\t李秀英\t340702197806153024\n\n李秀英家庭因病致贫，经评议纳入救助。'
    // the recurrence is found by the repeat rule or, on its own evidence, by the name model
    expect(names(text)).toEqual([
      ['李秀英', 'name-table-header'],
      ['李秀英', expect.stringMatching(/^name-(repeated|model)$/)],
    ])
    const again = scan(text).filter((f) => f.type === 'PERSON_NAME')[1]
    expect(text.slice(again?.start, again?.end)).toBe('李秀英')
  })

  it('explains a repeat and does not spread a name into a place or a word', () => {
    const found = (start: number, end: number): Candidate => ({ type: 'PERSON_NAME', start, end, text: '', confidence: 0.9, rule: 'name-label', reasons: [] })
    const text = '户主：金凤\n金凤同意。金凤村委会、金凤湖公园，金凤表示感谢。'
    const kept = addRepeatedNames(text, [found(3, 5)])
    const repeats = kept.filter((c) => c.rule === 'name-repeated').map((c) => [c.start, c.reasons])
    expect(repeats).toEqual([
      [6, ['same name found elsewhere in this notice']],
      [23, ['same name found elsewhere in this notice']],
    ])
  })

  it('finds the given name alone of a person named in full, where the context says a person', () => {
    expect(names('居民李秀英来电反映楼上噪音。调解员上门后，秀英说晚上需要休息。')).toEqual([
      ['李秀英', expect.stringMatching(/^name-/)],
      ['秀英', 'name-repeated'],
    ])
    const given = scan('居民李秀英来电反映楼上噪音。调解员上门后，秀英说晚上需要休息。').find((f) => f.text === '秀英')
    expect(given?.reasons).toEqual(['given name of a person named elsewhere in this notice'])
    // two people share the given name: it says neither
    expect(names('李秀英、王秀英均已登记。秀英说同意。').map(([n]) => n)).toEqual(['李秀英', '王秀英'])
  })

  it('maps the repeat back to the original text when full-width characters precede it', () => {
    const text = '申请人：王建国\n编号ＡＢ１２３４，王建国同意。'
    const repeats = scan(text).filter((f) => f.rule === 'name-repeated' || f.type === 'PERSON_NAME')
    for (const f of repeats) expect(text.slice(f.start, f.end)).toBe('王建国')
    expect(repeats.length).toBe(2)
  })

  it('does not spread a masked name or invent names when none was found', () => {
    expect(names('张某某的家庭情况已核实，张某某表示同意。').filter(([, rule]) => rule === 'name-repeated')).toEqual([])
    expect(names('王家村和李家庄今年都修了路。')).toEqual([])
  })
})
