/**
 * Names in the wordings of the fourteenth blind set (issue 11): a word-name announced by a label and its colon,
 * a name after the village that opens a list item, a transliterated name before a verb, a word-name confirmed
 * elsewhere as the subject of what follows — and 和 joining words or clauses, which begins no name.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('PERSON_NAME: clause cues of the fourteenth blind set', () => {
  it('reads a listed word (向前, 高度) as the name a label and its colon announce, when it stands alone', () => {
    expect(texts('填表人：李红梅（学生资助专干）\n审核人：向前（副校长）', 'PERSON_NAME')).toEqual(['李红梅', '向前'])
    expect(texts('审核人：向前', 'PERSON_NAME')).toEqual(['向前'])
    // running on into the clause, the word is the word
    expect(texts('审核人：高度重视此项工作', 'PERSON_NAME')).toEqual([])
  })

  it('reads a name after the village that opens a list item', () => {
    expect(texts('二、停发对象\n2.磨滩村夏红兵，在第三代残疾人证换发中未按期换证。', 'PERSON_NAME')).toContain('夏红兵')
    expect(texts('各村高度重视，全村共有农户312户。三、沿河村村民代表大会', 'PERSON_NAME')).toEqual([])
  })

  it('reads a run of transliteration characters opening a clause before a verb, and finds it again', () => {
    const text = '其母向社区反映，艾尔肯近一个月经常夜不归宿。民警随即入户核实，艾尔肯称其在西部智慧城打零工。'
    expect(texts(text, 'PERSON_NAME')).toEqual(['艾尔肯', '艾尔肯'])
    // a place written without its suffix is no person
    expect(texts('据了解，阿克苏称将加大投入；经查，克拉玛依称已整改。', 'PERSON_NAME')).toEqual([])
  })

  it('finds a word-name confirmed elsewhere where it is the subject of what follows', () => {
    expect(texts('欧阳俊杰与其妻金凤赴泰国曼谷。经排查，与病例同行赴泰的金凤判定为共同暴露者。', 'PERSON_NAME')).toEqual(['欧阳俊杰', '金凤', '金凤'])
    expect(texts('班主任吴文静家访时了解到，金凤周末回家要照顾母亲。学生金凤，女，', 'PERSON_NAME')).toEqual(['吴文静', '金凤', '金凤'])
  })

  it('does not read 和 and the word or title after it as a name', () => {
    expect(texts('四、安全生产和文明城市创建常态化；居委会主任和文明创建专干参加。', 'PERSON_NAME')).toEqual([])
    expect(texts('下月重点关注郝奶奶足部伤口愈合情况和安大爷搬迁意向。', 'PERSON_NAME')).toEqual([])
    // two people joined by 和 are both read
    expect(texts('网格员刘敏和黎明一起上门。', 'PERSON_NAME')).toEqual(['刘敏', '黎明'])
  })
})

describe('PERSON_NAME: a count after a person word', () => {
  it('reads no name in a count of people after 患者 or 病例, and still reads a numbered one', () => {
    expect(texts('累计接诊发热门诊患者300余人次，病例12例均已出院。', 'PERSON_NAME')).toEqual([])
    expect(texts('患者1余秀英，女，68岁。', 'PERSON_NAME')).toEqual(['余秀英'])
  })
})

describe('PERSON_NAME: the fifteenth blind set', () => {
  it('weighs a common surname before a frequent word as a name, and finds it again', () => {
    const text = '2.王建设户（二组）。有代表反映，王建设去年底买了一辆车。王建设表示，车是儿子的。'
    expect(texts(text, 'PERSON_NAME')).toEqual(['王建设', '王建设', '王建设'])
    // a rarer surname before a frequent word is still that word's first character
    expect(texts('坚持公平等原则，向双方说明。', 'PERSON_NAME')).toEqual([])
  })

  it('reads a name before 等 and a count of people', () => {
    expect(texts('大队接到农民工王和平等11人集体投诉。', 'PERSON_NAME')).toEqual(['王和平'])
  })

  it('reads no name in a list of places closed by their count', () => {
    expect(texts('高血压患者共86人，分布在王庄、金凤、大李三个村。', 'PERSON_NAME')).toEqual([])
  })

  it('reads a given name alone as the subject of a person’s verb', () => {
    expect(texts('联系人系其女儿范金凤，金凤答应每周回家陪护。', 'PERSON_NAME')).toEqual(['范金凤', '金凤'])
  })
})

describe('PERSON_NAME: document numbers, prepositions and 家 starting a word', () => {
  it('reads no name in an issuing office’s abbreviation before the document number', () => {
    expect(texts('信访事项复查意见书\n\n郑卫信复〔2024〕17号', 'PERSON_NAME')).toEqual([])
  })

  it('reads a preposition before a class of people, and 家 that starts a word, as no name', () => {
    expect(texts('（三）向全园家长发放《致家长的一封信》；对辖区居民开展入户随访。', 'PERSON_NAME')).toEqual([])
    expect(texts('向明表示同意。王秀英家有三口人。', 'PERSON_NAME')).toEqual(['向明', '王秀英'])
  })
})

describe('PERSON_NAME: a character seldom a surname before a frequent word', () => {
  it('reads 全年新, 成果惠 and 危化品 as words, and still weighs 和平 before 表示', () => {
    expect(texts('高血压、糖尿病患者规范管理率分别为70.2%和66.9%，全年新发现高血压患者312人。', 'PERSON_NAME')).toEqual([])
    expect(texts('要做细做实，让项目成果惠及更多群众。（四）危化品和工矿企业。', 'PERSON_NAME')).toEqual([])
    expect(texts('调解员李建华主持调解。调解中，和平表示自己腿伤尚未痊愈。', 'PERSON_NAME')).toEqual(['李建华', '和平'])
  })
})

describe('PERSON_NAME: a medical note’s subject', () => {
  it('reads a name after 发现 and before a side and a body part', () => {
    expect(texts('随访发现王秀英左足第二趾有一处溃疡。检查发现李建国右肺有结节。', 'PERSON_NAME')).toEqual(['王秀英', '李建国'])
    expect(texts('今年共发现高血压患者312人。', 'PERSON_NAME')).toEqual([])
  })
})

describe('PERSON_NAME: a transliterated name before a kinship title', () => {
  it('reads 卓玛奶奶 and 扎西大爷 as the names 卓玛 and 扎西', () => {
    expect(texts('评估等级：轻度失能。卓玛奶奶普通话表达有限。扎西大爷今年78岁。', 'PERSON_NAME')).toEqual(['卓玛', '扎西'])
  })
})

describe('PERSON_NAME: the sixteenth blind set', () => {
  it('reads a name after 同学 or 老党员', () => {
    expect(texts('并请同班同学马欣然结对帮扶。老党员郑和平测得血压偏高。', 'PERSON_NAME')).toEqual(['马欣然', '郑和平'])
    expect(texts('全体党员干部要高度重视，同学们积极参加。', 'PERSON_NAME')).toEqual([])
  })

  it('reads a transliterated name of three characters opening a clause, not a prefecture', () => {
    expect(texts('复评显示，热依拉入学后语言交流较少。', 'PERSON_NAME')).toEqual(['热依拉'])
    expect(texts('会议在乌兰察布市召开。', 'PERSON_NAME')).toEqual([])
  })
})

describe('PERSON_NAME: short phrases in quotation marks', () => {
  it('reads no name at the start of a quoted title or slogan', () => {
    expect(texts('深入实施“文明家庭”“最美家庭”评选，取“金凤来仪”之意，开展“文明就医”宣传。', 'PERSON_NAME')).toEqual([])
  })
})

describe('PERSON_NAME: the seventeenth blind set', () => {
  it('reads no name in a kinship word on its own', () => {
    expect(texts('独居，家住王庄村八组22号，与孙子共同生活。', 'PERSON_NAME')).toEqual([])
    expect(texts('其孙子王小明在外务工。', 'PERSON_NAME')).toEqual(['王小明'])
  })

  it('finds a confirmed word-name again before a body part or an action', () => {
    const text = '执法队员常青、司马俊杰到场。常青拍照取证时被推倒。过程中常青有一次明显的后退。'
    expect(texts(text, 'PERSON_NAME')).toEqual(['常青', '司马俊杰', '常青', '常青'])
  })
})

describe('PERSON_NAME: a word-name confirmed elsewhere, set off before it', () => {
  it('finds it after a break or a particle, but not where a time, a place or quotation marks make it a word', () => {
    const text = '冲压车间操作工高峰，男，32岁。站在操作台一侧的高峰误触双手按钮。据医院诊断，高峰伤情预计可构成九级伤残。学校仅对高峰等三人作口头批评。'
    expect(texts(text, 'PERSON_NAME')).toEqual(['高峰', '高峰', '高峰', '高峰'])
    const decoys = '冲压车间操作工高峰，男，32岁。早晚高峰时段车流量大，避开高峰期出行；社区“高峰”志愿队到场。'
    expect(texts(decoys, 'PERSON_NAME')).toEqual(['高峰'])
  })
})
