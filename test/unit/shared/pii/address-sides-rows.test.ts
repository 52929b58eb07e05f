/**
 * Addresses in the wordings of the later blind sets (issue 11): a road's side before the building, a village's
 * row of houses, a building inside a compound, each carried over a line break; a community whose village is
 * named like a town's (张村社区) and whose county starts with a surname (萧县).
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

const address = (text: string): string[] => texts(text, 'ADDRESS')

describe('ADDRESS: sides, rows and compounds over a line break', () => {
  it('goes on from a road’s side to the building over a line break', () => {
    expect(address('申请人住南七街道稻香村社区金寨路路西\n8栋301室，系独居老人。')).toEqual(['南七街道稻香村社区金寨路路西\n8栋301室'])
    expect(address('家住长江路东侧5号')).toEqual(['长江路东侧5号'])
  })

  it('reads a village’s row of houses and a building inside a compound', () => {
    expect(address('住址：新城铺镇新城铺村南大街\n西五排12号。')).toEqual(['新城铺镇新城铺村南大街\n西五排12号'])
    expect(address('住址：合工大社区屯溪路193号院内9栋\n201室')).toEqual(['合工大社区屯溪路193号院内9栋\n201室'])
  })

  it('reads a community named after its village, in a county whose name starts with a surname', () => {
    expect(address('户籍地址：萧县龙城镇张村社区后张庄47号。')).toEqual(['萧县龙城镇张村社区后张庄47号'])
    expect(texts('户籍地址：萧县龙城镇张村社区后张庄47号。', 'PERSON_NAME')).toEqual([])
  })

  it('does not read a road’s side as an address without a number after it', () => {
    expect(address('沿长江路路北行驶12公里')).toEqual([])
  })
})

describe('ADDRESS: an annex of a building', () => {
  it('reads 附1号 after the building as the door', () => {
    expect(address('住址：雁塔区丈八东路社区电子西街3号院11号楼附1号。')).toEqual(['雁塔区丈八东路社区电子西街3号院11号楼附1号'])
  })
})

describe('ADDRESS: to the door in the older ways of writing it (eighth session, from the read sets)', () => {
  it('reads a unit by letter or by 甲乙丙丁', () => {
    expect(address('住址：常州市武进区湖塘镇锦绣花苑17幢乙单元603室，问题类别：社会')).toEqual(['常州市武进区湖塘镇锦绣花苑17幢乙单元603室'])
    expect(address('家住阳光花园5栋B单元1202室。')).toEqual(['阳光花园5栋B单元1202室'])
  })
  it('reads a named spot of up to six characters before the house number, after a village, a group or a road', () => {
    expect(address('家住望奎县惠七满族镇东升村正白旗三屯47号，联系电话见附表。')).toEqual(['望奎县惠七满族镇东升村正白旗三屯47号'])
    expect(address('家庭住址：费县探沂镇东安村三街西首7号')).toEqual(['费县探沂镇东安村三街西首7号'])
  })
  it('does not read a spot into a sentence that only names a village', () => {
    expect(address('东升村今年共为困难群众办实事12件。')).toEqual([])
  })
})
