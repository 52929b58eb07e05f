/**
 * Health data in the wordings of the fourteenth blind set (issue 11): a symptom that opens a 、-list keeps its
 * own span, a procedure right after the verb that gives it, a sign read back from a pathological ending, the
 * organism a sample from someone grew — and a profession named after a therapy is no one's condition.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

const health = (text: string): string[] => texts(text, 'HEALTH')

describe('HEALTH: signs, procedures and organisms of the fourteenth blind set', () => {
  it('keeps the first of two listed symptoms', () => {
    expect(health('来电人孙美华反映，楼上连日装修噪声导致她失眠、头痛。').join('|')).toContain('失眠')
  })

  it('reads a procedure named right after the verb that gives it', () => {
    expect(health('患者陈桂英于10月12日在麻醉下再次行清创术。')).toEqual(['清创术'])
  })

  it('reads a sign from its pathological ending and the body part before it', () => {
    expect(health('患者杨秀英因动静脉内瘘闭塞住院。')).toContain('动静脉内瘘闭塞')
    expect(health('患者刘建国因糖尿病周围神经病变导致左足坏疽，转上级医院。').join('|')).toContain('左足坏疽')
    // 查体 is the examination, not part of the sign
    expect(health('患者王德明足部发凉约半年，查体双足背动脉搏动减弱。').join('|')).toContain('双足背动脉搏动减弱')
    expect(health('患者王德明足部发凉约半年，查体双足背动脉搏动减弱。').join('|')).not.toContain('体双')
  })

  it('reads the organism a sample from someone grew, not one found in water or food', () => {
    expect(health('患者赵德胜伤口分泌物培养检出耐甲氧西林金黄色葡萄球菌（MRSA）。')).toEqual(['耐甲氧西林金黄色葡萄球菌（MRSA）'])
    expect(health('经检测，该户井水检出大肠杆菌超标。')).toEqual([])
    expect(health('本次抽检的12批次食品中，1批次检出沙门氏菌。')).toEqual([])
  })

  it('does not read a profession named after a therapy as a condition', () => {
    expect(health('司法所已为社区矫正对象李某安排专职心理咨询师每两周开展谈话。')).toEqual([])
  })
})

describe('HEALTH: the fifteenth blind set', () => {
  it('reads the medicines joined to the first one taken', () => {
    // (with the dose in brackets after the second: a bracketed qualifier belongs to what it qualifies, tenth session)
    expect(health('患者王秀英服用二甲双胍缓释片和甘精胰岛素（睡前14单位）。')).toEqual(['二甲双胍缓释片', '甘精胰岛素（睡前14单位）'])
  })

  it('reads a patient’s complaint after 诉, but not 投诉 or 起诉', () => {
    expect(health('病历记录中已记载患者诉右上腹隐痛，但当班医生未处理。')).toEqual(['右上腹隐痛'])
    expect(health('来电人投诉楼上漏水，业主起诉物业公司。')).toEqual([])
  })

  it('reads what the pathology found, and a speech disorder beside a palsy', () => {
    expect(health('张秀兰行乳腺癌改良根治术，术后病理为浸润性导管癌Ⅱ期。')).toContain('浸润性导管癌Ⅱ期')
    expect(health('服务对象孟庆华遗留左侧肢体偏瘫、构音障碍，现能借助四脚拐行走。').join('|')).toContain('构音障碍')
  })
})

describe('HEALTH: 现用, a verb of taking', () => {
  it('reads the medicines after 现用', () => {
    expect(health('王秀英，2型糖尿病，现用二甲双胍缓释片和甘精胰岛素（睡前14单位）。').join('|')).toContain('甘精胰岛素')
  })
})

describe('HEALTH: a wound described on a body part', () => {
  it('reads an ulcer with its place, count and size', () => {
    expect(health('王秀英左足第二趾有一处约1cm浅表溃疡。')).toEqual(['左足第二趾有一处约1cm浅表溃疡'])
  })
})

describe('HEALTH: the sixteenth blind set', () => {
  it('reads a blood pressure after a verb of measuring, without the verb', () => {
    expect(health('调解时李建国气得血压也上来了，量了170/100mmHg。')).toContain('170/100mmHg')
  })

  it('reads a treatment someone gives themselves regularly, and no 近视 across 最近 and 视力', () => {
    // (视力也差了, her sight getting worse, is a complaint of her own: never 近视 across 最近 and 视力)
    expect(health('患者李秀英平时自己打胰岛素，最近视力也差了。')).toEqual(['打胰岛素', '视力也差了'])
  })

  it('reads jaundice and self-harm marks from their body part', () => {
    expect(health('患者张桂英体温39.4℃，皮肤巩膜轻度黄染。').join('|')).toContain('皮肤巩膜轻度黄染')
    expect(health('教师林晓雯发现学生王可欣左前臂多道新旧划痕，本人承认自伤。').join('|')).toContain('左前臂多道新旧划痕')
  })
})

describe('HEALTH: what goes on regularly, and a complaint right after a person word', () => {
  it('ties a treatment to someone by how often or how long it goes on', () => {
    expect(health('王秀英在家使用制氧机长期氧疗。')).toEqual(['长期氧疗'])
    expect(health('孟庆华现在每月去市里化疗一次。').join('|')).toContain('化疗')
    expect(health('每月开展健康讲座一次。')).toEqual([])
  })

  it('reads a complaint right after a person word, but not one foreseen with 时', () => {
    expect(health('值班护士反映母亲肚子胀、发烧，护士只说再观察。').join('|')).toContain('肚子胀')
    expect(health('护理员发现老人情绪异常时请直接打她电话。')).toEqual([])
  })
})

describe('HEALTH: the seventeenth blind set', () => {
  it('reads a fall-risk score, a scalp haematoma and a scratch on the cheek', () => {
    expect(health('患者申晓蕾Braden评分13分、Morse跌倒评分55分，均属高风险。').join('|')).toContain('Morse跌倒评分55分')
    expect(health('患者申晓蕾凌晨跌倒于床旁，致右额部头皮血肿约4cm×3cm。').join('|')).toContain('右额部头皮血肿')
    expect(health('执法队员常青左颊部皮肤抓伤三处。')).toEqual(['左颊部皮肤抓伤'])
  })
})

describe('HEALTH: what someone presents with', () => {
  it('reads the complaints after 表现为, and one joined with 和', () => {
    expect(health('患者欧阳春燕，女，主要表现为头痛、频繁呕吐、双手震颤，头颅CT未见异常。').join('|')).toContain('双手震颤')
    expect(health('患者王德明遗留左侧肢体偏瘫和构音障碍，目前在家康复。').join('|')).toContain('构音障碍')
  })
})
