/**
 * Issue 11, third round: a labelled value runs on over the clauses that continue the condition; symptoms
 * read by their head noun (a body part or function with a symptom's ending) and measurements by their
 * qualitative result; classification levels without a star as the header line or a field's value; bracketed
 * drafting marks; plates set off by a full stop.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('HEALTH: labelled values and head-noun symptoms', () => {
  it('runs a labelled value on over the clauses of the same condition', () => {
    expect(texts('患者周建平，男，62岁，入院诊断：右股骨颈骨折，断端嵌插，伴骨质疏松。', 'HEALTH')).toEqual(['右股骨颈骨折，断端嵌插，伴骨质疏松'])
    expect(texts('村民雷小芳，初步诊断：慢性肾衰竭，规律透析，已住院治疗。', 'HEALTH')).toEqual(['慢性肾衰竭，规律透析'])
    expect(texts('患者李明，男，45岁，诊断：肺炎，已住院治疗。', 'HEALTH')).toEqual(['肺炎'])
  })
  it('reads a symptom by its head noun after a verb that ties it to someone', () => {
    expect(texts('学生冯磊近日出现双下肢麻木、行走不稳，家长带其就医。', 'HEALTH')).toEqual(['双下肢麻木、行走不稳'])
    expect(texts('该镇部分家庭生活出现困难，需要救助。', 'HEALTH')).toEqual([])
  })
  it('reads a measurement by its qualitative result, not a rate', () => {
    expect(texts('居民侯德胜近期血糖控制不佳，社区医生上门随访。', 'HEALTH')).toEqual(['血糖控制不佳'])
    expect(texts('今年以来辖区高血压患者血压控制不佳的比例为12%。', 'HEALTH')).toEqual([])
  })
  it('joins an injury named by its body part to the next one', () => {
    expect(texts('两车相撞，致骑车人邬志强头部外伤、左侧第3肋骨骨折。', 'HEALTH').join()).toContain('头部外伤、左侧第3肋骨骨折')
  })
})

describe('CONFIDENTIAL_MARKER and LICENSE_PLATE variants', () => {
  it('reads a classification level without a star only as a header line or a field value', () => {
    expect(texts('秘密\n关于某某事项的通知\n正文。', 'CONFIDENTIAL_MARKER')).toEqual(['秘密'])
    expect(texts('机密·1年\n关于某某事项的通知', 'CONFIDENTIAL_MARKER')).toEqual(['机密·1年'])
    expect(texts('密级：秘密', 'CONFIDENTIAL_MARKER')).toEqual(['秘密'])
    expect(texts('会议要求保守国家秘密，严守工作纪律。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
  it('reads a drafting word that runs through sentences only in brackets', () => {
    expect(texts('某某条例（草案）', 'CONFIDENTIAL_MARKER')).toEqual(['（草案）'])
    expect(texts('工作方案（第二稿）', 'CONFIDENTIAL_MARKER')).toEqual(['（第二稿）'])
    expect(texts('会议讨论了草案第三条的修改意见，形成第二稿后报送。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(texts('未定稿\n关于调整临时救助标准的通知', 'CONFIDENTIAL_MARKER')).toEqual(['未定稿'])
    expect(texts('规划方案尚未定稿，定稿后将另行公示。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
  it('reads an instruction not to screenshot or forward the document, not a request about other things', () => {
    // (the note that the document holds private matters is part of its mark: tenth session)
    expect(texts('本材料涉及群众个人信息，严禁截图转发。', 'CONFIDENTIAL_MARKER')).toEqual(['本材料涉及群众个人信息，严禁截图转发'])
    expect(texts('（禁止截图、转发）', 'CONFIDENTIAL_MARKER')).toEqual(['（禁止截图、转发）'])
    expect(texts('对网传信息请勿转发。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
  it('reads a plate set off by a full stop', () => {
    expect(texts('车牌为苏B.5M321的轿车', 'LICENSE_PLATE')).toEqual(['苏B.5M321'])
  })
})

describe('HEALTH: assessed levels, treatments and table cells', () => {
  it('reads a bare level as the outcome of a disability assessment of someone', () => {
    expect(texts('经市劳动能力鉴定委员会鉴定，退役军人庞立新因公致左手拇指缺失，拟评定为九级。', 'HEALTH').join()).toContain('九级')
    expect(texts('本次共有12人参加评定，其中评定为一级的4人。', 'HEALTH')).toEqual([])
  })
  it('reads a stay in hospital someone was taken or transferred to', () => {
    expect(texts('患者林国栋确诊肺结核，当日转入感染科住院治疗。', 'HEALTH')).toContain('住院治疗')
    expect(texts('村民周玉梅突发腹痛，由其子周浩送至县人民医院外科住院治疗。', 'HEALTH')).toContain('住院治疗')
  })
  it('reads a complaint that sent someone to a doctor after 因, and an operation after its month', () => {
    expect(texts('2026年5月，村民龙金凤因右侧乳房胀痛到县人民医院就诊，6月行右乳改良根治术。', 'HEALTH')).toEqual(expect.arrayContaining(['右侧乳房胀痛', '右乳改良根治术']))
    expect(texts('2026年5月，村民龙金凤因工作需要到县人民医院办理手续。', 'HEALTH')).toEqual([])
  })
  it('reads a medicine by its dose and frequency, and an injury after 被…压断', () => {
    const note = '入住老人沈国华，近事记忆减退。医嘱多奈哌齐5mg每晚一次口服。其子沈建军说起父亲左手食指被压断过。'
    const read = texts(note, 'HEALTH')
    for (const part of ['多奈哌齐5mg每晚一次', '左手食指被压断']) expect(read.some((r) => r.includes(part)), part).toBe(true)
    expect(read.join('|')).not.toMatch(/医嘱|其子|父亲/)
    expect(texts('村民钱玉兰，糖尿病，平时注射门冬胰岛素30注射液早晚各12单位。', 'HEALTH')).toContain('门冬胰岛素30注射液早晚各12单位')
  })
  it('reads a medicine injected whatever its name, and the state after an operation', () => {
    expect(texts('村民薛桂芝，每个月到省肿瘤医院注射亮丙瑞林。', 'HEALTH')).toContain('亮丙瑞林')
    expect(texts('其妻何秀梅去年确诊乳腺癌，行右乳改良根治术后目前仍在化疗。', 'HEALTH').join('|')).toContain('右乳改良根治术后')
  })
  it('reads a treatment someone receives after 接受, not a programme after 进行', () => {
    expect(texts('申请人邢立军住院期间接受高压氧治疗两个疗程。', 'HEALTH').join()).toContain('高压氧治疗')
    expect(texts('各村要进行传染病防控知识宣传。', 'HEALTH')).toEqual([])
  })
  it('covers a health cell of several clauses whole', () => {
    expect(texts('序号\t姓名\t救助原因\n1\t詹国华\t肝硬化，长期服药\n2\t严秋菊\t房屋失火\n', 'HEALTH')).toEqual(['肝硬化，长期服药'])
  })
})

describe('HEALTH: procedures after 行, care-assessment fields, classes of people', () => {
  it('reads a procedure after 行 at a clause start, not inside 进行', () => {
    expect(texts('患儿裴子轩X线检查示右肱骨髁上骨折，行手法复位石膏外固定。', 'HEALTH').join()).toContain('手法复位石膏外固定')
    expect(texts('物业对防滑垫进行了固定。', 'HEALTH')).toEqual([])
  })
  it('reads the value of a care-assessment field', () => {
    expect(texts('柏永年，81岁，失能等级：重度失能，主要疾病：慢性心力衰竭。', 'HEALTH')).toEqual(['重度失能', '慢性心力衰竭'])
  })
  it('keeps a condition that names a class of old people out', () => {
    expect(texts('家中有认知障碍老人的，可为其佩戴防走失手环。', 'HEALTH')).toEqual([])
  })
  it('takes the document’s own name into a bracketed scope of readership', () => {
    expect(texts('（此件仅供家长委员会参阅）', 'CONFIDENTIAL_MARKER')).toEqual(['（此件仅供家长委员会参阅）'])
  })
})

describe('HEALTH: rules about diseases are no one’s condition', () => {
  it('keeps a class of disease in a rule out, and reads an operation after 期间行', () => {
    expect(texts('一方患有重大疾病的，应当在结婚登记前如实告知另一方。', 'HEALTH')).toEqual([])
    expect(texts('被害人凌小军住院期间行开颅血肿清除术。', 'HEALTH').join()).toContain('开颅血肿清除术')
    expect(texts('该村民输液后出现寒战，转乡卫生院后诊断为输液反应。', 'HEALTH').join()).toContain('输液反应')
  })
})

describe('LICENSE_PLATE typed in lower case', () => {
  it('reads it where a label or a vehicle says so', () => {
    expect(texts('车牌号浙a12345的车辆', 'LICENSE_PLATE')).toEqual(['浙a12345'])
    expect(texts('编号浙a12345', 'LICENSE_PLATE')).toEqual([])
  })
})
