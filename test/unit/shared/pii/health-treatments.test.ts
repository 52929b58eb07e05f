/**
 * HEALTH in the wordings of the thirteenth blind set (issue 11): treatments given so many times or read
 * from an examination, medicines cut at their dosage form, allergies with what causes them, graded urine
 * results, wounds in several places, and campaign advice that is nobody's condition.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('HEALTH: treatments and examinations', () => {
  it('ties a treatment to someone by how many courses or sessions they had', () => {
    expect(texts('村民李秀兰患乳腺癌，在县医院做了4个疗程化疗，自付部分已报销。', 'HEALTH')).toContain('化疗')
    expect(texts('户主王德明每周在县医院肾内科做三次血液透析，已丧失劳动能力。', 'HEALTH')).toContain('血液透析')
  })
  it('keeps what a treatment is given after and for', () => {
    expect(texts('户主王德明去年行乳腺癌根治术，目前仍在做术后辅助化疗。', 'HEALTH')).toContain('术后辅助化疗')
  })
  it('reads an examination that shows a condition, and a doctor\'s judgement', () => {
    expect(texts('申请人周建军伤后8个月复查提示骨折延迟愈合，至今仍需扶拐。', 'HEALTH')).toContain('骨折延迟愈合')
    expect(texts('学生刘浩然在终点处摔倒，校医判断为轻度中暑，在阴凉处休息。', 'HEALTH').join('|')).toContain('轻度中暑')
  })
  it('reads oxygen at home as a treatment', () => {
    expect(texts('来电人孙美华称其母亲患慢阻肺，需长期在家吸氧。', 'HEALTH').join('|')).toContain('吸氧')
  })
})

describe('HEALTH: medicines, allergies and results', () => {
  it('ends a medicine at its dosage form after a verb of taking', () => {
    expect(texts('社区康复人员李娜在市第八医院服用索磷布韦维帕他韦片抗病毒治疗。', 'HEALTH').join('|')).toContain('索磷布韦维帕他韦片')
    // two medicines joined stay one regimen
    expect(texts('患者邱海峰长期服用碳酸锂缓释片和喹硫平，病情稳定。', 'HEALTH').join('|')).toContain('碳酸锂缓释片和喹硫平')
  })
  it('reads an allergy with its allergen, and milk is no animal', () => {
    expect(texts('学生陈子墨，男，牛奶蛋白过敏，误食后出现皮疹。', 'HEALTH').join('|')).toContain('牛奶蛋白过敏')
    expect(texts('学生林一诺，女，花生及树坚果严重过敏，已备药。', 'HEALTH')).toContain('花生及树坚果严重过敏')
  })
  it('reads a graded urine result', () => {
    expect(texts('孕妇何丽娟血压160/98mmHg，尿蛋白（++），未及时转诊。', 'HEALTH').join('|')).toContain('尿蛋白（++）')
  })
  it('counts abortions with the term', () => {
    expect(texts('产妇韦春燕孕4产2，既往人工流产1次。', 'HEALTH').join('|')).toContain('人工流产1次')
  })
})

describe('HEALTH: wounds and body parts', () => {
  it('reads a wound in several places of a body part', () => {
    expect(texts('患者马国强被流浪犬咬伤，造成左小腿及左踝部多处贯通伤。', 'HEALTH').join('|')).toContain('左小腿及左踝部多处贯通伤')
  })
  it('reads 大腿 and 睾丸 as body parts', () => {
    expect(texts('户主韩大勇因车祸行右下肢大腿中段截肢。', 'HEALTH').join('|')).toContain('右下肢大腿中段截肢')
    expect(texts('病例王建华，男，主诉发热伴右侧睾丸肿痛。', 'HEALTH').join('|')).toContain('右侧睾丸肿痛')
  })
})

describe('HEALTH: advice is nobody\'s condition', () => {
  it('does not flag what a health tip tells people to prevent', () => {
    expect(texts('高温天气健康提示：防中暑、防食物中毒、防误食有毒野菜。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: what is not a condition', () => {
  it('does not read a vaccine named by its diseases as a condition', () => {
    expect(texts('患儿王小明在预防接种门诊接种麻疹-腮腺炎-风疹联合减毒活疫苗后出现发热、皮疹。', 'HEALTH')).toEqual(['发热、皮疹'])
    expect(texts('患儿王小明今后不再接种含百日咳成分疫苗。', 'HEALTH')).toEqual([])
  })
  it('does not read 无力 in "unable to" as weakness', () => {
    expect(texts('申请人王建军表示无力继续承担医疗费用。', 'HEALTH')).toEqual([])
    expect(texts('患者王建军近日四肢无力，已就医。', 'HEALTH').join('|')).toContain('无力')
  })
  it('reads a drug dependence, not a rehabilitation order, as health data', () => {
    const found = texts('社区戒毒人员马小龙，社区戒毒第2年，有海洛因依赖史十余年。', 'HEALTH').join('|')
    expect(found).toContain('海洛因依赖')
    expect(found).not.toContain('社区戒毒')
  })
  it('reads the pregnancy, not the word for the woman', () => {
    const found = texts('产妇宋佳怡，28岁，孕37+2周，因阵发性腹痛入院。', 'HEALTH').join('|')
    expect(found).toContain('孕37+2周')
    expect(found).not.toMatch(/(?:^|\|)产妇/)
  })
})

describe('HEALTH: a phase, a certificate, an allergy and a burn', () => {
  it('reads 活动期 as the phase of a disease, not a campaign', () => {
    expect(texts('从业人员王建军复查结果提示慢性乙型肝炎活动期。', 'HEALTH').join('|')).toContain('慢性乙型肝炎活动期')
  })
  it('reads a condition named in someone\'s diagnosis certificate', () => {
    expect(texts('患儿刘宇轩已取得华西第二医院孤独症谱系障碍（轻度）诊断证明。', 'HEALTH').join('|')).toContain('孤独症谱系障碍（轻度）')
  })
  it('reads 对…过敏 with what causes it', () => {
    expect(texts('来电人孙美华称医生认为其子张浩然对霉菌过敏，已住院。', 'HEALTH').join('|')).toContain('对霉菌过敏')
  })
  it('does not read a burn\'s share of the body as statistics', () => {
    expect(texts('伤者王德明致头面部、颈部及双上肢深Ⅱ度烧伤，烧伤总面积约18%TBSA。', 'HEALTH').some((t) => t.includes('双上肢深'))).toBe(true)
  })
})

describe('HEALTH: chromosomal conditions, a low-lying placenta, a newborn\'s weight', () => {
  it('reads them as someone\'s condition', () => {
    expect(texts('孕妇韦春燕，NIPT提示胎儿18-三体综合征高风险。', 'HEALTH').join('|')).toContain('18-三体综合征')
    expect(texts('孕妇吴丽娟产检时医生提醒她胎盘低置，要尽量卧床。', 'HEALTH').join('|')).toContain('胎盘低置')
  })
})
