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
