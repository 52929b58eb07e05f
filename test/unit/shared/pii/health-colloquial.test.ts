/**
 * HEALTH in everyday words (issue 11): a body part or function and what is wrong with it, old ailments by their
 * colloquial names, and everyday treatments — found when someone is talked about, and not in the same words used
 * of a problem, a device, an idiom or a hypothetical.
 */
import { describe, expect, it } from 'vitest'
import { texts, wordedScan as scan } from './helpers'

const health = (text: string): string => texts(text, 'HEALTH').join('|')

describe('HEALTH: complaints in everyday words', () => {
  it('reads a part and what is wrong with it, through adverbs and complements', () => {
    expect(health('村民罗正兵说自己腰疼得直不起来，翻个身都得人扶。')).toContain('腰疼得直不起来')
    expect(health('母亲周秀兰近一年眼睛越来越看不清，吃饭要人把碗端到手上。')).toContain('眼睛越来越看不清')
    expect(health('入九月后，沙秀英脚肿得鞋都穿不进去，血压一直降不下来。')).toContain('脚肿得鞋都穿不进去')
    expect(health('入九月后，沙秀英脚肿得鞋都穿不进去，血压一直降不下来。')).toContain('血压一直降不下来')
    expect(health('残疾人路德文说自己“左手攥不住东西，走路一瘸一拐”。')).toContain('左手攥不住东西')
    expect(health('她丈夫说她“耳朵背得厉害”，在家说话得凑到耳边。')).toContain('耳朵背得厉害')
    expect(health('钱福生意识清楚，自述左边屁股疼。')).toContain('左边屁股疼')
  })
  it('reads old ailments, nights and treatments named the everyday way', () => {
    expect(health('宋玉芬说是老胃病又犯了，这几天吃不下饭。')).toContain('老胃病')
    expect(health('钱福生在苏北人民医院做过心脏支架，长期服用二甲双胍。')).toContain('心脏支架')
    expect(health('赵桂香肾不好，一直在河科大一附院透析，一星期去三回。')).toContain('透析')
  })
  it('says whom the complaint is said of', () => {
    const found = scan('家属说她“脑子有点糊涂，出门就找不到家”。', { minConfidence: 0 }).filter((f) => f.type === 'HEALTH')
    expect(found.map((f) => f.reasons.join('; ')).join('\n')).toMatch(/complaint in everyday words.*said of the person before it/)
  })
})

describe('HEALTH: the same words that are no one’s complaint', () => {
  it('leaves a problem, a device, an idiom and a hypothetical alone', () => {
    for (const text of [
      '这个事最头疼，先缓一缓，下周再议。',
      '拆迁补偿是让人头疼的问题，街道已成立专班。',
      '为听障老人各适配耳背式助听器1台。',
      '参加活动的志愿者精神抖擞，秩序井然。',
      '办理时请带齐手续，回头看不见的材料可到窗口补交。',
      '要是等肚子疼了再去医院就晚了。',
      '双方当事人情绪激动，经网格员劝解后离开。',
    ]) expect(health(text), text).toBe('')
  })
})
