/**
 * Issue 11, from the used blind sets: a table whose cells are set off by bars with none at the line's ends
 * (序号｜姓名｜出生年月), a birth date written with where the child was born, and readership marks in other
 * words or two to a line.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('a table of bars between cells', () => {
  it('reads its columns, so a 出生年月 column is dates of birth', () => {
    const table = '序号｜姓名｜性别｜出生年月｜住址\n1｜刘江山｜男｜1966年4月｜滩头镇荷叶村5组21号\n2｜肖冬生｜男｜1971年8月｜金石桥镇大树村3组17号\n'
    expect(texts(table, 'DATE_OF_BIRTH')).toEqual(['1966年4月', '1971年8月'])
  })
  it('needs two bars: one bar in a sentence is no table', () => {
    expect(texts('检查结果：阴性|复查日期：2024年5月1日', 'DATE_OF_BIRTH')).toEqual([])
  })
})

describe('DATE_OF_BIRTH: where someone was born after the date', () => {
  it('reads 于…在…出生', () => {
    expect(texts('患儿王小宝于2024年4月11日在郑州市第二人民医院产科出生，出生体重3350克。', 'DATE_OF_BIRTH')).toEqual(['2024年4月11日'])
  })
  it('does not read an office that issues birth certificates', () => {
    expect(texts('王明于2024年4月11日在县医院出生证明办理窗口办理业务。', 'DATE_OF_BIRTH')).toEqual([])
  })
})

describe('CONFIDENTIAL_MARKER: readership in other words', () => {
  it('reads two marks on one header line', () => {
    expect(texts('仅供院内交流　请勿外传\n\n安宁疗护病区服务个案总结\n患者张某，男。', 'CONFIDENTIAL_MARKER')).toEqual(['仅供院内交流', '请勿外传'])
  })
  it('reads a scope of readership in a sentence about the document', () => {
    expect(texts('本材料用于帮扶工作，仅供内部工作参考，不得外传。', 'CONFIDENTIAL_MARKER')).toEqual(['仅供内部工作参考', '不得外传'])
  })
  it('does not read a request about something else as a mark', () => {
    expect(texts('欢迎各位专家莅临交流，请勿外传个人信息。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
})

describe('DATE_OF_BIRTH: the slot after a person\'s sex', () => {
  it('reads the date right after 男/女 (and a people) as a birth date', () => {
    expect(texts('孙满仓，男，1947年8月，汉族，退役军人。', 'DATE_OF_BIRTH')).toEqual(['1947年8月'])
    expect(texts('走访对象马占福（男，1958.02.14）。', 'DATE_OF_BIRTH')).toEqual(['1958.02.14'])
    expect(texts('刘强，男，汉族，1960年5月，中共党员。', 'DATE_OF_BIRTH')).toEqual(['1960年5月'])
  })
  it('reads a couple\'s 男方/女方 dates, and the date after a household member\'s relation in a row', () => {
    expect(texts('葛玉兰夫妇，男方1959年12月，女方1961年2月，鲖城镇李集村。', 'DATE_OF_BIRTH')).toEqual(['1959年12月', '1961年2月'])
    expect(texts('家庭成员：\n贾立军 本人 1976年8月9日 一般\n于静 妻子 1978年2月14日 尿毒症', 'DATE_OF_BIRTH')).toEqual(['1976年8月9日', '1978年2月14日'])
    // (a date after a relation word inside a sentence is when something happened)
    expect(texts('她儿子 2023年3月 考上大学。男方表示同意，2023年5月办理。', 'DATE_OF_BIRTH')).toEqual([])
  })
  it('reads the slot after the sex in a row pasted with bars', () => {
    expect(texts('1．龙建华｜男｜1979年4月｜向阳社区｜肢体残疾一级', 'DATE_OF_BIRTH')).toEqual(['1979年4月'])
    expect(texts('3|孙浩然|男|1995-09-23|偏执型精神分裂症', 'DATE_OF_BIRTH')).toEqual(['1995-09-23'])
    // (such a row is no table's header: the name in it is read as a name)
    expect(texts('1．龙建华｜男｜1979年4月｜向阳社区｜肢体残疾一级', 'PERSON_NAME')).toEqual(['龙建华'])
  })
  it('leaves a date that runs on into what happened, and 男女 or 妇女 before a date', () => {
    expect(texts('王芳，女，2023年3月确诊乳腺癌。', 'DATE_OF_BIRTH')).toEqual([])
    expect(texts('全村妇女，2023年5月参加了两癌筛查。', 'DATE_OF_BIRTH')).toEqual([])
  })
})

describe('values side by side in a row or a note', () => {
  it('ends a transliterated name before a side and a body part, and a test result at a masked number\'s cell', () => {
    expect(texts('伤者次仁卓玛左胫腓骨中段骨折，已住院。', 'PERSON_NAME')).toEqual(['次仁卓玛'])
    expect(texts('伤者次仁卓玛左胫腓骨中段骨折，已住院。', 'HEALTH')).toEqual(['左胫腓骨中段骨折'])
    expect(texts('冉春燕／50023419800227****／HER2阳性乳腺癌', 'ID_CARD')).toEqual(['50023419800227****'])
    expect(texts('冉春燕／50023419800227****／HER2阳性乳腺癌', 'HEALTH')).toEqual(['HER2阳性乳腺癌'])
  })
})
