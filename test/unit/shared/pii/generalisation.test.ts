/**
 * Rules added when notices unlike the public sample (test/fixtures/pii/src) showed gaps: each case
 * here is a general shape, not the fixture's wording.
 */
import { describe, expect, it } from 'vitest'
import { findings, makeId, texts } from './helpers'

describe('names without a label', () => {
  it('reads a 、-list closed by a head count', () => {
    expect(texts('经评议，同意张德顺、李桂花、王**等3户纳入低保。', 'PERSON_NAME')).toEqual(['张德顺', '李桂花'])
    expect(texts('刘长根、吴秀珍2户因收入超标退出。', 'PERSON_NAME')).toEqual(['刘长根', '吴秀珍'])
    // a count after ordinary nouns, or after one name only, is not a list of people
    expect(texts('党员、干部等20人参加培训。', 'PERSON_NAME')).toEqual([])
    // (a name it may still be, on its own evidence — but not as a counted list)
    expect(findings('共有张德顺等3户。').filter((f) => f.rule === 'name-counted-list')).toEqual([])
  })
  it('reads people addressed on a line of their own', () => {
    expect(texts('陈立军、刘玉梅：\n本院受理原告孙卫东诉你们民间借贷纠纷一案。', 'PERSON_NAME')).toEqual(['陈立军', '刘玉梅', '孙卫东'])
    expect(texts('各有关单位：\n现将有关事项通知如下：\n', 'PERSON_NAME')).toEqual([])
  })
  it('reads court roles, kin and posts used as labels', () => {
    expect(texts('被告一：陈立军，男，汉族。', 'PERSON_NAME')).toEqual(['陈立军'])
    expect(texts('村民方大海之妻陈玉兰纳入照护对象。', 'PERSON_NAME')).toEqual(['方大海', '陈玉兰'])
    expect(texts('村务监督委员会主任：江国庆', 'PERSON_NAME')).toEqual(['江国庆'])
  })
  it('takes any role ending in 人 as a name column, and never reads a header cell as a name', () => {
    const t = '"房东姓名","房东电话","承租人","帮扶责任人"\n"吴志刚","13805623456","马克","檀晓东"'
    expect(texts(t, 'PERSON_NAME')).toEqual(['吴志刚', '马克', '檀晓东'])
  })
})

describe('IDs masked by the office', () => {
  it('leaves a properly masked ID alone, and reports one that still shows the birth date', () => {
    expect(texts('身份证号：340705********2028', 'ID_CARD')).toEqual([])
    expect(texts('身份证号：3407**********1516', 'ID_CARD')).toEqual([])
    const [f] = findings('身份证号：340721199902****25', 'ID_CARD')
    expect(f?.rule).toBe('id-card-masked')
    expect(f?.reasons).toEqual(['shape partly masked ID number', 'area code 340721 valid', 'birth date 1999-02 valid', 'label 身份证号'])
  })
})

describe('office, not personal', () => {
  it('an address label made the office own by the word before it', () => {
    expect(texts('本机关地址：南京市鼓楼区中央路215号　邮编：210009', 'ADDRESS')).toEqual([])
    expect(texts('住址：南京市鼓楼区中央路215号', 'ADDRESS')).toEqual(['南京市鼓楼区中央路215号'])
  })
  it('a number after a bare service noun, or in a sentence sending readers to an office', () => {
    expect(texts('政策咨询：0562-2825678（工作日）', 'LANDLINE')).toEqual([])
    expect(texts('如有异议，请于7月7日前向乡农业综合服务站反映，联系电话：0562-8861234。', 'LANDLINE')).toEqual([])
    expect(texts('来电人向我局反映，联系电话：0562-8861234。', 'LANDLINE')).toEqual(['0562-8861234'])
  })
})

describe('layouts', () => {
  it('skips Markdown delimiter rows with alignment colons', () => {
    const t = `| 姓名 | 残疾类别 | 残疾人证号 |\n| :-: | :--- | ---: |\n| 汪世荣 | 肢体 | ${makeId('341723', '19580312', '017')}42 |`
    expect(findings(t).map((f) => [f.type, f.text])).toEqual([
      ['PERSON_NAME', '汪世荣'],
      ['HEALTH', '肢体'],
      ['ID_CARD', `${makeId('341723', '19580312', '017')}42`],
    ])
  })
  it('follows an address over one line break (text from a PDF), but not a table row into the next', () => {
    expect(texts('申请人现租住于铜官区长江中路\n98号。', 'ADDRESS')).toEqual(['铜官区长江中路\n98号'])
    expect(texts('姓名\t住址\n张三\t铜官区长江中路\n98号', 'ADDRESS')).toEqual(['铜官区长江中路'])
  })
  it('reports a disability term about someone, not one that defines a term', () => {
    expect(texts('注：残疾等级一、二级为重度残疾。', 'HEALTH')).toEqual([])
    expect(texts('申请人吴国庆，肢体残疾二级。', 'HEALTH')).toEqual(['肢体残疾二级'])
  })
})
