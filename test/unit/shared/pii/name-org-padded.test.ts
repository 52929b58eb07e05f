/**
 * Names in the wordings of the thirteenth blind set (issue 11): after the unit someone belongs to, with
 * 据 before or 本人 after a given name, and padded to three characters in a column set off by
 * ideographic spaces with the gender after it.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('PERSON_NAME: after a unit, around a given name, padded before a gender', () => {
  it('reads a name right after the school, hospital or office it belongs to', () => {
    expect(texts('体检异常人员\n1.南岗中学汪琳，现妊娠14周，建议产科随访。', 'PERSON_NAME')).toContain('汪琳')
    expect(texts('经核查，县人民医院刘建军同意整改。', 'PERSON_NAME')).toContain('刘建军')
  })
  it('does not read a unit\'s ordinary words as a name', () => {
    expect(texts('县卫生健康局高度重视，中学全面开展晨午检。', 'PERSON_NAME')).toEqual([])
  })
  it('reads a given name with 据 before it or 本人 after it', () => {
    expect(texts('学生刘子涵，女，15岁。据子涵本人讲，当天未吃早餐。', 'PERSON_NAME')).toEqual(['刘子涵', '子涵'])
  })
  it('reads a name padded with an ideographic space when the gender follows', () => {
    const table = '序号　姓名　　性别　身份证号\n1　　谢江山　男　　430481197308196137\n5　　邹　兵　男　　430426197906232519\n'
    expect(texts(table, 'PERSON_NAME')).toEqual(['谢江山', '邹　兵'])
    // spaced-out words are still no name
    expect(texts('关　于　开　展　工　作　的　通　知', 'PERSON_NAME')).toEqual([])
  })
})

describe('PERSON_NAME: a word-name confirmed once, then the subject of a clause', () => {
  it('reads it again where an adverb or a verb of a person follows', () => {
    const text = '社区康复人员常青，男，1985年生。本季度常青按要求每月到社区报到；7月12日电话抽查时常青未接听。'
    expect(texts(text, 'PERSON_NAME')).toEqual(['常青', '常青', '常青'])
  })
  it('does not read it where it begins a word or is part of one', () => {
    const text = '社区康复人员常青，男，1985年生。社区开展“常青树”敬老活动，市场监管部门不是常胜将军。'
    expect(texts(text, 'PERSON_NAME')).toEqual(['常青'])
  })
})

describe('PERSON_NAME: a given name that is also a word, set off and then the subject', () => {
  it('reads it after a break when an adverb of a person follows', () => {
    expect(texts('学生刘思远，男，14岁。据同学反映，思远最近常独自坐在教室。', 'PERSON_NAME')).toEqual(['刘思远', '思远'])
    // 文明 is a word: only the break before and 同时 after say it is him
    expect(texts('村民张文明，男，60岁。据妻子讲，文明同时患有高血压。', 'PERSON_NAME')).toEqual(['张文明', '文明'])
    expect(texts('村民张文明，男，60岁。村里评选文明家庭。', 'PERSON_NAME')).toEqual(['张文明'])
  })
})

describe('PERSON_NAME: Tibetan and Yi names', () => {
  it('reads a listed start after an ordinary word that ends in a transliteration character', () => {
    expect(texts('晨午检异常：一年级一班吉克阿依，女，6岁，发热。', 'PERSON_NAME')).toEqual(['吉克阿依'])
  })
  it('reads 才让 as a name start and inside a name', () => {
    expect(texts('特殊情况如下。（一）索南才让，精神残疾一级。', 'PERSON_NAME')).toEqual(['索南才让'])
    expect(texts('序号　姓名　　性别\n3　　才让卓玛　女\n', 'PERSON_NAME')).toEqual(['才让卓玛'])
  })
})
