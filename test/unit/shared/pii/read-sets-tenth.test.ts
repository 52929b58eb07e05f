/**
 * Issue 11, tenth session, from the read sets: dates of birth the engine missed — a lunar month (一九七九年腊月生,
 * 出生日期：1949年腊月), a year 生人, a date alone in the bracket after a name (刘长顺（1944年2月）), a date after an age
 * that agrees with it, a row's date that a gap runs on into the next cell; markers after a note on private matters;
 * a first line that is a row about someone; counts of people by category.
 */
import { describe, expect, it } from 'vitest'
import { scan } from '../../../../shared/pii/index'
import { texts } from './helpers'

describe('DATE_OF_BIRTH: the lunar calendar and a bare year', () => {
  it('reads a lunar month after a year in Chinese numerals or in digits', () => {
    expect(texts('3．刘文学 男 一九七九年腊月生 住刘楼村二组', 'DATE_OF_BIRTH')).toEqual(['一九七九年腊月生'])
    expect(texts('余秀芝，女，一九四九年冬月生，独居。', 'DATE_OF_BIRTH')).toEqual(['一九四九年冬月生'])
    expect(texts('王大爷1952年冬月初八生，今年七十多了。', 'DATE_OF_BIRTH')).toEqual(['1952年冬月初八生'])
    expect(texts('出生日期：1949年腊月 现住址：者密镇', 'DATE_OF_BIRTH')).toEqual(['1949年腊月'])
    const [f] = scan('出生日期：1949年腊月 现住址：者密镇').filter((x) => x.type === 'DATE_OF_BIRTH')
    expect(f?.reasons.map((r) => r.code)).toContain('lunarDate')
  })
  it('reads a lunar date after every birth label, with its day, and no year after this one (from the review)', () => {
    expect(texts('出生时间：1949年腊月 现住址：者密镇', 'DATE_OF_BIRTH')).toEqual(['1949年腊月'])
    expect(texts('王大爷一九五二年腊月二十三生。', 'DATE_OF_BIRTH')).toEqual(['一九五二年腊月二十三生'])
    expect(texts('出生日期：3000年腊月', 'DATE_OF_BIRTH')).toEqual([])
  })
  it('reads a year followed by 生人, and not a lunar month that is a season of work', () => {
    expect(texts('老爷子1938年生人，属虎的。', 'DATE_OF_BIRTH')).toEqual(['1938年生人'])
    expect(texts('2024年腊月开始清扫积雪，正月结束。', 'DATE_OF_BIRTH')).toEqual([])
  })
})

describe('DATE_OF_BIRTH: right after a person', () => {
  it('reads a year and month alone in the bracket after a found name', () => {
    expect(texts('一组 刘长顺（1944年2月）：血压176/100，头晕。', 'DATE_OF_BIRTH')).toEqual(['1944年2月'])
    expect(texts('家庭成员：妻陈秀治（1954年2月）；儿子在外打工。', 'DATE_OF_BIRTH')).toEqual(['1954年2月'])
  })
  it('does not read a bracket that says what happened then, or a bracket after no name', () => {
    expect(texts('张伟（2024年5月入职）负责值班。', 'DATE_OF_BIRTH')).toEqual([])
    expect(texts('第三季度工作总结（2024年9月）已上报。', 'DATE_OF_BIRTH')).toEqual([])
  })
  it('reads a date after an age only where the age agrees with it', () => {
    expect(texts('邵秀英，女，89岁，1935-02-11，身份证号另附。', 'DATE_OF_BIRTH')).toEqual(['1935-02-11'])
    expect(texts('邵秀英，女，89岁，2024-02-11，入住养老院。', 'DATE_OF_BIRTH')).toEqual([])
  })
  it('cuts a row\'s date at its month where a gap runs into the next cell', () => {
    const rows = '序号 姓名 性别 出生年月 发病日期\n2 王若曦 女 2019年11月 5月10日 发热\n3 赵一诺 男 2020年1月 5月10日 口腔疱疹\n'
    expect(texts(rows, 'DATE_OF_BIRTH')).toEqual(['2019年11月', '2020年1月'])
  })
})

describe('CONFIDENTIAL_MARKER: a note that the document holds private matters', () => {
  it('reads the instruction after it, with the note, as the document\'s mark', () => {
    expect(texts('涉及患者隐私　请勿外传\n\n病区：男二病区', 'CONFIDENTIAL_MARKER')).toEqual(['涉及患者隐私　请勿外传'])
    expect(texts('第3页/共7页\n涉及患者隐私，不得对外提供\n序号｜姓名', 'CONFIDENTIAL_MARKER')).toEqual(['涉及患者隐私，不得对外提供'])
    expect(texts('4.本通报载有个人信息，仅限禁毒工作人员掌握，不得翻拍、转发。', 'CONFIDENTIAL_MARKER')).toEqual(['本通报载有个人信息，仅限禁毒工作人员掌握', '不得翻拍、转发'])
  })
  it('reads a heading\'s mark before a gap, and 保密 in brackets', () => {
    expect(texts('内部通报　注意保密\n\n关于一起院内感染事件的通报', 'CONFIDENTIAL_MARKER')).toEqual(['内部通报', '注意保密'])
    expect(texts('【保密】无锡市心理援助热线　高危来电转介记录', 'CONFIDENTIAL_MARKER')).toEqual(['【保密】'])
  })
  it('does not read a promise of discretion, or 保密 in a sentence', () => {
    expect(texts('我们将对您的个人信息严格保密。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(texts('请勿泄露他人隐私。该项目的保密工作要做好。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
})

describe('HEALTH on a first line that is a row about someone', () => {
  it('reads the condition in a first line of cells, and in a heading that names someone', () => {
    const two = '冉春燕／50023419800227****／HER2阳性乳腺癌\n患者HIV-1/2抗体阳性，已转介。\n'
    expect(texts(two, 'HEALTH')).toEqual(['HER2阳性乳腺癌', 'HIV-1/2抗体阳性'])
    expect(texts('关于王秀英患精神分裂症的情况报告\n\n经核查，情况如下。\n', 'HEALTH').join()).toContain('精神分裂症')
  })
  it('still reads no condition in a title about a programme', () => {
    expect(texts('关于做好手足口病防控工作的通知\n\n各村卫生室：现将有关事项通知如下。\n', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: a category and how many people are in it', () => {
  it('reads no one\'s condition in a count by category, and still reads the named child\'s', () => {
    const text = '孙浩然，男，2018年生，孤独症。\n全街道目前在册残疾儿童43名，其中视力残疾5名、听力残疾9名、肢体残疾16名。\n'
    expect(texts(text, 'HEALTH')).toEqual(['孤独症'])
  })
})

describe('ADDRESS: an office\'s seat after a label a home takes too', () => {
  it('reads no address where an office is named after it or right before its label', () => {
    expect(texts('如有异议，请向县医保局待遇保障股反映（地址：临泉县人民路88号县政务服务中心4楼）。', 'ADDRESS')).toEqual([])
    expect(texts('县人民医院，住所地南阳市宛城区仲景北路1366号。法定代表人：贺宏。', 'ADDRESS')).toEqual([])
    expect(texts('社区地址：青云谱区梅湖东路218号 联系电话：0791-88888888', 'ADDRESS')).toEqual([])
  })
  it('still reads a person\'s, under the same labels and under a home\'s label before a hospital\'s housing', () => {
    expect(texts('被告：张三，男，1970年生，住所地南阳市宛城区仲景北路13号2栋302室。', 'ADDRESS')).toEqual(['南阳市宛城区仲景北路13号2栋302室'])
    expect(texts('家庭住址：南阳市宛城区仲景北路1366号人民医院家属院3栋。', 'ADDRESS')).toEqual(['南阳市宛城区仲景北路1366号人民医院家属院3栋'])
  })
})

describe('HEALTH: what follows a verb of taking', () => {
  it('reads no medicine in an ordinary word, a direction or the verb said again', () => {
    expect(texts('县医院具备鞘内注射资质，已教轮换注射部位。', 'HEALTH')).toEqual([])
    expect(texts('就是多开了往外卖，俺劝过他。', 'HEALTH')).toEqual([])
  })
  it('still reads a medicine after it', () => {
    expect(texts('患者王某每天注射胰岛素。', 'HEALTH').join()).toContain('胰岛素')
  })
})

describe('HEALTH: what belongs to a condition after its words', () => {
  it('reads a bracketed qualifier and a value\'s sign or unit with it', () => {
    expect(texts('患者王秀英，右乳浸润性导管癌（Ⅱ期），尿蛋白3+，发烧38.6℃。', 'HEALTH')).toEqual(['右乳浸润性导管癌（Ⅱ期）', '尿蛋白3+', '发烧38.6℃'])
  })
  it('not a bracket that holds a finding of its own, a name or a date', () => {
    expect(texts('郭全福经评定为听力残疾三级（双耳感音神经性聋），已配助听器。', 'HEALTH')).toEqual(expect.arrayContaining(['听力残疾三级', '双耳感音神经性聋']))
    // (a clause after 确诊 is the condition up to a name in it: the name no longer hides the condition)
    expect(texts('患者王某确诊肺结核（张桂兰），现规律服药。', 'HEALTH')).toEqual(['确诊肺结核'])
    expect(texts('患者王某确诊肺结核（张桂兰），现规律服药。', 'PERSON_NAME')).toEqual(['张桂兰'])
  })
})

describe('HEALTH: where an injury is', () => {
  it('reads the body part with the side, the finger\'s joint and the wound\'s size', () => {
    expect(texts('伤者王某右足跟骨粉碎性骨折。', 'HEALTH')).toEqual(['右足跟骨粉碎性骨折'])
    expect(texts('患者额部3cm裂伤。', 'HEALTH')).toEqual(['额部3cm裂伤'])
    expect(texts('工人李某右手示指中节开放性骨折。', 'HEALTH').join()).toContain('右手示指中节开放性骨折')
  })
  it('reads no venereal disease inside 退行性病变', () => {
    expect(texts('张某膝关节退行性病变。', 'HEALTH').join()).not.toBe('性病变')
    expect(texts('张某膝关节退行性病变。', 'HEALTH').join()).toContain('退行性病变')
  })
})
