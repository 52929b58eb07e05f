/**
 * HEALTH in the wordings of the twenty-fourth to twenty-eighth blind sets, read after they were scored (issue 11):
 * treatments, devices and operations given for one kind of condition only, operations named with 手术, medicines
 * after 开了/吃着, and a heading's 保密档案.
 */
import { describe, expect, it } from 'vitest'
import { scan } from '../../../../shared/pii'
import { texts } from './helpers'

describe('HEALTH: a treatment given for one kind of condition only', () => {
  it('reads dialysis, a prosthesis or chemotherapy told of someone', () => {
    expect(texts('孔令江称，为给妻子透析已向亲友借款约6万元。', 'HEALTH')).toContain('透析')
    expect(texts('村民冯建军的假肢已超过使用年限，申请更换。', 'HEALTH')).toContain('假肢')
    expect(texts('户主周国庆每三个礼拜要去武汉打一次靶向药。', 'HEALTH').join('|')).toContain('靶向药')
  })
  it('explains itself as such a treatment', () => {
    const f = scan('孔令江称，为给妻子透析已向亲友借款约6万元。').find((x) => x.type === 'HEALTH')
    expect(f?.reasons.map((r) => r.code)).toContain('healthRevealing')
  })
  it('leaves the service, its room and its paperwork alone', () => {
    expect(texts('患者孔令江反映，血液净化中心临时调整透析机位时未执行专机专用。', 'HEALTH')).not.toContain('透析')
    expect(texts('护士长刘芳已电话告知透析室调整方案。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: operations', () => {
  it('reads an operation written with 手术 as its 术 form', () => {
    expect(texts('2024年6月18日，患儿王子涵做了经皮封堵手术，术后恢复尚可。', 'HEALTH')).toContain('经皮封堵手术')
    expect(texts('村民刘长海又去郑州做了一次动静脉内瘘重建手术。', 'HEALTH')).toContain('动静脉内瘘重建手术')
  })
  it('reads an organ operated on, not the operating room', () => {
    expect(texts('去年向春兰住院做胆囊手术，是楼上邻居帮着照看。', 'HEALTH')).toContain('胆囊手术')
    expect(texts('医院新建了心脏手术室，预计明年投入使用。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: medicines after 开了 and 吃着', () => {
  it('reads the medicines a doctor prescribed, joined after a dosage form', () => {
    expect(texts('宋德福确诊带状疱疹，医生开了伐昔洛韦片和加巴喷丁。', 'HEALTH').join('|')).toContain('伐昔洛韦片和加巴喷丁')
  })
  it('reads a medicine someone is on, whatever its name', () => {
    expect(texts('居民彭秀兰甲状腺功能减退，吃着优甲乐，每天一片。', 'HEALTH').join('|')).toContain('优甲乐')
  })
  it('leaves a prescribed certificate or a meeting alone', () => {
    expect(texts('村医王建国给他开了一张证明。', 'HEALTH')).toEqual([])
  })
})

describe('CONFIDENTIAL_MARKER: 保密档案', () => {
  it('is a mark on a heading line of its own', () => {
    expect(texts('保密档案\n\n桐江市第七中学学生心理危机个案记录', 'CONFIDENTIAL_MARKER')).toEqual(['保密档案'])
  })
  it('is a word in a sentence', () => {
    expect(texts('学校建立了保密档案管理制度，请把保密档案放进柜子里。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
})

describe('HEALTH: wounds in everyday words', () => {
  it('reads a wound done to a body part, and its stitches', () => {
    expect(texts('周立新右手掌被钢管划开一道口子，流了不少血。', 'HEALTH').join('|')).toContain('右手掌被钢管划开一道口子')
    expect(texts('曾凡武后脑勺被扁担打开一道口子，缝了六针。', 'HEALTH').join('|')).toContain('缝了六针')
  })
  it('leaves a road broken by lorries alone', () => {
    expect(texts('村里的路被大车压烂了，村民刘德明反映多次。', 'HEALTH')).toEqual([])
  })
})

describe('HEALTH: a device someone wears or had put in', () => {
  it('reads a pacemaker put in and a hearing aid worn', () => {
    expect(texts('老人周德福前年装了心脏起搏器，每半年复查一次。', 'HEALTH').join('|')).toContain('心脏起搏器')
    expect(texts('村民何老六耳朵背，戴着助听器还得凑到耳边喊。', 'HEALTH').join('|')).toContain('助听器')
  })
  it('leaves a mask worn or street lights put up alone', () => {
    expect(texts('村民何老六戴着口罩来开会，村里装了路灯。', 'HEALTH')).toEqual([])
  })
})

describe('CONFIDENTIAL_MARKER: a heading mark spaced out, 密件, and a record that says it is not to be passed on', () => {
  it('reads 密　件, 机　密★ and 内　部　资　料 on a line of their own', () => {
    expect(texts('密　件\n\n桐江市第七中学学生心理危机干预记录', 'CONFIDENTIAL_MARKER')).toEqual(['密　件'])
    expect(texts('机　密★\n关于2024年度困难职工帮扶情况的通报', 'CONFIDENTIAL_MARKER')).toEqual(['机　密'])
    expect(texts('内　部　资　料\n\n孕情随访台账', 'CONFIDENTIAL_MARKER')).toEqual(['内　部　资　料'])
  })
  it('reads 本记录严禁外传 and leaves 一份密件 or spaced-out prose alone', () => {
    expect(texts('本记录严禁外传。', 'CONFIDENTIAL_MARKER')).toEqual(['严禁外传'])
    expect(texts('他说收到一份密件。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(texts('内 部 管 理 制 度\n', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
})

describe('HEALTH: vital signs and devices', () => {
  it('reads a pulse oximeter reading and a rectal temperature as measurements, not statistics', () => {
    expect(texts('患者男，67岁，血压82/54mmHg，心率46次/分，指脉氧89%，面色苍白，四肢湿冷，双侧瞳孔等大等圆。', 'HEALTH').join('|')).toContain('指脉氧89%')
    expect(texts('患儿李子豪到达时抽搐已停止，肛温40.1℃。', 'HEALTH').join('|')).toContain('肛温40.1')
    expect(texts('今日气温35℃，全镇注意防暑。', 'HEALTH')).toEqual([])
  })
  it('reads a wheelchair, crutches, a catheter and a hearing aid someone uses', () => {
    expect(texts('村民吕凤英左耳戴助听器，出门要拄拐。', 'HEALTH').join('|')).toContain('拄拐')
    expect(texts('村委会门口新修了方便轮椅通行的坡道。', 'HEALTH')).toEqual([])
  })
})
