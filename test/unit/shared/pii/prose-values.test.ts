/**
 * Health data, addresses, structured values and markers as real prose writes them (issue 11): each case
 * is a reading the engine missed or got wrong before, on notices unlike the labelled samples.
 */
import { describe, expect, it } from 'vitest'
import { findings, makeId, texts } from './helpers'

describe('HEALTH as a person’s condition', () => {
  it('covers the whole condition with its qualifiers', () => {
    expect(texts('患者程月娥于2021年确诊慢性肾衰竭尿毒症期，目前每周透析。', 'HEALTH')[0]).toBe('确诊慢性肾衰竭尿毒症期')
    expect(texts('患者因2型糖尿病合并糖尿病肾病Ⅳ期入院。', 'HEALTH')).toEqual(['2型糖尿病合并糖尿病肾病Ⅳ期'])
    expect(texts('臧明远去年打工期间右腿胫腓骨开放性骨折，至今未恢复。', 'HEALTH')).toEqual(['右腿胫腓骨开放性骨折'])
    expect(texts('洪志坚本人近两年因甲状腺乳头状癌术后长期服药。', 'HEALTH')).toEqual(['甲状腺乳头状癌术后'])
  })
  it('reads symptoms and results tied to someone, and lists after 出现 or 伴', () => {
    expect(texts('患者6月12日起出现发热（最高39.6℃），伴乏力、食欲不振、恶心。', 'HEALTH')).toEqual(['发热（最高39.6℃），伴乏力、食欲不振、恶心'])
    expect(texts('患者血标本经检测新型布尼亚病毒核酸阳性。', 'HEALTH')).toEqual(['新型布尼亚病毒核酸阳性'])
    expect(texts('患者血常规示白细胞1.8×10⁹/L。', 'HEALTH')).toEqual(['白细胞1.8×10⁹/L'])
  })
  it('takes a labelled value or a diagnosis whatever its words', () => {
    expect(texts('姓名：张三\n既往史：青霉素类药物过敏\n', 'HEALTH')).toEqual(['青霉素类药物过敏'])
    expect(texts('经检查，诊断为亚临床甲状腺功能减退症，已建议复查。', 'HEALTH')).toEqual(['诊断为亚临床甲状腺功能减退症'])
  })
  it('reads short disability forms and pregnancy weeks', () => {
    expect(texts('申请人罗长根，双眼视力一级。', 'HEALTH')).toEqual(['视力一级'])
    expect(texts('纪晓彤现孕24周，申请延期。', 'HEALTH')).toEqual(['孕24周'])
  })
  it('leaves statistics, programmes, negations and animals alone', () => {
    expect(findings('全年报告乙类传染病发病1.27万例，居前五位的是病毒性肝炎、肺结核、梅毒、淋病和猩红热。', 'HEALTH')).toEqual([])
    expect(findings('全市登记管理高血压患者68.4万人、2型糖尿病患者21.7万人，规范管理率分别为76.3%和74.8%。', 'HEALTH')).toEqual([])
    expect(findings('本周开展全国爱眼日宣传和两癌筛查活动，普及慢性病防治知识。', 'HEALTH')).toEqual([])
    expect(findings('患者陈某急诊头颅CT未见颅内出血。', 'HEALTH')).toEqual([])
    expect(findings('今春羊群中有11只母羊出现流产，死胎已掩埋。', 'HEALTH')).toEqual([])
    expect(findings('申请享受重度残疾人护理补贴的，应提交材料。', 'HEALTH')).toEqual([])
  })
})

describe('ADDRESS to the door', () => {
  it('follows the building, unit and room, and a line break', () => {
    expect(texts('联系地址：洪山区狮子山街道南湖花园荷园17栋2单元1103\n保密要求：为来电人保密', 'ADDRESS')).toEqual(['洪山区狮子山街道南湖花园荷园17栋2单元1103'])
    expect(texts('住址：贵州省贵阳市南明区沙冲南路120号沙冲小区4栋3单元5楼2号', 'ADDRESS')).toEqual(['贵州省贵阳市南明区沙冲南路120号沙冲小区4栋3单元5楼2号'])
    expect(texts('住长春市朝阳区西安大路1288号\n永昌小区11栋2单元302室，电话略', 'ADDRESS')).toEqual(['长春市朝阳区西安大路1288号\n永昌小区11栋2单元302室'])
  })
  it('reads addresses relative to a named village', () => {
    expect(texts('你家位于思口镇西冲村五组26号的老屋建于上世纪。', 'ADDRESS')).toEqual(['思口镇西冲村五组26号'])
    expect(texts('熊建国，户籍人口3人，住港北村上熊组21号。', 'ADDRESS')).toEqual(['港北村上熊组21号'])
  })
  it('leaves titles, unnamed places and offices alone', () => {
    expect(findings('丰城市小港镇港北村村务公开栏\n2025年第三季度', 'ADDRESS')).toEqual([])
    expect(findings('邵立峰生前系江山市峡口镇某村村民。', 'ADDRESS')).toEqual([])
    expect(findings('请到政务服务中心二楼医保窗口（思明区湖滨南路334号）办理。', 'ADDRESS')).toEqual([])
  })
})

describe('structured values in unusual dress', () => {
  it('reads traditional labels, grouped permits and country codes', () => {
    expect(texts('港澳居民來往內地通行證 H6021 4738\n電話：+852 6138 2907（香港）', 'HK_MACAO_PERMIT')).toEqual(['H6021 4738'])
    expect(texts('電話：+852 6138 2907；臺灣電話：+886 932 417 605', 'MOBILE')).toEqual(['+852 6138 2907', '+886 932 417 605'])
    expect(texts('台灣居民來往大陸通行證：0581 3326', 'TAIWAN_PERMIT')).toEqual(['0581 3326'])
  })
  it('flags a labelled value that fails the format, with the reason', () => {
    const [f] = findings('护照号 EO1234567，', 'PASSPORT')
    expect(f?.text).toBe('EO1234567')
    expect(f?.reasons.join(' ')).toMatch(/does not match the document format/)
  })
  it('reads numbers read out in Chinese digits, spaced landlines and 残疾人证号 ending in X', () => {
    expect(texts('其母（联系电话一三九七九一四二六零八）确认', 'MOBILE')).toEqual(['一三九七九一四二六零八'])
    expect(texts('住宅电话0431-8595 2618。', 'LANDLINE')).toEqual(['0431-8595 2618'])
    const id = makeId('150102', '19600305', '277')
    expect(id.endsWith('X')).toBe(true)
    expect(texts(`持残疾人证（证号${id}12）。`, 'ID_CARD')).toEqual([`${id}12`])
  })
  it('reads birth dates in Chinese numerals, dots and 民国 years', () => {
    expect(texts('嫌疑人付国庆，男，一九七九年十一月生，', 'DATE_OF_BIRTH')).toEqual(['一九七九年十一月生'])
    expect(texts('雷　鸣，男，1991.11生，', 'DATE_OF_BIRTH')).toEqual(['1991.11生'])
    expect(texts('出生日期：民國六十五年三月十八日', 'DATE_OF_BIRTH')).toEqual(['民國六十五年三月十八日'])
  })
})

describe('markers', () => {
  it('reads other wordings of a mark on the document', () => {
    expect(texts('（本报告涉及当事人隐私，仅供领导参阅）', 'CONFIDENTIAL_MARKER')).toEqual(['仅供领导参阅'])
    expect(texts('内部资料　注意保存\n', 'CONFIDENTIAL_MARKER')).toEqual(['内部资料', '注意保存'])
  })
  it('does not take a promise of discretion or a caller’s request for a mark', () => {
    expect(findings('我们将对反映人信息严格保密。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(findings('保密要求：为来电人保密', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
})
