/**
 * A condition's span reaches the words a clinician writes before it (issue 11): how much and how it looks
 * (大量腹水, 水样腹泻, 散在红色斑丘疹), when it shows (整夜失眠, 孕期贫血) and the body part, whole
 * (颜面部, 耳廓, 屈肌腱) — so that masking it leaves no part of the condition behind.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

const health = (text: string): string[] => texts(text, 'HEALTH')

describe('HEALTH: the qualifiers written before a condition', () => {
  it('keeps an amount, a look and a colour with the sign', () => {
    expect(health('患者刘桂兰今年2月起出现大量腹水，本人要求居家治疗。').join('|')).toContain('大量腹水')
    expect(health('学生王子涵次日凌晨出现水样腹泻6次，体温38.2℃。').join('|')).toContain('水样腹泻6次')
    expect(health('幼儿陈奕辰躯干及四肢出现散在红色斑丘疹，家长已带其就医。').join('|')).toContain('散在红色斑丘疹')
  })

  it('keeps when it shows and how widely', () => {
    expect(health('张秀英近一个月整夜失眠，不愿出门。').join('|')).toContain('整夜失眠')
    expect(health('孕妇李娟11月9日因孕期贫血（血红蛋白92g/L）到县医院复查。').join('|')).toContain('孕期贫血')
    expect(health('老人周德明今年8月突发大面积脑梗死，目前卧床。').join('|')).toContain('大面积脑梗死')
  })

  it('keeps the whole body part', () => {
    expect(health('接种后约20分钟，患儿颜面部及躯干散在红色风团，口唇肿胀。').join('|')).toContain('颜面部及躯干散在红色风团')
    expect(health('村民柯子墨被犬咬伤，左耳廓咬伤，属Ⅲ级暴露。').join('|')).toContain('左耳廓咬伤')
  })
})

describe('HEALTH: medicines, signs and stings of the eighteenth and nineteenth blind sets', () => {
  it('reads every medicine of a 、-list after a verb of taking them', () => {
    expect(health('患者阿苦拉哈强化期每日服用异烟肼、利福平、吡嗪酰胺、乙胺丁醇四联抗结核药。').join('|')).toContain('异烟肼、利福平、吡嗪酰胺、乙胺丁醇')
    // a product's name and its count is goods, not a medicine someone takes
    expect(health('当事人销售注射用头孢曲松钠17支、地塞米松磷酸钠注射液2盒。').join('|')).not.toContain('头孢曲松钠17支')
  })

  it('reads a clouded mind and slurred speech as signs', () => {
    expect(health('患者刘德旺神志淡漠，右大腿畸形。').join('|')).toContain('神志淡漠')
    expect(health('其父张建国脑梗死后遗留右侧肢体偏瘫、言语欠清。').join('|')).toContain('言语欠清')
  })

  it('reads a sting or a goring with the body part as an injury', () => {
    expect(health('学生王雨萱在放学途中被马蜂蜇伤头面部多处。').join('|')).toContain('被马蜂蜇伤头面部')
    expect(health('村民李强上山时被野猪拱伤左大腿。').join('|')).toContain('被野猪拱伤左大腿')
  })

  it('does not take a value measured on someone for a count of cases', () => {
    expect(health('患者孙建波现场测指尖血糖1.9mmol/L，考虑低血糖昏迷。').join('|')).toContain('低血糖昏迷')
  })
})

describe('HEALTH: medicines by their stem, plain-word symptoms of the mind, drowning', () => {
  it('reads a medicine named by its stem with no verb or form before it', () => {
    expect(health('随访发现患者张秀英自行将二甲双胍减为每日一次。')).toContain('二甲双胍')
    // the stem inside a place's name, or alone, is no medicine
    expect(health('　女　　长沙星沙纺织厂职工')).toEqual([])
  })

  it('reads what a relative says of someone’s mind in plain words', () => {
    expect(health('家属反映其子张建国夜间不眠、自言自语，3月28日送医。').join('|')).toContain('自言自语')
  })

  it('reads a drowning someone died of', () => {
    expect(health('村民李雨桐2024年4月因溺水死亡。')).toContain('溺水')
  })
})

describe('HEALTH: complaints in plain words (the health-heavy twenty-second blind set)', () => {
  it('reads a body part and what is wrong with it, as people say it', () => {
    expect(health('患者张德明诉两只脚发麻、像针扎一样疼。').join('|')).toContain('两只脚发麻')
    expect(health('老人王秀英自述近一周头昏、后脖子发紧。').join('|')).toContain('后脖子发紧')
    expect(health('患者刘桂兰出院时左侧偏瘫、左半身发麻。').join('|')).toContain('左半身发麻')
  })

  it('reads sleeplessness and hopelessness someone reports', () => {
    expect(health('其子反映，母亲黄玉珍出院后常一个人掉眼泪，夜里睡不着。').join('|')).toContain('睡不着')
    expect(health('社区矫正对象李强去年曾有过“不想活了”的念头。').join('|')).toContain('不想活了')
  })

  it('does not take an institution after "sent to" for the condition’s own name', () => {
    expect(health('患者张三因突发右侧胸痛、呼吸困难送市人民医院。').join('|')).toContain('呼吸困难')
  })
})

describe('HEALTH: prescriptions and obstetric shorthand', () => {
  it('reads a medicine whose dose follows its form, and a prescription list', () => {
    expect(health('患者唐静确诊中度抑郁发作，服用艾司西酞普兰片10mg。')).toContain('艾司西酞普兰片10mg')
    expect(health('患者刘强出院带药：利培酮片2mg，每日2次；盐酸苯海索片2mg，每日1次。')).toContain('盐酸苯海索片2mg，每日1次')
  })

  it('reads gravidity and parity, weeks written with their days, and weeks since the last period', () => {
    const found = health('产妇杨静怡，G2P1，孕39+2周，因“停经39+2周，不规律下腹痛”入院。').join('|')
    expect(found).toContain('G2P1')
    expect(found).toContain('停经39+2周')
    expect(health('全年GDP增长5%，G20峰会召开。')).toEqual([])
  })
})

describe('HEALTH: a complaint a relative reports', () => {
  it('ties the complaints after 反映 to the person they are about', () => {
    expect(health('其女儿黄丽华反映，老人近三个月空腹血糖13.6mmol/L左右，双足麻木，独自在家。').join('|')).toContain('双足麻木')
  })
})

describe('LICENSE_PLATE: an irregular new-energy plate of a car someone drove', () => {
  it('reads it beside 自驾', () => {
    expect(texts('她自驾陕A·D72K91送父亲到西安。', 'LICENSE_PLATE')).toEqual(['陕A·D72K91'])
  })
})

describe('HEALTH: a device, a regimen and a kind of event are no one’s condition', () => {
  it('reads no condition in a device named by what it prevents, a regimen or a kind of adverse event', () => {
    expect(health('9月下旬为老人朱德明送到防褥疮气垫床一张。')).toEqual([])
    expect(health('患者詹国平改为含利奈唑胺的全口服方案治疗。').join('|')).not.toContain('方案')
    expect(health('科室发生一起住院患者夜间自行如厕跌倒致骨折的不良事件。')).toEqual([])
  })
})
