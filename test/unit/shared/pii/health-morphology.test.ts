/**
 * HEALTH read by the shape of the language rather than by seen phrases (issue 11, item 2): clinical scales
 * and scores, graded findings, signs on a body part, symptom lists that run over a comma or have no known
 * word, medicines by stem, dosage form and dose, and a concentration that is not statistics. Each case
 * also checks the decoy of the same shape (a full mark, a mean, a statistic, advice) stays unflagged.
 */
import { describe, expect, it } from 'vitest'
import { texts, wordedScan as scan } from './helpers'

const health = (t: string): string => texts(t, 'HEALTH').join('|')

describe('HEALTH: scales and scores', () => {
  it('reads a scale’s score about someone', () => {
    const found = health('入户评估：老人刘桂兰，80岁，Barthel指数30分，MMSE评分9分，入院时格拉斯哥昏迷评分13分。')
    expect(found).toContain('Barthel指数30分')
    expect(found).toContain('MMSE评分9分')
    expect(found).toContain('格拉斯哥昏迷评分13分')
  })
  it('does not read a full mark or a mean as someone’s score', () => {
    expect(health('评估员说明：ADL量表满分100分，全镇老人平均MMSE评分24分。')).not.toMatch(/100分|24分/)
  })
  it('explains a score by its kind and what ties it to someone', () => {
    const f = scan('患者赵明，男，70岁，MoCA评分12分。').find((x) => x.type === 'HEALTH')
    expect(f?.reasons).toEqual(expect.arrayContaining(['health score', 'sentence is about a person']))
  })
})

describe('HEALTH: graded findings and signs on a body part', () => {
  it('reads a rabies exposure grade and a muscle strength', () => {
    const found = health('患儿阎思琪，8岁，被犬咬伤右前臂，判定为Ⅲ级暴露。患者黄永福出院后遗留左上肢肌力3级。')
    expect(found).toContain('Ⅲ级暴露')
    expect(found).toContain('左上肢肌力3级')
  })
  it('reads signs known only by body part and ending', () => {
    const found = health('患儿廖子轩，3岁，体温39.1℃，咽部充血，双侧扁桃体Ⅱ度肿大。职工吴大山左侧精索静脉曲张Ⅱ度。')
    expect(found).toContain('咽部充血')
    expect(found).toContain('扁桃体Ⅱ度肿大')
    expect(found).toContain('精索静脉曲张')
  })
  it('does not read a sign’s ending without a body part', () => {
    expect(health('村民王建国说，村里道路狭窄，市场规模扩张，人心不齐。')).toBe('')
  })
  it('reads an infection with its pathogen', () => {
    expect(health('患儿樊小蝶，6岁，近期出现巨细胞病毒感染。')).toContain('巨细胞病毒感染')
  })
})

describe('HEALTH: symptom lists', () => {
  it('carries what ties a symptom to someone over a comma to the next symptom', () => {
    expect(health('患者张建华，男，45岁。因“咳嗽、咳黄痰3天，发热38.6℃”到卫生院就诊。')).toContain('发热38.6℃')
  })
  it('reads a 、-list after 出现 when one item has a symptom’s shape', () => {
    expect(health('患儿廖子轩今晨出现精神萎靡、食欲下降，遂来院。')).toContain('食欲下降')
  })
  it('leaves advice about symptoms alone', () => {
    expect(health('接诊医生：莫志刚。患儿廖子轩，3岁。\n备注：请家长注意孩子保暖，出现高热不退、呼吸急促等情况及时就医。')).not.toContain('高热')
  })
})

describe('HEALTH: medicines by their shape', () => {
  it('reads medicines after 予, 肌注 and 购买, and a drug form that begins in the name (叶酸片)', () => {
    const found = health('患儿廖子轩收住病房，予头孢呋辛钠注射液静滴。患者杨翠英长期口服甲氨蝶呤片每周10mg和叶酸片。患者刘洋在药店购买恩替卡韦分散片0.5mg共14盒。')
    expect(found).toContain('头孢呋辛钠注射液')
    expect(found).toContain('叶酸片')
    expect(found).toContain('恩替卡韦分散片0.5mg')
    expect(found).not.toContain('药店')
  })
  it('reads a regimen of several medicines with their doses', () => {
    expect(health('患者李军确诊HIV感染，一直服用替诺福韦300mg+拉米夫定300mg每日一次。')).toContain('替诺福韦300mg+拉米夫定300mg')
  })
})

describe('HEALTH: a concentration is not statistics', () => {
  it('keeps a diagnosis in a sentence with 0.9%氯化钠', () => {
    expect(health('该患者男，45岁，医师诊断为急性支气管炎，给予头孢曲松钠2.0g加入0.9%氯化钠注射液静滴。')).toContain('急性支气管炎')
  })
  it('still reads a share of people as statistics', () => {
    expect(health('辖区今年共报告急性支气管炎病例120例，占呼吸道就诊的23.5%。')).toBe('')
  })
})

describe('HEALTH: conditions written in full, symptoms at a clause start, and counts of one person', () => {
  it('reads conditions a clinician writes whole, with their qualifiers', () => {
    const found = health('患者周海涛确诊劳力性热射病，合并横纹肌溶解综合征、弥散性血管内凝血。其母陈秀丽，83岁，重度老年性痴呆。')
    expect(found).toContain('横纹肌溶解综合征')
    expect(found).toContain('弥散性血管内凝血')
    expect(found).toContain('重度老年性痴呆')
  })
  it('does not let a verb before a kind ending in 性 into the condition', () => {
    expect(texts('王建国目前仍有记忆力减退，医院提示需警惕迟发性脑病。', 'HEALTH')).toContain('迟发性脑病')
  })
  it('reads a symptom named by a body part or function at a clause’s start, beside another condition', () => {
    const found = health('学生刘思远，肢体残疾一级，吞咽困难，口唇发绀，夜间定向力丧失。')
    expect(found).toMatch(/吞咽困难/)
    expect(found).toMatch(/口唇发绀/)
  })
  it('does not count one named person as statistics, nor a blood concentration as a rate', () => {
    expect(health('另有1名乡村医生为村民孙桂兰静脉输注头孢类抗生素，患者孙桂兰出现过敏性休克。')).toContain('过敏性休克')
    expect(health('患者乌兰其其格送达医院时碳氧血红蛋白浓度41%，诊断为急性重度一氧化碳中毒。')).toContain('一氧化碳中毒')
  })
  it('still reads a sentence of figures as statistics', () => {
    expect(health('今年全县共报告过敏性休克病例3例，发病率较去年下降12%。')).toBe('')
  })
})

describe('HEALTH: a verb of any work, and a screening campaign', () => {
  it('reads no treatment in 实施路面修补 but does in 进行血液透析', () => {
    expect(health('对5条背街小巷实施路面修补、管线入地。')).toBe('')
    expect(health('患者王建华每周进行血液透析三次。')).toContain('血液透析')
  })
  it('reads no one’s health in a 两癌筛查 campaign', () => {
    expect(health('三是巩固两癌筛查和适龄女生HPV疫苗接种成果。')).toBe('')
  })
})

describe('HEALTH: operations joined after one verb, passive injuries, symptoms beside a tied condition', () => {
  it('reads every operation after one 行', () => {
    const found = health('患者陈冬生致左胫腓骨开放性骨折，先后行外固定支架固定术及二期植骨术。')
    expect(found).toContain('外固定支架固定术及二期植骨术')
  })
  it('reads an operation written with Latin letters', () => {
    expect(health('患者余秀兰诊断为胆汁性腹膜炎，行胆管空肠Roux-en-Y吻合术。')).toContain('Roux-en-Y吻合术')
  })
  it('reads a passive injury to a body part joined by 和 or ending in 底', () => {
    expect(health('学生蒙俊宇右足底被江底碎石割伤。')).toContain('右足底被江底碎石割伤')
    expect(health('居民罗国庆面部和双手被火焰灼伤。')).toContain('面部和双手被火焰灼伤')
  })
  it('reads a complaint in the sentence of a condition tied to the person, and not one in a sentence of its own', () => {
    expect(health('邹宇航当晚出现呕吐、阵发性腹痛，随后腹泻十余次。')).toContain('腹泻')
    expect(health('夏季要注意腹泻。')).toBe('')
  })
})

describe('HEALTH: a prescription, a lab value with its abbreviation, a veteran’s disability grade', () => {
  it('reads a medicine with its dose and how often as someone’s', () => {
    expect(health('据家属介绍，老人平时备有碳酸锂缓释片0.3g，每日2次。患者张文明，男，45岁。')).toContain('碳酸锂缓释片0.3g，每日2次')
  })
  it('reads a lab value with a bracketed abbreviation and new lab names', () => {
    const found = health('王建军体检：谷丙转氨酶（ALT）112U/L，血锂浓度0.92mmol/L。')
    expect(found).toContain('谷丙转氨酶（ALT）112U/L')
    expect(found).toContain('血锂浓度0.92mmol/L')
  })
  it('reads 七级残疾 after an assessment, not a range of grades', () => {
    expect(health('退役军人张大勇，评定为七级残疾。')).toContain('七级残疾')
    expect(health('本办法适用于一至十级残疾人员。')).toBe('')
  })
})
