/**
 * HEALTH separates a person's condition from the same words naming an organisation, a programme, a class
 * of people or a section, and covers a condition written over several clauses as one finding; ADDRESS
 * reads the door-level forms prose uses (issue 11).
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('HEALTH: organisations, programmes and groups are not a condition', () => {
  it('does not flag a condition word that names an organisation', () => {
    expect(texts('今年县残疾人联合会联合县结核病防治所、区聋哑学校和区脑瘫儿童康复中心开展活动。居民李建国确诊肺结核。', 'HEALTH')).toEqual(['确诊肺结核'])
    expect(texts('患者王某，男，45岁，经县艾滋病自愿咨询检测门诊转介。', 'HEALTH')).toEqual([])
    expect(texts('其子罗永平送往市精神卫生中心住院。', 'HEALTH')).toEqual([])
  })
  it('does not flag a programme, a class of people or a section heading', () => {
    expect(texts('村民付国庆参加了糖尿病健康管理项目。', 'HEALTH')).toEqual([])
    expect(texts('各卫生院要落实结核病患者居家治疗督导，村民张三反映情况。', 'HEALTH')).toEqual([])
    expect(texts('二、严重精神障碍患者管理\n居民赵六反映情况。', 'HEALTH')).toEqual([])
    expect(texts('艾滋病合并结核病双向筛查覆盖率偏低，居民钱七反映情况。', 'HEALTH')).toEqual([])
  })
  it('still reads a class said of someone', () => {
    expect(texts('刘建华系艾滋病感染者，已纳入随访。', 'HEALTH')).toEqual(['艾滋病感染'])
    expect(texts('经核实，其子张伟患白血病在省儿童医院住院治疗。', 'HEALTH')).toEqual(['患白血病', '住院治疗'])
  })
  it('reads a 致贫原因 cell only when it names a condition', () => {
    const table = '姓名\t家庭人口\t致贫原因\n覃玉兰\t1\t年老体弱，无劳动能力\n向德福\t3\t尿毒症，长期透析\n'
    const found = texts(table, 'HEALTH')
    expect(found.join('|')).toContain('尿毒症')
    expect(found.some((t) => t.includes('年老体弱') || t.includes('劳动能力'))).toBe(false)
  })
})

describe('HEALTH: the whole condition', () => {
  it('joins the clauses of one injury or illness', () => {
    expect(texts('经医院诊断为左上臂刀刺伤，肱动脉部分断裂，失血性休克（轻度），经手术已脱离危险。', 'HEALTH')).toEqual(['诊断为左上臂刀刺伤，肱动脉部分断裂，失血性休克（轻度）'])
    expect(texts('民警破门，发现老人脑出血倒地昏迷，送医后脱离危险。', 'HEALTH')).toEqual(['脑出血倒地昏迷'])
  })
  it('does not join across another person or a new action', () => {
    expect(texts('经诊断，向前进头皮挫裂伤（长约4厘米），蒋小琴右腕软组织挫伤。', 'HEALTH')).toEqual(['头皮挫裂伤（长约4厘米）', '右腕软组织挫伤'])
  })
  it('grows a condition over its qualifiers and endings', () => {
    expect(texts('学生刘某某从高处坠落，胸12椎体爆裂性骨折伴不完全性截瘫。', 'HEALTH')).toEqual(['胸12椎体爆裂性骨折伴不完全性截瘫'])
    expect(texts('患者，女，4岁，痉挛型脑性瘫痪（双下肢为主）。', 'HEALTH')).toEqual(['痉挛型脑性瘫痪（双下肢为主）'])
    // (致盲, the blindness it caused, is the condition too)
    expect(texts('吴振东因糖尿病视网膜病变致盲。', 'HEALTH')).toEqual(['糖尿病视网膜病变致盲'])
  })
  it('reads a result written right after a name', () => {
    expect(texts('发现同班学生闫雨萱PPD强阳性，已予预防性服药。', 'HEALTH')).toEqual(['PPD强阳性'])
  })
})

describe('ADDRESS in prose', () => {
  it('reads a Hong Kong address, a deictic building and a village household', () => {
    expect(texts('委託代理人：陳大文，住香港九龍深水埗長沙灣道233號永昌大廈11樓C室。', 'ADDRESS')).toEqual(['香港九龍深水埗長沙灣道233號永昌大廈11樓C室'])
    expect(texts('您称，您家住在该楼2单元7楼东户，今年8月底外墙脱落。', 'ADDRESS')).toEqual(['2单元7楼东户'])
    expect(texts('钟建明、彭小燕夫妇（三市镇石坪村七组）：女方孕检。', 'ADDRESS')).toEqual(['三市镇石坪村七组'])
    expect(texts('卫生院报告该乡城北乡东湖村三组24号村民孔德胜确诊肺结核。', 'ADDRESS')).toEqual(['城北乡东湖村三组24号'])
    expect(texts('其父亲胡德海（82岁，住簇桥街道锦城社区七里村路88号5栋2单元401）', 'ADDRESS')).toEqual(['簇桥街道锦城社区七里村路88号5栋2单元401'])
  })
})

describe('HEALTH: idioms of illness that mean something else', () => {
  it('reads no condition in 头痛医头、脚痛医脚 or 对症下药, and still reads a headache', () => {
    expect(texts('此类问题不能头痛医头、脚痛医脚，要对症下药、整治顽瘴痼疾。', 'HEALTH')).toEqual([])
    expect(texts('患者王秀英头痛三天，伴发热。', 'HEALTH')).toEqual(['头痛三天，伴发热'])
  })
})
