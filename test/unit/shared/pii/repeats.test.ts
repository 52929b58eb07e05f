import { describe, expect, it } from 'vitest'
import { scan } from '../../../../shared/pii/index'

const names = (text: string) => scan(text).filter((f) => f.type === 'PERSON_NAME').map((f) => [f.text, f.rule])

describe('names repeated in prose', () => {
  it('reports a name found in a table where it recurs without context', () => {
    const text = '序号\t姓名\t身份证号码\n1\t李秀英\t340702197806153024\n\n李秀英家庭因病致贫，经评议纳入救助。'
    expect(names(text)).toEqual([
      ['李秀英', 'name-table-header'],
      ['李秀英', 'name-repeated'],
    ])
    const repeat = scan(text).find((f) => f.rule === 'name-repeated')
    expect(repeat?.reasons).toEqual(['same name found elsewhere in this notice'])
    expect(text.slice(repeat?.start, repeat?.end)).toBe('李秀英')
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
