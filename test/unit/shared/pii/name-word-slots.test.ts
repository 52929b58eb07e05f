/**
 * Names that are also ordinary words, and minority names without a middle dot, in a person's slot
 * (issue 11): found there and where they recur as that person — never spread into the word or the place.
 */
import { describe, expect, it } from 'vitest'
import { wordedScan as scan } from './helpers'
import { nameEmbeddedInWord } from '../../../../shared/pii/detectors/name-model'

const names = (text: string): string[] => scan(text).filter((f) => f.type === 'PERSON_NAME').map((f) => f.text)
const embedded = (text: string, name: string): boolean => {
  const s = text.indexOf(name)
  return nameEmbeddedInWord(text, s, s + name.length)
}

describe('a name that is also a word', () => {
  it('is the person after a role word not listed before (参保人) and where it recurs as the subject', () => {
    expect(names('参保人安宁称，电子凭证是借给亲戚使用的。')).toEqual(['安宁'])
    // 金凤 recurs before 今年: a person's clause, not the word
    expect(names('其女金凤现年12岁。金凤今年上六年级。')).toEqual(['金凤', '金凤'])
  })

  it('is not spread from the person into the same string used as a word elsewhere in the notice', () => {
    // 马力 the neighbour, then 开足马力 the idiom
    expect(names('楼上住户马力表示同意。二期工程正开足马力施工。')).toEqual(['马力'])
    expect(embedded('二期工程正开足马力施工。', '马力')).toBe(true)
    // a listed non-name word (和平) in running text, with nothing around it saying "a person"
    expect(embedded('共同维护和平稳定的局面', '和平')).toBe(true)
    // what belongs to a person after it (医保卡, 银行卡) says it is the person
    expect(embedded('暂停和平医保卡直接结算', '和平')).toBe(false)
    // but set off by a break and a particle it is the person: ，和平的违法线索
    expect(embedded('直接结算3个月，和平的违法线索已移送', '和平')).toBe(false)
    // quoted alone it names an event, not the person (“明月”诗词朗诵会); set off before an adverb it is the person
    expect(embedded('“明月”诗词朗诵会向全体学生开放', '明月')).toBe(true)
    expect(embedded('9月1日，海洋主要在家中活动', '海洋')).toBe(false)
  })

  it('a word-name a kinship word introduced as a transliterated name does not spread into a place or a word', () => {
    // 白云 read after 其妻, then 白云村 (a village) and 白云缭绕 (a phrase) stay unflagged
    expect(names('户主江南，男，61岁。其妻白云，59岁。白云村茶园是全村增收的来源，山顶常年白云缭绕。')).toEqual(['江南', '白云'])
  })
})

describe('minority names without a middle dot in a person slot', () => {
  it('reads a name before its sex or age, and every item of a 、-list once one item is a name', () => {
    expect(names('一、新增对象\n1. 阿依古丽，女，45岁，肢体残疾三级。')).toEqual(['阿依古丽'])
    expect(names('高二（5）班还有努尔买买提、艾克拜尔江、帕尔哈提。')).toEqual(['努尔买买提', '艾克拜尔江', '帕尔哈提'])
    expect(names('高一（2）班：热娜古丽、阿依努尔、吐尔逊娜依。')).toEqual(['热娜古丽', '阿依努尔', '吐尔逊娜依'])
    expect(names('高一（4）班：次仁央宗、格桑卓嘎、拉巴次仁、洛桑旦增。')).toEqual(['次仁央宗', '格桑卓嘎', '拉巴次仁', '洛桑旦增'])
  })
})

describe('evidence pooled across a notice', () => {
  it('reads a word-name between a role word and its sex, with a rarer surname', () => {
    expect(scan('病例海洋，男，34岁，个体经营者。').find((f) => f.type === 'PERSON_NAME')?.reasons).toEqual(['after 病例', 'followed by gender', 'surname 海'])
    // no role word before: 家属 and 本人 are no names
    expect(names('患者家属，男。户主本人，男，60岁。')).toEqual([])
  })

  it('pools two readings that each have a cue beside them, though neither is even odds, and says so', () => {
    const text = '据三楼租户高山陈述，当晚是他充电。财产损失由其与柯小芸、高山自行协商。'
    const found = scan(text).filter((f) => f.type === 'PERSON_NAME' && f.text === '高山')
    expect(found).toHaveLength(2)
    for (const f of found) expect(f.reasons).toContain('confirmed elsewhere in the document')
    // a weekday in brackets twice is not pooled into a name: no cue beside it
    expect(names('12月12日（周六）上午9:00开讲，12月19日（周六）上午9:00续讲。')).toEqual([])
  })
})
