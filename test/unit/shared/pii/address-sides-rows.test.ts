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
