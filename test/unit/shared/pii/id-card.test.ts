import { describe, expect, it } from 'vitest'
import { breakCheck, findings, makeId, texts } from './helpers'

const ID = makeId('340705', '19720306', '279')

describe('ID_CARD positives', () => {
  it('finds a plain 18-digit number with its explanation', () => {
    const [f] = findings(`身份证号${ID}，手机号码13953252115。`, 'ID_CARD')
    expect(f?.text).toBe(ID)
    expect(f?.rule).toBe('id-card-18')
    expect(f?.reasons).toContain('checksum MOD 11-2 passed')
    expect(f?.reasons).toContain('area code 340705 valid')
    expect(f?.confidence).toBeGreaterThan(0.95)
  })
  it('covers spaces, hyphens and a line break inside the number', () => {
    const spaced = `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`
    const hyphen = `${ID.slice(0, 6)}-${ID.slice(6, 14)}-${ID.slice(14)}`
    const broken = `${ID.slice(0, 10)}\n${ID.slice(10)}`
    expect(texts(`身份证：${spaced}。`, 'ID_CARD')).toEqual([spaced])
    expect(texts(`身份证：${hyphen}。`, 'ID_CARD')).toEqual([hyphen])
    expect(texts(`身份证号码：${broken}，`, 'ID_CARD')).toEqual([broken])
  })
  it('maps full-width digits back to the original span', () => {
    const fw = [...ID].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')
    const text = `何国\t${fw}\t朱芳凤`
    const [f] = findings(text, 'ID_CARD')
    expect(f?.text).toBe(fw)
    expect(text.slice(f.start, f.end)).toBe(fw)
  })
  it('accepts a trailing X or x', () => {
    const x = makeId('110105', '19491231', '002')
    expect(x.endsWith('X')).toBe(true)
    expect(texts(`公民身份号码${x.slice(0, 17)}x；`, 'ID_CARD')).toEqual([x.slice(0, 17) + 'x'])
  })
  it('picks the ID out of a run of numbers in a whitespace table row', () => {
    expect(texts(`1 2133070077 ${ID} 76.0`, 'ID_CARD')).toEqual([ID])
  })
  it('finds the legacy 15-digit form', () => {
    const [f] = findings('身份证号：340705720306279', 'ID_CARD')
    expect(f?.rule).toBe('id-card-15')
  })
  it('finds an ID that carries a retired area code (110103 崇文区)', () => {
    expect(texts(`身份证号：${makeId('110103')}`, 'ID_CARD')).toHaveLength(1)
  })
})

describe('ID_CARD negatives', () => {
  it('rejects a wrong checksum, wrong area code, impossible and future dates', () => {
    expect(texts(`号码${breakCheck(ID)}。`, 'ID_CARD')).toEqual([])
    expect(texts(`号码${makeId('990101')}。`, 'ID_CARD')).toEqual([])
    expect(texts(`号码${makeId('340705', '19900230')}。`, 'ID_CARD')).toEqual([])
    expect(texts(`号码${makeId('340705', '20300101')}。`, 'ID_CARD')).toEqual([])
  })
  it('does not flag an ID-shaped 项目编号, 订单号 or 准考证号', () => {
    expect(findings(`项目编号：${ID}，合同金额24611673元。`)).toEqual([])
    expect(findings(`订单号${ID}已作废。`)).toEqual([])
    expect(findings(`序号\t准考证号\t姓名\n1\t${ID}\t张三`, 'ID_CARD')).toEqual([])
  })
  it('does not read the digits of a letter-prefixed document number as a phone or ID', () => {
    expect(findings('护照号码E48822732，港澳通行证C12345678').map((f) => f.type)).toEqual(['PASSPORT', 'HK_MACAO_PERMIT'])
  })
})

describe('ID_CARD context rescues a mistyped number', () => {
  it('in a column headed 身份证号码, with a lower confidence and the reason', () => {
    const bad = breakCheck(ID)
    const [f] = findings(`序号\t姓名\t身份证号码\n1\t张三\t${bad}`, 'ID_CARD')
    expect(f?.text).toBe(bad)
    expect(f?.confidence).toBeLessThan(0.8)
    expect(f?.reasons[0]).toBe('fails checksum, but in column 身份证号码')
  })
  it('after a label', () => {
    const [f] = findings(`身份证号码：${breakCheck(ID)}`, 'ID_CARD')
    expect(f?.reasons[0]).toBe('fails checksum, but after label 身份证号码')
  })
  it('but not without context', () => {
    expect(findings(`编号说明 ${breakCheck(ID)} 见附件`, 'ID_CARD')).toEqual([])
  })
  it('a 残疾人证号 (ID + category + level) is the holder ID', () => {
    const [f] = findings(`残疾人证号：${ID}42`, 'ID_CARD')
    expect(f?.text).toBe(`${ID}42`)
    expect(f?.rule).toBe('disability-cert-number')
  })
})
