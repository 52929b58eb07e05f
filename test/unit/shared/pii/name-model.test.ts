/** The statistical name recogniser (detectors/name-model.ts): names in running text, as the leaks were written. */
import { describe, expect, it } from 'vitest'
import { wordedScan as scan, type WordedFinding as Finding } from './helpers'
import { calibrate } from '../../../../shared/pii/calibrate'
import { nameEmbeddedInWord, nameReadings, nameScore, FEATURE_COUNT } from '../../../../shared/pii/detectors/name-model'
import { nameModelWeights } from '../../../../shared/pii/data/name-weights'

const names = (text: string): string[] => scan(text).filter((f) => f.type === 'PERSON_NAME').map((f) => f.text)
const nameAt = (text: string, value: string): Finding | undefined => scan(text).find((f) => f.type === 'PERSON_NAME' && f.text === value)

describe('names in running text', () => {
  it('reads names after role, kinship and title words and before verbs', () => {
    expect(names('经社区网格员范丽萍现场调解，邻居曹德明表示同意。')).toEqual(['范丽萍', '曹德明'])
    expect(names('李军反映的情况已核实。')).toEqual(['李军'])
    expect(names('来电人孙美华反映，其楼下住户葛志明在楼道堆放杂物。')).toEqual(['孙美华', '葛志明'])
  })

  it('keeps three-character names whole and reads compound surnames', () => {
    expect(names('上午，蒋友良到村委会递交材料。')).toEqual(['蒋友良'])
    expect(names('值班医生欧阳明轩、司马静到场查看。')).toEqual(['欧阳明轩', '司马静'])
  })

  it('reads a name padded with an ideographic space, and transliterated and romanised names', () => {
    expect(names('受理人：宋　洁\n')).toEqual(['宋　洁'])
    expect(names('来电人：热依拉·艾买提，外孙女古丽娜尔跟着他们住。')).toEqual(['热依拉·艾买提', '古丽娜尔'])
    expect(names('原诉求人：LI WEIDONG（李卫东），外籍华人。')).toEqual(['LI WEIDONG', '李卫东'])
  })

  it('reads Uyghur names whose parts are written with 不 and 则 (阿不都, 艾则孜), a Mongolian …高娃, and the surname 普', () => {
    expect(names('1.艾力·阿不都热合曼，男，2019年出生；监护人热合曼·艾则孜。')).toEqual(['艾力·阿不都热合曼', '热合曼·艾则孜'])
    expect(names('（二）斯琴高娃，蒙古族，孕21周。')).toEqual(['斯琴高娃'])
    expect(names('菌子由其儿媳普秀英当天采回。')).toEqual(['普秀英'])
    expect(names('普遍存在问题，要提高服务质量。')).toEqual([])
  })
  it('reads Yi, Tibetan and Mongolian names after a role or kinship word, and hyphenated or capitalised romanised names', () => {
    expect(names('班主任沙马日哈主持评议，父亲吉克木呷外出务工，儿子次旦放牧。')).toEqual(['沙马日哈', '吉克木呷', '次旦'])
    expect(names('外籍工人BAT-ERDENE等人未登记。法国专家Jean-Pierre Martin，男。代办人员Kevin Chow（周家乐，香港居民）到场。经RT-PCR检测。')).toEqual([
      'BAT-ERDENE',
      'Jean-Pierre Martin',
      'Kevin Chow',
      '周家乐',
    ])
    // a transliterated name stops before the verb that follows it; accented letters belong to the name
    expect(names('居民阿依古丽·买买提来电反映。朋友Maria-José Santos称其护照丢失。')).toEqual(['阿依古丽·买买提', 'Maria-José Santos'])
  })

  it('reads a name that is also a word where a role word says "a person", and only there', () => {
    expect(names('楼长江山组织清理楼道。江山说，楼里老人多。本次活动覆盖江山市各街道。')).toEqual(['江山', '江山'])
    expect(names('网格员高峰提醒居民错峰用电。用电高峰时段要加强巡查。')).toEqual(['高峰'])
  })

  it('finds no name in lists of slogans, places, titles of works, quoted names, degrees and school classes', () => {
    expect(names('稳增长、促改革、调结构、惠民生、防风险各项工作。接银川、石嘴山、吴忠等地。《金凤还巢》演出。打造“常青树”艺术团。仍处于较高水平。高二（5）班教室。')).toEqual([])
  })

  it('finds no name in ordinary 政务 prose, places or organisations', () => {
    expect(names('各级各部门要高度重视，周密部署，扎实向前推进各项工作，确保万无一失。')).toEqual([])
    expect(names('石家庄市、武胜县、江山市代表参会，任命程序严格规范。')).toEqual([])
    expect(names('区疾控中心、县政府办公室联合开展检查。')).toEqual([])
    expect(names('常青藤学校建设中，王家村和李家庄今年都修了路。张先生来电，李老师称')).toEqual([])
  })

  it('finds no name in medicines, herbs and lists of things, and says what counted against a reading it keeps', () => {
    expect(names('药学部门要加强对华法林、地高辛、胺碘酮等治疗窗窄药物的用药监护。')).toEqual([])
    expect(names('患者按时服用异烟肼、利福平、乙胺丁醇等抗结核药物。')).toEqual([])
    expect(names('重点支持黄芪、党参、杜仲、何首乌、艾叶、桑叶等道地药材。')).toEqual([])
    // a list of people closes with 等 and a word for people: no evidence against
    expect(names('会议由李明、王芳等同志参加。')).toEqual(['李明', '王芳'])
    const kept = nameAt('抗结核药物方面，利福平、异烟肼、吡嗪酰胺联合使用。', '利福平')
    // (not reported, or reported with the evidence against it named)
    expect(kept === undefined || kept.reasons.includes('against: a medicine, food or animal word')).toBe(true)
  })

  it('reads a rare surname after a role or unit word built like the listed ones (来信+人, 感染+科)', () => {
    expect(names('来信人沃丽华反映，其母亲在村卫生室就诊。')).toEqual(['沃丽华'])
    expect(names('由县人民医院感染科阚立新医生负责会诊。')).toEqual(['阚立新'])
    expect(nameAt('由县人民医院感染科阚立新医生负责会诊。', '阚立新')?.reasons).toContain('after 感染科')
  })

  it('reads rare and compound surnames in tab-separated rows and lists padded with runs of spaces', () => {
    expect(names('一等奖\t逄锡东\t城关镇\n二等奖\t欧阳静雯\t白马镇\n三等奖\t仉宝林\t石泉镇\n')).toEqual(['逄锡东', '欧阳静雯', '仉宝林'])
    expect(names('获奖人员：逄锡东　　欧阳静雯　　訾红梅\n')).toEqual(['逄锡东', '欧阳静雯', '訾红梅'])
    expect(names('优秀网格员名单：\n门学军    卢晓燕    付　娟\n')).toEqual(['门学军', '卢晓燕', '付　娟'])
    // a rare surname that begins an ordinary word is none (部门, 门前)
    expect(names('各部门：请于门前张贴专门通知。')).toEqual([])
  })

  it('says which evidence counted', () => {
    const f = nameAt('邻居曹德明表示同意。', '曹德明')
    expect(f?.rule).toBe('name-model')
    expect(f?.reasons[0]).toBe('surname 曹')
    expect(f?.reasons).toContain('after 邻居')
    expect(f?.reasons).toContain('followed by 表示')
    expect(f?.reasons.some((r) => /^name-likeness 0\.\d\d$|^name-likeness 1\.00$/.test(r))).toBe(true)
  })

  it('pools the evidence of a name seen several times, but not into a word or a place', () => {
    const text = '户主：金凤\n金凤村委会、金凤湖公园'
    expect(names(text)).toEqual(['金凤'])
    expect(nameEmbeddedInWord('金凤村', 0, 2)).toBe(true)
    expect(nameEmbeddedInWord('金凤同意', 0, 2)).toBe(false)
  })
})

describe('the model', () => {
  it('has one fitted weight per feature, and scores with them', () => {
    expect(nameModelWeights.length).toBe(FEATURE_COUNT)
    const seen: number[] = []
    nameReadings('邻居曹德明表示同意。', (r) => seen.push(nameScore(r.features)))
    expect(seen.length).toBeGreaterThan(0)
    for (const p of seen) expect(p).toBeGreaterThanOrEqual(0)
    expect(Math.max(...seen)).toBeGreaterThan(0.9)
  })

  it('calibration maps reported scores monotonically and never below the report line', () => {
    let last = 0
    for (let raw = 0.5; raw <= 1.0001; raw += 0.05) {
      const c = calibrate('PERSON_NAME', raw)
      expect(c).toBeGreaterThanOrEqual(0.5)
      expect(c).toBeGreaterThanOrEqual(last - 1e-9)
      last = c
    }
    expect(calibrate('PERSON_NAME', 0.3)).toBe(0.3)
  })
})

describe('names: 和 joining two words is the conjunction', () => {
  it('finds no name in 义诊和健康讲座 or 义诊和宣传解释', async () => {
    const { texts } = await import('./helpers')
    expect(texts('开展义诊和健康讲座，做好地名标志设置和宣传解释工作。', 'PERSON_NAME')).toEqual([])
  })
  it('still finds 和平 after a role word or at a sentence start', async () => {
    const { texts } = await import('./helpers')
    expect(texts('驻村工作队员和平负责核实。和平，男，纳西族。', 'PERSON_NAME')).toContain('和平')
  })
})

describe('names: a word before a residential compound’s ending is the compound', () => {
  it('finds no name in 常青苑 or 金凤苑, and still finds 李秀园 after a role word', async () => {
    const { texts } = await import('./helpers')
    expect(texts('区要对金凤花园、常青苑等老旧小区开展排查。针对金凤苑、常青花园开展整治。', 'PERSON_NAME')).toEqual([])
    expect(texts('居民李秀园反映楼道堆物。', 'PERSON_NAME')).toEqual(['李秀园'])
  })
})

describe('names after a role or kin word in running text', () => {
  it('reads the name after 网格员, 值班医师 or 侄子 whatever follows it', async () => {
    const { texts } = await import('./helpers')
    expect(texts('并由网格员杨帆将辖区留守儿童逐一登记。', 'PERSON_NAME')).toContain('杨帆')
    expect(texts('值班医师薛凯查体后建议先行头颅CT。', 'PERSON_NAME')).toContain('薛凯')
    expect(texts('无子女，侄子王和平住隔壁。', 'PERSON_NAME')).toContain('王和平')
  })
  it('reads nothing after a role word followed by a function word, or inside a word', async () => {
    const { texts } = await import('./helpers')
    expect(texts('邻居和民兵将其救出。由侄子代为照料。确保安全生产。', 'PERSON_NAME')).toEqual([])
  })
})

describe('names: a weak reading in a 、-list beside a sure name', () => {
  it('reads 安宁 beside 王建国 and says why', () => {
    // (安宁 alone is a word more often than a name: below even odds by its own reading)
    const f = scan('事后王建国、安宁，均未到场。').find((x) => x.type === 'PERSON_NAME' && x.text === '安宁')
    expect(f?.reasons).toContain('in a 、-list beside a name')
    expect(f?.reasons.find((r) => r.startsWith('name-likeness'))).toMatch(/name-likeness 0\.[0-4]/)
  })
})

describe('names: a kinship word after a preposition', () => {
  it('reads 其父 after 与 as the kinship word (与|其父), not the conjunction 与其', () => {
    expect(names('网格员朱丽萍与其父钟建华沟通后，家属同意送医。')).toEqual(['朱丽萍', '钟建华'])
    expect(names('都是他侄儿陈小兵骑摩托车送。')).toEqual(['陈小兵'])
    // the conjunction and a frequent word before a role word stay what they are
    expect(names('与其等待观望，不如主动作为。')).toEqual([])
    expect(names('各单位要确保安全生产。')).toEqual([])
  })
})

describe('names: pruning the readings', () => {
  it('skips only readings that could never be proposed: every reading at or above the threshold is read, and scored the same', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const path = await import('node:path')
    const { normalize } = await import('../../../../shared/pii/normalize')
    const { nameModelMinConfidence } = await import('../../../../shared/pii/data/name-weights')
    const root = path.resolve(import.meta.dirname, '../../../fixtures/pii')
    let proposed = 0
    for (const dir of ['prose-holdout29', 'prose-holdout33', 'prose-collocations3', 'prose-dev-health7']) {
      for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt') && !f.startsWith('README'))) {
        const text = normalize(readFileSync(path.join(root, dir, file), 'utf8')).text
        const all = new Map<string, number>()
        nameReadings(text, (r) => {
          const p = nameScore(r.features)
          if (p >= nameModelMinConfidence) all.set(`${r.start}:${r.end}`, p)
        })
        const pruned = new Map<string, number>()
        nameReadings(text, (r) => pruned.set(`${r.start}:${r.end}`, nameScore(r.features)), undefined, true)
        for (const [key, p] of all) expect([file, key, pruned.get(key)]).toEqual([file, key, p])
        proposed += all.size
      }
    }
    expect(proposed).toBeGreaterThan(300)
  })
})
