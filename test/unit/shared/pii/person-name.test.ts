import { describe, expect, it } from 'vitest'
import { findings, makeId, texts } from './helpers'

describe('PERSON_NAME from labels', () => {
  it('reads the name after a label with a colon, including compound surnames', () => {
    expect(texts('当事人：公孙芳静\n性别：女', 'PERSON_NAME')).toEqual(['公孙芳静'])
    expect(texts('所有人：司马英静，出生日期', 'PERSON_NAME')).toEqual(['司马英静'])
    expect(texts('户主：欧阳娜娜', 'PERSON_NAME')).toEqual(['欧阳娜娜'])
    expect(texts('来电人：李立\n联系电话', 'PERSON_NAME')).toEqual(['李立'])
    expect(texts('联系人：贺思，联系电话：0871-77016826', 'PERSON_NAME')).toEqual(['贺思'])
  })
  it('reads a name run into the text after a role word, and stops at the verb', () => {
    expect(texts('留言1：留言人苏永珍，邮箱', 'PERSON_NAME')).toEqual(['苏永珍'])
    expect(texts('一楼住户万爱浩在公共绿地私自搭建', 'PERSON_NAME')).toEqual(['万爱浩'])
    expect(texts('一楼住户姜勇在公共绿地私自搭建', 'PERSON_NAME')).toEqual(['姜勇'])
    expect(texts('病例1：秦庆洋，男，71岁', 'PERSON_NAME')).toEqual(['秦庆洋'])
    expect(texts('来电人李立反映', 'PERSON_NAME')).toEqual(['李立'])
  })
  it('reads a 、-separated list after a label', () => {
    expect(texts('获奖人：张伟、王芳、欧阳娜娜。', 'PERSON_NAME')).toEqual(['张伟', '王芳', '欧阳娜娜'])
  })
  it('reports the explanation', () => {
    const [f] = findings('申请人：王小明')
    expect(f?.rule).toBe('name-label')
    expect(f?.reasons).toEqual(['label 申请人', 'surname 王'])
  })
})

describe('PERSON_NAME from structure', () => {
  it('reads names in a column headed 姓名 / 户主姓名 / 丈夫姓名', () => {
    const t = '序号\t丈夫姓名\t身份证号\t妻子姓名\n1\t范海军\t' + makeId() + '\t邹卫\n2\t诸葛春超\t' + makeId('110101') + '\t令狐国'
    expect(texts(t, 'PERSON_NAME')).toEqual(['范海军', '邹卫', '诸葛春超', '令狐国'])
    expect(findings(t, 'PERSON_NAME')[0]?.reasons).toContain('column header 丈夫姓名')
  })
  it('reads a name before a title or a gender', () => {
    expect(texts('经研究，王小明同志任科长。', 'PERSON_NAME')).toEqual(['王小明'])
    expect(texts('感谢李娜女士的来信', 'PERSON_NAME')).toEqual(['李娜'])
    expect(texts('张伟，男，1985年生', 'PERSON_NAME')).toEqual(['张伟'])
    expect(texts('刘东宇（女，汉族）', 'PERSON_NAME')).toEqual(['刘东宇'])
  })
  it('reads a name right before an ID number label', () => {
    expect(texts(`经查，陈建国（身份证号：${makeId()}）`, 'PERSON_NAME')).toEqual(['陈建国'])
  })
})

describe('PERSON_NAME negatives', () => {
  it('skips masked names', () => {
    expect(texts('某某同志、王某某均已整改到位。', 'PERSON_NAME')).toEqual([])
    expect(texts('当事人：张某，户主：王**，申请人：李XX，联系人：赵×', 'PERSON_NAME')).toEqual([])
    expect(texts('张某同志、李某女士', 'PERSON_NAME')).toEqual([])
  })
  it('skips places built on surnames', () => {
    expect(texts('张家港市、王家村、李庄镇的工作人员参加了培训。', 'PERSON_NAME')).toEqual([])
    expect(texts('住户：王家村', 'PERSON_NAME')).toEqual([])
  })
  it('skips common words that start with a surname character', () => {
    const words = '高度重视，王国，周末，万元，方案，常委，林业，石油，黄金，金额，于是，和平，安全'
    expect(texts(words, 'PERSON_NAME')).toEqual([])
    expect(texts('申请人应当于公示期内提出。当事人于2023年经营。', 'PERSON_NAME')).toEqual([])
    expect(texts('党委书记、办公室主任、村委会主任出席', 'PERSON_NAME')).toEqual([])
  })
  it('does not read header words as names', () => {
    expect(texts('序号\t姓名\t性别\t身份证号码', 'PERSON_NAME')).toEqual([])
  })
  it('does not take a bare surname before a title as a name', () => {
    expect(texts('张先生来电反映，李老师称', 'PERSON_NAME')).toEqual([])
  })
  it('ends a name before 和 (与, 及) that joins a second person named by a role word', () => {
    expect(texts('由主管医师孟凡和护士长严晓琳共同向家属说明病情。', 'PERSON_NAME')).toEqual(['孟凡', '严晓琳'])
    expect(texts('上坪村村委会委员管仁和、肖远山参加核查。', 'PERSON_NAME')).toContain('管仁和')
  })
  it('reads a name before what belongs to a person (银行卡, 医保卡, 名下), not before a bank (银行)', () => {
    expect(texts('补偿款分别打入谷德宝银行卡，谷德银名下账户。', 'PERSON_NAME')).toEqual(['谷德宝', '谷德银'])
    expect(texts('请到中国银行办理。', 'PERSON_NAME')).toEqual([])
  })
  it('reads 和 joining two classes of people as the conjunction (患者和学龄儿童, 学生和班主任)', () => {
    expect(texts('鼓励慢性病患者和学龄儿童及早接种。', 'PERSON_NAME')).toEqual([])
    expect(texts('面向全体学生和班主任开展心理辅导。', 'PERSON_NAME')).toEqual([])
    expect(texts('患者和家属均表示理解。', 'PERSON_NAME')).toEqual([])
  })
  it('reads a name after 校医 or 村医, ends it before 约 and a number, and reads 向 before a frequent word as the preposition', () => {
    expect(texts('校医尹娟约3分钟后赶到。', 'PERSON_NAME')).toEqual(['尹娟'])
    expect(texts('要求向双方说明情况。', 'PERSON_NAME')).toEqual([])
    expect(texts('网格员向东反映情况。', 'PERSON_NAME')).toEqual(['向东'])
  })
})
