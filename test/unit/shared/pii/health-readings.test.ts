/**
 * HEALTH readings added for issue 11's remaining misses and false alarms: advice and the document's
 * subject need a name the name detectors are sure of, a crop's disease is not a person's, a figure of the
 * condition itself is not statistics, and a patient's graded risk assessment is health data.
 */
import { describe, expect, it } from 'vitest'
import { texts, wordedScan as scan } from './helpers'

describe('HEALTH: sure names, not guesses, make advice someone’s', () => {
  it('reads an instruction to the public as advice although a medicine looks like a name', () => {
    expect(texts('抗菌药物须凭处方购买，不可自行服用阿莫西林、头孢类药物。', 'HEALTH')).toEqual([])
  })
  it('still reads the medicine someone takes', () => {
    expect(texts('村民王建国长期服用阿莫西林胶囊，近日复查。', 'HEALTH').join('|')).toContain('阿莫西林')
  })
})

describe('HEALTH: a crop’s disease is not a person’s health', () => {
  it('does not flag plant diseases, even in a document that names people', () => {
    expect(texts('农技员王建国提醒：密切关注小麦赤霉病、条锈病和油菜菌核病发生动态，晚稻稻瘟病病株及时清理。', 'HEALTH')).toEqual([])
  })
  it('explains the finding it drops', () => {
    const found = scan('农技员王建国提醒：注意条锈病。', { minConfidence: 0 }).filter((f) => f.type === 'HEALTH')
    for (const f of found) expect(f.reasons).toContain('about a crop, an animal or a sample, not a person')
  })
  it('still flags the same kind of word said of a person', () => {
    expect(texts('村民王建国患有肺结核，正在治疗。', 'HEALTH')).toEqual(['患有肺结核'])
  })
})

describe('HEALTH: the figures of a condition are not statistics', () => {
  it('reads lab values with percentages as someone’s', () => {
    const found = texts('患者高建华，男，66岁。辅助检查：空腹血糖9.6mmol/L，糖化血红蛋白7.8%；尿蛋白阴性。', 'HEALTH').join('|')
    expect(found).toContain('空腹血糖9.6mmol/L')
    expect(found).toContain('糖化血红蛋白7.8%')
  })
  it('still reads a count of cases in the sentence as statistics', () => {
    expect(texts('辖区今年共报告手足口病病例37例，发病率较去年下降12.5%。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: a graded risk assessment', () => {
  it('flags a patient’s risk level', () => {
    expect(texts('王大伟，男，42岁，精神分裂症，风险评估3级。', 'HEALTH').join('|')).toContain('风险评估3级')
    expect(texts('刘芳，女，危险性评估2级，家属监护。', 'HEALTH').join('|')).toContain('危险性评估2级')
  })
  it('does not flag a threshold, a level of no risk or a process', () => {
    expect(texts('各卫生院要对危险性评估3级以上患者落实管理，居民张三反映情况。', 'HEALTH')).toEqual([])
    expect(texts('韩秀梅，女，病情稳定，风险评估0级。', 'HEALTH').join('|')).not.toContain('0级')
    expect(texts('护士梁晓敏未按要求进行跌倒风险评估。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: an injury written as what was done to the body', () => {
  it('reads a passive verb of harm with the body part before or after it', () => {
    expect(texts('村民赵强被狗咬伤左小腿，已注射狂犬疫苗。', 'HEALTH').join('|')).toContain('被狗咬伤左小腿')
    expect(texts('救人过程中，高峰的右小腿被江底钢筋划伤。', 'HEALTH').join('|')).toContain('右小腿被江底钢筋划伤')
    expect(texts('村民钱德福左小腿被砸伤致胫骨骨折。', 'HEALTH')).toEqual(['左小腿被砸伤致胫骨骨折'])
  })
  it('does not read 被 with no harm, or harm with no body part, as a wound by itself', () => {
    expect(texts('村民张建国被告知伤情鉴定结果，被评为优秀党员。', 'HEALTH')).toEqual([])
    expect(texts('工人李明华被叉车挤伤，公司未申请工伤认定。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: a medicine as goods is not what someone takes', () => {
  it('does not flag medicines named for their package or price', () => {
    expect(texts('患者王秀兰反映，华法林钠片与格列美脲片外包装颜色相近，容易拿错。', 'HEALTH')).toEqual([])
  })
  it('still flags the medicine someone takes', () => {
    expect(texts('患者王秀兰每日服用华法林钠片。', 'HEALTH').join('|')).toContain('华法林钠片')
  })
})

describe('HEALTH: a faculty’s decline with its degree', () => {
  it('reads hearing, memory and cognition that have declined', () => {
    expect(texts('胡老今年九十二岁，双耳听力重度下降，由女儿照料。', 'HEALTH').join('|')).toContain('双耳听力重度下降')
    expect(texts('老人陈桂兰记忆力严重减退，常常记不清回家的路。', 'HEALTH').join('|')).toContain('记忆力严重减退')
    expect(texts('社区了解到老人钱玉芬目前认知功能中度损害。', 'HEALTH').join('|')).toContain('认知功能中度损害')
  })
  it('does not read a decline named as something to prevent', () => {
    expect(texts('家长要注意预防孩子视力下降，合理安排用眼时间。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: what someone says of their own health', () => {
  it('covers how the complaint came on and how long it has lasted', () => {
    expect(texts('患者林国华，74岁，主诉突发左侧肢体无力伴言语不清2小时。', 'HEALTH')).toEqual(['突发左侧肢体无力伴言语不清2小时'])
    // the condition and how long, not where the patient went (the second pass may take the 到 of 周到 along)
    const dizzy = texts('当日患者因反复头晕一周到内分泌科复诊。', 'HEALTH')
    expect(dizzy).toHaveLength(1)
    expect(dizzy[0]).toMatch(/^反复头晕一周/)
    expect(dizzy[0]).not.toMatch(/内|科/)
  })
  it('carries the complaint over the clauses that continue it, not over a negation', () => {
    const found = texts('患者王德明自述近两周头晕，晨起明显，双下肢轻度浮肿，无胸痛。', 'HEALTH')
    expect(found).toContain('双下肢轻度浮肿')
    expect(found.join('|')).not.toContain('胸痛')
  })
  it('stops the complaint where the sentence turns to what was done', () => {
    const found = scan('患者王德明自述头晕，经医生检查，双下肢浮肿。', { minConfidence: 0 }).filter((f) => f.type === 'HEALTH' && f.text.includes('浮肿'))
    for (const f of found) expect(f.reasons).not.toContain('tied to someone by 自述')
  })
})

describe('HEALTH: a measurement read by its shape', () => {
  it('reads a clinical item with a value in a clinical unit, a blood pressure and a titre', () => {
    const found = texts('患者邵明，男，58岁，甲胎蛋白986ng/mL，C反应蛋白18mg/L，左室射血分数38%；测末梢血糖1.9mmol/L，复测158/96mmHg，试管凝集1:200（++）。', 'HEALTH').join('|')
    for (const part of ['甲胎蛋白986ng/mL', 'C反应蛋白18mg/L', '左室射血分数38%', '末梢血糖1.9mmol/L', '158/96mmHg', '试管凝集1:200（++）']) expect(found).toContain(part)
  })
  it('does not read limits, targets or the concentration of a thing', () => {
    const found = texts('患者张建华反映：经监测，总镍浓度为3.86mg/L；使用含氯消毒剂（1000mg/L）；血压应控制在130/80mmHg以下；空腹血糖≥7.0mmol/L为诊断标准。', 'HEALTH')
    expect(found).toEqual([])
  })
  it('keeps a diagnosis’s qualifier apart from the verb before it', () => {
    expect(texts('患者邵明，男，58岁，考虑原发性肝癌。', 'HEALTH')).toEqual(['原发性肝癌'])
  })
})

describe('HEALTH: what a disease does to anyone is not someone’s condition', () => {
  it('reads descriptions, possibilities, conditions of a rule and classes of people as advice', () => {
    expect(texts('流感常表现为突然高热、畏寒、头痛、全身肌肉酸痛、乏力。', 'HEALTH')).toEqual([])
    expect(texts('退热药不宜过量，可能引起肝损伤。', 'HEALTH')).toEqual([])
    expect(texts('抗菌药物对流感无效，只有合并细菌感染时才需在医生指导下使用。', 'HEALTH')).toEqual([])
    expect(texts('65岁以上老年人，以及患有高血压、糖尿病等基础疾病的人群，感染后容易发展为重症。', 'HEALTH')).toEqual([])
  })
  it('does not read a pathogen named after a disease as the disease', () => {
    expect(texts('监测显示以甲型流感为主，同时存在肺炎支原体、呼吸道合胞病毒等病原体共同流行。', 'HEALTH')).toEqual([])
  })
  it('still reads the same words said of a named person', () => {
    expect(texts('患者王建民昨晚突然高热、畏寒，已送医。', 'HEALTH')).toEqual(['突然高热、畏寒'])
    expect(texts('学生刘子涵，8岁，确诊肺炎支原体肺炎。', 'HEALTH').join('|')).toContain('肺炎')
  })
})

describe('HEALTH: a medicine after 服用/口服 whatever its name; a degree of lost self-care', () => {
  it('reads the object of taking as a medicine', () => {
    expect(texts('老人王秀英长期服用恩替卡韦，每月复查。', 'HEALTH').join('|')).toContain('恩替卡韦')
  })
  it('does not read a time, an effect or water as one', () => {
    expect(texts('胃肠道反应较轻，饭后服用可减轻；患者王秀英服用两天后好转，嘱其服用温开水。', 'HEALTH').join('|')).not.toMatch(/可减轻|两天|温开水/)
  })
  it('reads 重度失能 from an assessment, and 近半年 as a time that ties a complaint', () => {
    expect(texts('老人沈桂芳经评估，能力等级为重度失能。', 'HEALTH').join('|')).toContain('重度失能')
    expect(texts('退役军人古力，近半年失眠，曾到医院就诊。', 'HEALTH').join('|')).toContain('失眠')
  })
})

describe('HEALTH: a treatment under way', () => {
  it('reads 正在化疗 and 每21天一次化疗 as someone’s treatment', () => {
    expect(texts('其母亲杨秀兰患乳腺癌，目前正在化疗。', 'HEALTH').join('|')).toContain('化疗')
    expect(texts('村民陈德贵目前每21天一次化疗，不能下地干活。', 'HEALTH').join('|')).toContain('化疗')
  })
  it('does not read 正在 before a symptom, or a treatment named as a service, as a tie', () => {
    const found = scan('医院正在开展化疗技术培训。', { minConfidence: 0 }).filter((f) => f.type === 'HEALTH')
    for (const f of found) expect(f.reasons).not.toContain('tied to someone by 正在')
  })
})

describe('HEALTH: more of the condition’s own words', () => {
  it('covers a grade before the disease, a bone’s segment, 语言 before 发育迟缓 and 糖尿病足', () => {
    expect(texts('患者杜军，二级高血压，长期服药。', 'HEALTH').join('|')).toContain('二级高血压')
    expect(texts('伤者次仁卓玛左胫腓骨中段骨折，已住院。', 'HEALTH').join('|')).toContain('左胫腓骨中段骨折')
    expect(texts('患儿王子轩，4岁，语言发育迟缓。', 'HEALTH').join('|')).toContain('语言发育迟缓')
    expect(texts('村民李德福患糖尿病二十余年，现并发糖尿病足。', 'HEALTH').join('|')).toContain('糖尿病足')
  })
  it('does not take a grade that stands before no condition', () => {
    expect(texts('患者杜军转至二级医院就诊。', 'HEALTH')).toEqual([])
  })
  it('does not read a count of donations or doses after a lab word as a reading', () => {
    expect(texts('献血者林海燕累计机采血小板42个治疗量。', 'HEALTH')).toEqual([])
    expect(texts('她在献血车上连续献血小板6次。', 'HEALTH')).toEqual([])
    expect(texts('患者陈红血小板计数32，需输注。', 'HEALTH')).toEqual(['血小板计数32'])
  })
})

describe('HEALTH: words that only look like a condition', () => {
  it('reads 为 of 以…为… as a purpose, not an examination’s finding', () => {
    expect(texts('以节日安全检查为契机，学习借鉴先进经验。', 'HEALTH')).toEqual([])
    expect(texts('以此次节前检查为契机，对排查出的隐患逐一整改。', 'HEALTH')).toEqual([])
    // an examination's finding still is one
    expect(texts('患者王秀英经检查为左踝关节扭伤，已回家休养。', 'HEALTH').join()).toContain('扭伤')
  })

  it('reads 无力 before paying or raising money as being unable to, and 聚集性病例 as one word', () => {
    expect(texts('伤员王建国家庭无力预交费用，家中一时无力筹措，由民政垫付。', 'HEALTH')).toEqual([])
    expect(texts('医疗机构发现聚集性病例须在2小时内网络直报。', 'HEALTH')).toEqual([])
    expect(texts('王建国自述四肢无力，家中无力支付医药费。', 'HEALTH')).toEqual(['四肢无力'])
  })
})

describe('HEALTH: a person’s condition as relatives and officers say it', () => {
  it('reads a colloquial disease name and its gloss (羊癫疯（癫痫）), not a sheep', () => {
    expect(texts('他哥哥杨文军羊癫疯（癫痫）好多年，一个月发作两三回。', 'HEALTH').join()).toContain('癫痫')
  })

  it('ties a treatment to someone by where they go for it or how many times they had it', () => {
    // (the tagger reads the count with it, as the notices' labels often do: 透析两回, 化疗做了6…)
    expect(texts('患者王秀英每个礼拜要去县人民医院透析两回。', 'HEALTH')).toEqual([expect.stringMatching(/^透析(?:两回)?$/)])
    expect(texts('王秀英去年做了乳腺癌手术，化疗做了6次，头发都掉光了。', 'HEALTH')).toEqual(expect.arrayContaining([expect.stringMatching(/^化疗/)]))
  })

  it('reads how many times a symptom came as the person’s, not a count of cases', () => {
    expect(texts('患儿李明，9时许出现剧烈呕吐10余次、上腹部绞痛。', 'HEALTH').join()).toContain('呕吐10余次')
    // a count of cases still is one
    expect(texts('全县今年共报告肺结核3例、高血压12例。', 'HEALTH')).toEqual([])
  })

  it('reads the value after 诊断为： as the diagnosis, and 风湿 with what follows it', () => {
    expect(texts('患者李明经诊断为：右手示指远节离断伤、右手中指末节粉碎性骨折。', 'HEALTH').join()).toContain('右手示指远节离断伤')
    expect(texts('刘明珍自己也有风湿，膝盖肿，阴天下雨就疼。', 'HEALTH').join()).toContain('膝盖肿')
  })
})

describe('HEALTH: 以 and a year that are no frame and no duration', () => {
  it('keeps a diagnosis after 以来 or 以及 (no 以…为… frame there)', () => {
    expect(texts('患者王秀英2019年以来被诊断为亚临床甲减，规律服药。', 'HEALTH').join()).toContain('亚临床甲减')
    expect(texts('其妻李红以及儿子王强均确诊为肺结核。', 'HEALTH').join()).toContain('肺结核')
  })

  it('reads a calendar year after a disease as no duration of anyone’s', () => {
    expect(texts('全县肺结核2023年报告发病率为35/10万。', 'HEALTH')).toEqual([])
  })
})
