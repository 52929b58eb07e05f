import { describe, expect, it } from 'vitest'
import { findingKeyPattern, keyFindings, keyType, normaliseValue } from '../../../../shared/findings/finding-key'
import { scan, type Finding } from '../../../../shared/pii/index'

const noticeId = '0b7c3a52-2f7e-4a55-9a51-7c0f7a3a9c11'
const otherNotice = '7d1e5b00-1111-4a55-9a51-7c0f7a3a9c22'
const idNumber = '34070519900101123X'
const body = `低保对象公示\n序号\t姓名\t身份证号码\t联系电话\n1\t王建国\t${idNumber}\t13812345678\n`

function keysOf(text: string, id = noticeId): Map<string, string> {
  return new Map(keyFindings(id, scan(text)).map((finding) => [finding.text, finding.key]))
}

function finding(type: Finding['type'], text: string, start: number): Finding {
  return { type, text, start, end: start + text.length, confidence: 0.9, rule: 'test', reasons: [] }
}

describe('finding keys', () => {
  it('have the documented shape and name their type', () => {
    const keys = [...keysOf(body).values()]
    expect(keys.length).toBeGreaterThanOrEqual(3)
    for (const key of keys) expect(key).toMatch(findingKeyPattern)
    expect(keyType(keysOf(body).get('13812345678') ?? '')).toBe('MOBILE')
    expect(keyType('MOBILE:nothex:0')).toBeUndefined()
  })

  it('never contain the value', () => {
    for (const [text, key] of keysOf(body)) expect(key).not.toContain(text)
  })

  it('survive edits elsewhere in the text', () => {
    const before = keysOf(body)
    expect([...before.keys()]).toEqual(expect.arrayContaining(['王建国', idNumber, '13812345678']))
    const edited = keysOf(`关于2026年第一季度城乡${body.replace('低保对象公示', '最低生活保障对象名单公示（第二批）')}\n公示期为7天。`)
    for (const [text, key] of before) expect(edited.get(text), text).toBe(key)
  })

  it('change when the value changes', () => {
    const before = keysOf(body)
    const after = keysOf(body.replace('13812345678', '13912345678'))
    expect(after.get('13912345678')).toBeDefined()
    expect(after.get('13912345678')).not.toBe(before.get('13812345678'))
    expect(after.get(idNumber)).toBe(before.get(idNumber))
  })

  it('count equal values in text order, so each occurrence has its own decision', () => {
    const keyed = keyFindings(noticeId, [finding('MOBILE', '13812345678', 30), finding('MOBILE', '13812345678', 2), finding('MOBILE', '13900000000', 16)])
    expect(keyed.map((f) => [f.start, f.key.split(':')[2]])).toEqual([
      [2, '0'],
      [16, '0'],
      [30, '1'],
    ])
    expect(keyed[0]?.key.split(':')[1]).toBe(keyed[2]?.key.split(':')[1])
  })

  it('treat spacing, dashes, full-width digits and case as the same value', () => {
    expect(normaliseValue('138 1234-5678')).toBe('13812345678')
    expect(normaliseValue('１３８１２３４５６７８')).toBe('13812345678')
    expect(normaliseValue('34070519900101123x')).toBe(idNumber)
    const [a] = keyFindings(noticeId, [finding('MOBILE', '138-1234-5678', 0)])
    const [b] = keyFindings(noticeId, [finding('MOBILE', '１３８１２３４５６７８', 0)])
    expect(a?.key).toBe(b?.key)
  })

  it('keep the type apart and differ between notices', () => {
    const [asMobile] = keyFindings(noticeId, [finding('MOBILE', '13812345678', 0)])
    const [asBank] = keyFindings(noticeId, [finding('BANK_CARD', '13812345678', 0)])
    const [elsewhere] = keyFindings(otherNotice, [finding('MOBILE', '13812345678', 0)])
    expect(asMobile?.key.split(':')[1]).not.toBe(asBank?.key.split(':')[1])
    expect(asMobile?.key).not.toBe(elsewhere?.key)
  })

  it('give the same keys with a shared cache as without', () => {
    const cache = new Map<string, string>()
    const first = keyFindings(noticeId, scan(body), cache)
    const second = keyFindings(noticeId, scan(body), cache)
    expect(second).toEqual(first)
    expect(keyFindings(noticeId, scan(body))).toEqual(first)
  })
})
