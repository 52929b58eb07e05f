import { describe, expect, it } from 'vitest'
import { findings, texts } from './helpers'

describe('HEALTH', () => {
  it('reads a diagnosis with its verb', () => {
    expect(texts('经核酸检测确诊为新冠肺炎，现已转至定点医院', 'HEALTH')).toEqual(['确诊为新冠肺炎'])
    expect(texts('其子患有精神分裂症。', 'HEALTH')).toEqual(['患有精神分裂症'])
  })
  it('reads disability category and level', () => {
    expect(texts('申请人肢体残疾二级，其妻视力残疾。', 'HEALTH')).toEqual(['肢体残疾二级', '视力残疾'])
    expect(texts('残疾等级：一级', 'HEALTH')).toEqual(['残疾等级：一级'])
  })
  it('reads pregnancy and family-planning checks about people', () => {
    expect(texts('备注：以上人员均已完成孕前优生健康检查。', 'HEALTH')).toEqual(['孕前优生健康检查'])
    expect(texts('该户妻子已孕12周', 'HEALTH')).toEqual(['已孕12周'])
  })
  it('reads cells under a health header', () => {
    expect(texts('姓名\t病种\n张三\t尿毒症\n李四\t无', 'HEALTH')).toEqual(['尿毒症'])
  })
  it('ignores headings, document titles, symptoms and topics', () => {
    expect(findings('阳光社区2024年孕前优生健康检查名单\n\n序号\t姓名', 'HEALTH')).toEqual([])
    expect(findings('根据《严重精神障碍管理治疗工作规范》开展工作。', 'HEALTH')).toEqual([])
    expect(findings('17日出现发热症状，经核酸检测', 'HEALTH')).toEqual([])
    expect(findings('开展艾滋病防治宣传活动。', 'HEALTH')).toEqual([])
  })
})

describe('CONFIDENTIAL_MARKER', () => {
  it('reads drafting marks with their brackets', () => {
    expect(texts('（征求意见稿）\n关于逾期未处理交通违法车辆的公告', 'CONFIDENTIAL_MARKER')).toEqual(['（征求意见稿）'])
    expect(texts('【讨论稿】', 'CONFIDENTIAL_MARKER')).toEqual(['【讨论稿】'])
    expect(texts('本材料为内部资料，请勿外传。', 'CONFIDENTIAL_MARKER')).toEqual(['内部资料', '请勿外传'])
  })
  it('reads classification marks with their term', () => {
    expect(texts('秘密★1年\n关于', 'CONFIDENTIAL_MARKER')).toEqual(['秘密★1年'])
    expect(texts('机密★长期', 'CONFIDENTIAL_MARKER')).toEqual(['机密★长期'])
    expect(texts('绝密 ★ 10年', 'CONFIDENTIAL_MARKER')).toEqual(['绝密 ★ 10年'])
  })
  it('does not flag 秘密 without a star or 内部 in ordinary wording', () => {
    expect(findings('保守国家秘密，加强内部管理。')).toEqual([])
  })
  it('reports a bare （内部） below the default threshold', () => {
    expect(findings('汇总（内部）', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(findings('汇总（内部）', 'CONFIDENTIAL_MARKER', 0.4).map((f) => f.text)).toEqual(['（内部）'])
  })
})

describe('DATE_OF_BIRTH', () => {
  it('reads dates after birth labels in several writings', () => {
    expect(texts('出生日期：1981-01-17，家庭电话', 'DATE_OF_BIRTH')).toEqual(['1981-01-17'])
    expect(texts('出生年月：1985.05', 'DATE_OF_BIRTH')).toEqual(['1985.05'])
    expect(texts('生日 1990年3月7日', 'DATE_OF_BIRTH')).toEqual(['1990年3月7日'])
    // 出生 says what the date is and is masked with it
    expect(texts('张伟，男，1985年5月出生', 'DATE_OF_BIRTH')).toEqual(['1985年5月出生'])
    // a space-aligned table whose rows the table reader does not split (a name written 蒙\u3000丹)
    expect(texts('序号\u3000姓名\u3000性别\u3000出生年月\u3000学历\n1\u3000蒙\u3000丹\u3000女\u30001998.07\u3000本科\n2\u3000黎宇航\u3000男\u30001997.05\u3000本科\n', 'DATE_OF_BIRTH')).toEqual(['1998.07', '1997.05'])
  })
  it('reads a birth-date column', () => {
    expect(texts('姓名\t出生日期\n张三\t1990-03-07', 'DATE_OF_BIRTH')).toEqual(['1990-03-07'])
  })
  it('ignores other dates and impossible ones', () => {
    expect(findings('检查日期 2021-03-05，来电时间：2023-02-17 19:40', 'DATE_OF_BIRTH')).toEqual([])
    expect(findings('出生日期：1990-02-30', 'DATE_OF_BIRTH')).toEqual([])
    expect(findings('出生日期：2090-01-01', 'DATE_OF_BIRTH')).toEqual([])
  })
  it('masks a birth year after 生于 with its 年', () => {
    expect(texts('王建国，生于1958年，务农。', 'DATE_OF_BIRTH')).toEqual(['1958年'])
  })
})
