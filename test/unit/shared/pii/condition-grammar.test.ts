/**
 * Issue 11, second round: conditions read by their grammar rather than a word list (a medicine after a verb
 * of taking it or named with its dosage form, a condition named by its ending after 患/因, an accident
 * before 致, a forensic injury grade), campaigns and classes of people kept out; a household's address in
 * brackets after its name; a document's scope of readership as a marker.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('HEALTH: conditions by their grammar', () => {
  it('reads a medicine someone takes, by its verb or its dosage form', () => {
    expect(texts('村民郝军有癫痫，平时吃左乙拉西坦，家人担心。', 'HEALTH')).toContain('左乙拉西坦')
    expect(texts('患者邹玉珍长期服用二甲双胍缓释片，血糖控制一般。', 'HEALTH').join()).toContain('二甲双胍缓释片')
    expect(texts('村民贾文斌吃饭时与邻居发生口角。', 'HEALTH')).toEqual([])
  })
  it('reads a condition named by its ending, and how it happened', () => {
    expect(texts('据家长龙凤娥称孩子今年2月曾患川崎病，已治愈。', 'HEALTH').join()).toContain('川崎病')
    expect(texts('村民王建军今年3月在工地高处坠落致左股骨骨折，目前卧床。', 'HEALTH')).toEqual(['高处坠落致左股骨骨折'])
    expect(texts('经鉴定，祁德旺的损伤程度为轻伤二级。', 'HEALTH').join()).toContain('轻伤二级')
    expect(texts('两户致贫原因为因病、因学。', 'HEALTH')).toEqual([])
    expect(texts('经复查，村民陈秀兰检查结果显示肺部有阴影。', 'HEALTH').join()).toContain('肺部有阴影')
  })
  it('keeps campaigns, classes of people and statistics out', () => {
    expect(texts('今年全市继续推进“两癌筛查”。', 'HEALTH')).toEqual([])
    expect(texts('各校要加强对留守儿童、困境儿童的关心关爱。', 'HEALTH')).toEqual([])
    expect(texts('经评估，蒋宝林不属于重度残疾人，不享受护理补贴。', 'HEALTH')).toEqual([])
    expect(texts('辖区发生一起肠道病毒71型引起的手足口病聚集性疫情。', 'HEALTH')).toEqual([])
  })
})

describe('ADDRESS and CONFIDENTIAL_MARKER in unusual forms', () => {
  it('reads a household address in brackets after its name', () => {
    expect(texts('1.雷鸣户（三组12号），家庭3人。2.戴国庆老伯（西河新村14幢305室），独居。', 'ADDRESS')).toEqual(['三组12号', '西河新村14幢305室'])
    expect(texts('同宿舍（4栋312室）其他5名学生均无症状。', 'ADDRESS')).toEqual([])
  })
  it('reads a scope of readership said of the document', () => {
    expect(texts('本通报仅限院内传达，不得转发至微信群。', 'CONFIDENTIAL_MARKER')).toContain('仅限院内传达')
    expect(texts('该信息仅限专案管理人员知悉。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
  it('reads a use the document is limited to as a mark, and not the purpose of something else', () => {
    expect(texts('职业健康检查结果通报（仅限本单位职业健康管理使用）', 'CONFIDENTIAL_MARKER')).toEqual(['（仅限本单位职业健康管理使用）'])
    expect(texts('本名单仅限经办人员审核使用。', 'CONFIDENTIAL_MARKER')).toEqual(['仅限经办人员审核使用'])
    expect(texts('该笔资金仅限用于困难群众临时生活补助使用。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
  it('reads a mark in its own cell of a heading line, and 保 密 spaced out', () => {
    expect(texts('二楼护理区　交接班记录　　　　　　院内资料　不得外传\n交班护士：李梅', 'CONFIDENTIAL_MARKER')).toEqual(['院内资料', '不得外传'])
    expect(texts('保　密　　仅限献血者本人拆阅　　　编号：DZXZ-2024-1873', 'CONFIDENTIAL_MARKER')).toEqual(['保　密', '仅限献血者本人拆阅'])
    // (in a sentence, a promise of discretion is no mark)
    expect(texts('我们将对您反映的情况严格保密，请勿担心。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
})

describe('HEALTH: the whole condition, as a clinician writes it (issue 11, sixth round)', () => {
  it('keeps a severity kind to its own characters, never a name’s last one (韩立波|重型颅脑损伤)', () => {
    expect(texts('经诊断，韩立波重型颅脑损伤，目前在重症监护室。', 'HEALTH')).toEqual(['重型颅脑损伤'])
    expect(texts('经诊断，韩立波重型颅脑损伤，目前在重症监护室。', 'PERSON_NAME')).toEqual(['韩立波'])
  })
  it('takes the whole body part, the stage, the vertebra and how often before the condition', () => {
    expect(texts('村民柳长根双下肢骨性关节炎多年，行走困难。', 'HEALTH')).toEqual(['双下肢骨性关节炎'])
    expect(texts('患者申玉梅诉反复右上腹痛2年，近期加重。', 'HEALTH')).toEqual(['反复右上腹痛2年'])
    expect(texts('老人伍福全骶尾部Ⅲ期压疮，由家庭医生上门换药。', 'HEALTH')).toEqual(['骶尾部Ⅲ期压疮'])
    expect(texts('患者柏志刚腰椎L2压缩性骨折，卧床治疗。', 'HEALTH')).toEqual(['腰椎L2压缩性骨折'])
    expect(texts('术中见患者邵敏胆总管损伤，予以修补。', 'HEALTH').join()).toContain('胆总管损伤')
    expect(texts('患者郁文涛饭后腹胀明显，偶有咳嗽。', 'HEALTH')).toEqual(['腹胀明显', '偶有咳嗽'])
  })
  it('takes the grade, a relapse, a pregnancy’s duration and a temperature’s unit after it', () => {
    expect(texts('经鉴定，焦德顺为职业性尘肺贰期。', 'HEALTH')).toEqual(['职业性尘肺贰期'])
    expect(texts('村民范长海今年3月脑梗死复发，再次住院。', 'HEALTH')).toEqual(['脑梗死复发'])
    expect(texts('其妻邝小红怀孕6个月，目前在家休养。', 'HEALTH')).toEqual(['怀孕6个月'])
    expect(texts('学生温子轩体温38.9℃，已通知家长接回。', 'HEALTH')).toEqual(['体温38.9℃'])
  })
  it('reads no pregnancy term across two words (安全生|产检|查, 待|孕妇|女)', () => {
    expect(texts('开展医疗机构安全生产检查4轮。', 'HEALTH')).toEqual([])
    expect(texts('待孕妇女均可参加免费检查。', 'HEALTH')).toEqual([])
    expect(texts('孕妇张丽怀孕后血压偏高。', 'HEALTH')).toContain('怀孕')
  })
  it('reads a lab value with its bracketed abbreviation, a power of ten before its unit, and a work-injury grade', () => {
    expect(texts('患者李德昌急查肌酸激酶（CK）28600U/L。', 'HEALTH')).toEqual(['肌酸激酶（CK）28600U/L'])
    expect(texts('患儿初筛苯丙氨酸（Phe）4.8mg/dL。', 'HEALTH')).toEqual(['苯丙氨酸（Phe）4.8mg/dL'])
    expect(texts('新生儿初筛G6PD活性1.2U/gHb。', 'HEALTH')).toEqual(['G6PD活性1.2U/gHb'])
    expect(texts('患者刘勇HCV RNA 3.6×10⁵ IU/mL。', 'HEALTH').join()).toContain('HCV RNA 3.6×10⁵ IU/mL')
    expect(texts('职工郝建军经鉴定为工伤九级。', 'HEALTH')).toEqual(['工伤九级'])
    expect(texts('本品每片含量为0.5mg/L。', 'HEALTH')).toEqual([])
  })
  it('never begins a condition inside the word before it (知道|中风)', () => {
    expect(texts('老人张秀珍吃华法林，家人知道中风要抢时间。', 'HEALTH')).not.toContain('道中风')
  })
  it('knows common conditions of the eyes, spine, blood and liver and a newborn’s screening results', () => {
    expect(texts('学生王浩电脑验光提示近视，家长已知晓。', 'HEALTH')).toContain('近视')
    expect(texts('患儿刘洋9月10日出现体温不升、呼吸暂停。', 'HEALTH').join()).toContain('呼吸暂停')
    expect(texts('村民张国富去年做了心脏支架手术，每天服药。', 'HEALTH').join()).toContain('心脏支架手术')
  })
})
