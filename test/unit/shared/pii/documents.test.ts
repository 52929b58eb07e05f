import { describe, expect, it } from 'vitest'
import { findings, texts } from './helpers'

describe('PASSPORT', () => {
  it('finds ordinary passports in old and new forms', () => {
    expect(texts('护照号码E48822732，', 'PASSPORT')).toEqual(['E48822732'])
    expect(texts('护照号码EL4430669。', 'PASSPORT')).toEqual(['EL4430669'])
    expect(texts('护照：G12345678', 'PASSPORT')).toEqual(['G12345678'])
    expect(texts('持E12345678出境', 'PASSPORT')).toEqual(['E12345678'])
  })
  it('needs context for official passports and foreign numbers', () => {
    expect(texts('公务护照号码：SE1234567', 'PASSPORT')).toEqual(['SE1234567'])
    expect(texts('批次 P1234567 已入库', 'PASSPORT')).toEqual([])
    expect(texts('护照号码：X12AB3456', 'PASSPORT')).toEqual(['X12AB3456'])
  })
  it('does not flag product or model codes', () => {
    expect(findings('型号E4882273A规格')).toEqual([])
    expect(findings('列车G1234次')).toEqual([])
  })
})

describe('HK_MACAO_PERMIT', () => {
  it('finds 往来港澳通行证 forms', () => {
    expect(texts('港澳通行证CS4504733。', 'HK_MACAO_PERMIT')).toEqual(['CS4504733'])
    expect(texts('往来港澳通行证：C12345678', 'HK_MACAO_PERMIT')).toEqual(['C12345678'])
  })
  it('finds 港澳居民来往内地通行证 (回乡证) with 8 or 10 digits', () => {
    expect(texts('回乡证H12345678', 'HK_MACAO_PERMIT')).toEqual(['H12345678'])
    expect(texts('港澳居民来往内地通行证号码：M1234567890', 'HK_MACAO_PERMIT')).toEqual(['M1234567890'])
  })
  it('types by the nearest label when two documents share a line', () => {
    const f = findings('护照号码E48822732，港澳通行证CP3702519。')
    expect(f.map((x) => [x.type, x.text])).toEqual([
      ['PASSPORT', 'E48822732'],
      ['HK_MACAO_PERMIT', 'CP3702519'],
    ])
  })
})

describe('TAIWAN_PERMIT', () => {
  it('finds 台胞证 digits only with context', () => {
    expect(texts('台胞证号码：12345678', 'TAIWAN_PERMIT')).toEqual(['12345678'])
    expect(texts('台湾居民来往大陆通行证 87654321，', 'TAIWAN_PERMIT')).toEqual(['87654321'])
    expect(texts('编号 12345678', 'TAIWAN_PERMIT')).toEqual([])
  })
  it('finds 往来台湾通行证 T-numbers after their label', () => {
    expect(texts('大陆居民往来台湾通行证T12345678', 'TAIWAN_PERMIT')).toEqual(['T12345678'])
  })
})
