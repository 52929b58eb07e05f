import { describe, expect, it } from 'vitest'
import { wordedScan as scan } from './helpers'
import type { Candidate } from '../../../../shared/pii/types'
import { addRepeatedNames } from '../../../../shared/pii/repeats'
import { reasonsEnglish } from '../../../../shared/pii/index'

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
    const repeats = kept.filter((c) => c.rule === 'name-repeated').map((c) => [c.start, reasonsEnglish(c.reasons)])
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
  it('reads a name padded where it was found (钱　敏) as the same person written without the space', () => {
    expect(names('值班医师钱　敏。钱敏查体见患者右下肢外旋。')).toEqual([
      ['钱　敏', expect.stringMatching(/^name-/)],
      ['钱敏', 'name-repeated'],
    ])
  })

  it('reads 和 before the given name of someone named as the conjunction, not a surname (和玉洁商定)', () => {
    expect(names('网格员回访了独居老人潘桂芬。午后女儿韦玉洁来电，和玉洁商定每周探望两次。').map(([n]) => n)).toEqual(['潘桂芬', '韦玉洁', '玉洁'])
  })

  it('reads a given name alone as a clause’s subject after a break, but not a quoted title', () => {
    expect(names('工人杨志强在搬运时受伤。其妻介绍，志强既往有腰椎间盘突出。').map(([n]) => n)).toEqual(['杨志强', '志强'])
    expect(names('患儿家长张春雷来电咨询。拟由县红十字会“春雷助童”基金分担部分费用。').map(([n]) => n)).toEqual(['张春雷'])
  })
})

describe('names in spoken words (sixth session, blind sets 24–28 read)', () => {
  it('reads a known given name wherever no word runs across it, but not opening a quotation', () => {
    expect(names('张老师打电话给谭小红，说思雨这学期话越来越少。谭思雨今年十四岁。').map(([n]) => n)).toEqual(['谭小红', '思雨', '谭思雨'])
    expect(names('产妇何晓敏产后第三天。家属夜里多分担带孩子，让晓敏能连着睡四五个钟头。').map(([n]) => n)).toContain('晓敏')
  })
  it('reads a name after a spoken kinship or neighbourhood word', () => {
    expect(names('给他爸孔令华打了电话，说孩子最近上课坐不住。').map(([n]) => n)).toContain('孔令华')
    expect(names('楼上的罗素珍婆婆每天下午下来坐一会儿。').map(([n]) => n)).toContain('罗素珍')
    expect(names('班主任安排他与同桌唐雨桐多交流。').map(([n]) => n)).toContain('唐雨桐')
  })
})

describe('names after 妈妈, 独生子, 女主人 and 去看', () => {
  it('reads the name after the word', () => {
    expect(names('班主任电话联系妈妈刘佳，请家长来校。').map(([n]) => n)).toContain('刘佳')
    expect(names('夫妇俩的独生子邵俊2016年因病去世。').map(([n]) => n)).toContain('邵俊')
    expect(names('下午去看胡婷，她怀了七个多月。').map(([n]) => n)).toContain('胡婷')
  })
})

describe('a name after a village group', () => {
  it('reads 四组陶金山 as a household in the fourth group, not 该组成员', () => {
    expect(names('（四）四组陶金山因病于2023年去世，申请停发。').map(([n]) => n)).toContain('陶金山')
    expect(names('该组成员共五人，由组长负责。').map(([n]) => n)).toEqual([])
  })
})
