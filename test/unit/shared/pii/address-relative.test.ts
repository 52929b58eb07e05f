import { describe, expect, it } from 'vitest'
import { findings, texts } from './helpers'

describe('ADDRESS read from inside an estate or a village', () => {
  it('reads an estate building down to the door with no road before it', () => {
    expect(texts('经查，金色港湾7幢1502室业主长期在楼道堆放杂物。', 'ADDRESS')).toEqual(['金色港湾7幢1502室'])
    expect(texts('反映人住翠湖小区8号楼2单元1102，称楼上漏水。', 'ADDRESS')).toEqual(['翠湖小区8号楼2单元1102'])
  })
  it('does not take a building number that does not reach a door', () => {
    expect(findings('本小区共有12栋住宅楼，3号楼为老旧楼栋。', 'ADDRESS')).toEqual([])
  })
  it("does not take a place's own whereabouts in brackets", () => {
    expect(findings('请到社区活动室（3号楼101）领取慰问品。', 'ADDRESS')).toEqual([])
  })
  it('reads a group and house number when the notice names a village', () => {
    const t = '现住桥头村2组。另有一处房屋在6组33号，已出租。'
    expect(texts(t, 'ADDRESS')).toEqual(expect.arrayContaining(['6组33号']))
  })
  it('does not read a group number without a village in the notice', () => {
    expect(findings('本次活动分为三组8号前完成报名。', 'ADDRESS')).toEqual([])
  })
  it('reads a door pointing back to a building already named', () => {
    const t = '来电人住滨河路18号阳光家园4栋2单元502室，反映住同单元702的住户长期在楼道堆放杂物。'
    const found = texts(t, 'ADDRESS')
    expect(found).toEqual(expect.arrayContaining(['702']))
    const door = findings(t, 'ADDRESS').find((f) => t.slice(f.start, f.end) === '702')
    expect(door?.reasons).toEqual(expect.arrayContaining(['door of a building named before']))
  })
  it('does not read a number after 同单元 when no address was named before it', () => {
    expect(findings('同单元702户反映的情况已转物业处理。', 'ADDRESS')).toEqual([])
  })
  it('reads a bare door after a house number', () => {
    expect(texts('李某家住胜利路45号402，与邻居发生纠纷。', 'ADDRESS')).toEqual(['胜利路45号402'])
  })
  it('reads an address pasted over three lines as one address', () => {
    const t = '家庭住址：湖南省株洲市荷塘区\n金山街道新塘路\n56号2栋301室\n联系电话：略'
    expect(texts(t, 'ADDRESS')).toEqual(['湖南省株洲市荷塘区\n金山街道新塘路\n56号2栋301室'])
  })
})

describe('ADDRESS pasted with gaps: a space, or a line break and the form field’s indent', () => {
  it('follows a form field onto its indented continuation line', () => {
    const t = '居住地：云梦县城关镇东风路\n　　　　西门社区8栋3单元501室\n罪名：危险驾驶罪'
    expect(texts(t, 'ADDRESS')).toEqual(['云梦县城关镇东风路\n　　　　西门社区8栋3单元501室'])
    const u = '家庭住址：南湖区新兴街道景宜花园\n　　　　　16幢1单元303室\n联系电话：0573-82223344'
    expect(texts(u, 'ADDRESS')).toEqual(['南湖区新兴街道景宜花园\n　　　　　16幢1单元303室'])
  })
  it('steps over one space between parts of an address, and gives it back when nothing follows', () => {
    expect(texts('诉求地址：民治街道梅龙路锦绣江南四期 11栋B座1603室 承办单位：民治街道办', 'ADDRESS')).toEqual(['民治街道梅龙路锦绣江南四期 11栋B座1603室'])
    expect(texts('户主住独山镇双河村 三组8号（老宅为C级危房）', 'ADDRESS')).toEqual(['独山镇双河村 三组8号'])
    expect(texts('家庭住址：城关镇东风路12号 联系电话：13912345678', 'ADDRESS')).toEqual(['城关镇东风路12号'])
  })
  it('reads 虢镇街道 as one town, and 24号之三 as a house number', () => {
    expect(texts('现住陈仓区虢镇街道西街社区建设巷17号，二级', 'ADDRESS')).toEqual(['陈仓区虢镇街道西街社区建设巷17号'])
    expect(texts('黄伟，男，34岁，住演达一路\n24号之三602，为同事', 'ADDRESS')).toEqual(['演达一路\n24号之三602'])
  })
  it('starts a road address at its town, not ten letters back in the middle of a word', () => {
    expect(texts('其中一处在沙市镇沙市街社区新街巷6号，不符合规定', 'ADDRESS')).toEqual(['沙市镇沙市街社区新街巷6号'])
    expect(texts('郭长顺户：坐落昭阳街道城北社区长安巷14号，合法建筑面积', 'ADDRESS')).toEqual(['昭阳街道城北社区长安巷14号'])
  })
})
