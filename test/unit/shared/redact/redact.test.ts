import { describe, expect, it } from 'vitest'
import type { EntityType, Finding } from '../../../../shared/pii/index'
import { redactText, redactionEdits, RedactionError, REMOVED_TEXT, HIDDEN_TEXT, UnmaskableError, type RedactionItem } from '../../../../shared/redact/index'

/** A finding for `value` at its first occurrence in `text` (or at `from`). */
function at(text: string, type: EntityType, value: string, from = 0): Finding {
  const start = text.indexOf(value, from)
  if (start < 0) throw new Error(`${value} not in text`)
  return { type, start, end: start + value.length, text: value, confidence: 0.9, rule: `${type.toLowerCase()}-test`, reasons: [] }
}

describe('redactText', () => {
  const text = '户主：张三，身份证号：340705199001011234，电话：13812345678，单位代码91340700MA2T1234X5。'
  const name = at(text, 'PERSON_NAME', '张三')
  const id = at(text, 'ID_CARD', '340705199001011234')
  const phone = at(text, 'MOBILE', '13812345678')
  const uscc = at(text, 'USCC', '91340700MA2T1234X5')

  it('masks, removes and keeps, leaving everything else as written', () => {
    const { text: out } = redactText(text, [
      { finding: name, action: 'mask' },
      { finding: id, action: 'mask' },
      { finding: phone, action: 'remove' },
      { finding: uscc, action: 'keep' },
    ])
    expect(out).toBe(`户主：张*，身份证号：340705********1234，电话：${REMOVED_TEXT}，单位代码91340700MA2T1234X5。`)
  })

  it('reports each finding with its span in the original and in the output, in text order', () => {
    const items: RedactionItem[] = [
      { finding: uscc, action: 'keep', reason: { 'zh-CN': '组织信息', en: 'organisation' } },
      { finding: phone, action: 'remove' },
      { finding: name, action: 'mask' },
      { finding: id, action: 'mask' },
    ]
    const { text: out, report } = redactText(text, items)
    expect(report.map((e) => [e.type, e.action])).toEqual([
      ['PERSON_NAME', 'masked'],
      ['ID_CARD', 'masked'],
      ['MOBILE', 'removed'],
      ['USCC', 'kept-with-reason'],
    ])
    for (const e of report) {
      const f = items.find((i) => i.finding.start === e.start)!.finding
      expect([e.start, e.end]).toEqual([f.start, f.end])
      expect(e.rule).toBe(f.rule)
    }
    expect(out.slice(report[0].outStart, report[0].outEnd)).toBe('张*')
    expect(out.slice(report[1].outStart, report[1].outEnd)).toBe('340705********1234')
    expect(out.slice(report[2].outStart, report[2].outEnd)).toBe(REMOVED_TEXT)
    expect(out.slice(report[3].outStart, report[3].outEnd)).toBe(uscc.text)
    expect(report[3].reason).toEqual({ 'zh-CN': '组织信息', en: 'organisation' })
    expect(report[0].reason).toBeUndefined()
  })

  it('never puts an original value in the report', () => {
    const { report } = redactText(text, [
      { finding: name, action: 'mask' },
      { finding: id, action: 'mask' },
      { finding: phone, action: 'remove' },
      { finding: uscc, action: 'keep' },
    ])
    const json = JSON.stringify(report)
    for (const value of [name.text, id.text, phone.text, uscc.text, '1234', '5678']) expect(json).not.toContain(value)
  })

  it('leaves the text unchanged with no items, and with only keeps', () => {
    expect(redactText(text, []).text).toBe(text)
    expect(redactText(text, [{ finding: name, action: 'keep' }]).text).toBe(text)
  })

  it('treats adjacent findings separately', () => {
    const t = '张三13812345678'
    const { text: out, report } = redactText(t, [
      { finding: at(t, 'PERSON_NAME', '张三'), action: 'mask' },
      { finding: at(t, 'MOBILE', '13812345678'), action: 'remove' },
    ])
    expect(out).toBe(`张*${REMOVED_TEXT}`)
    expect(report.map((e) => [e.outStart, e.outEnd])).toEqual([
      [0, 2],
      [2, 2 + REMOVED_TEXT.length],
    ])
  })

  it('gives overlapping findings one replacement, the most protective action winning', () => {
    const t = '住址：王岗村14组79号'
    const address = at(t, 'ADDRESS', '王岗村14组79号')
    const inner = at(t, 'PERSON_NAME', '王岗')
    const removed = redactText(t, [
      { finding: address, action: 'mask' },
      { finding: inner, action: 'remove' },
    ])
    expect(removed.text).toBe(`住址：${REMOVED_TEXT}`)
    expect(removed.report.every((e) => e.action === 'removed' && e.outStart === 3)).toBe(true)

    // the finding that covers the group gives its mask
    const masked = redactText(t, [
      { finding: address, action: 'mask' },
      { finding: inner, action: 'keep' },
    ])
    expect(masked.text).toBe('住址：王岗村****')
    expect(masked.report.map((e) => e.action)).toEqual(['masked', 'masked'])
  })

  it('hides every character where partly overlapping findings of different types are masked', () => {
    const t = 'AB340705199001011234CD'
    const a = { ...at(t, 'ID_CARD', '340705199001011234'), start: 2, end: 20 }
    const b: Finding = { ...a, type: 'BANK_CARD', start: 10, end: 22, text: t.slice(10, 22) }
    const { text: out, report } = redactText(t, [
      { finding: a, action: 'mask' },
      { finding: b, action: 'mask' },
    ])
    expect(out).toBe(`AB${'*'.repeat(20)}`)
    expect(report).toHaveLength(2)
  })

  it('masks a value with a line break and full-width digits inside, keeping the break', () => {
    const t = '身份证号：３４０７０５１９９０\n０１０１１２３４。'
    const f = at(t, 'ID_CARD', '３４０７０５１９９０\n０１０１１２３４')
    expect(redactText(t, [{ finding: f, action: 'mask' }]).text).toBe('身份证号：３４０７０５****\n****１２３４。')
  })

  it('hides health data whole', () => {
    const t = '该户户主确诊为肺结核。'
    expect(redactText(t, [{ finding: at(t, 'HEALTH', '确诊为肺结核'), action: 'mask' }]).text).toBe(`该户户主${HIDDEN_TEXT}。`)
  })

  it('uses the mask style of the item', () => {
    const t = '当事人张三，'
    expect(redactText(t, [{ finding: at(t, 'PERSON_NAME', '张三'), action: 'mask', mask: { name: 'mou' } }]).text).toBe('当事人张某，')
  })

  it('refuses findings that do not fit the text, without quoting them', () => {
    const stale = { ...name, start: name.start + 1, end: name.end + 1 }
    expect(() => redactText(text, [{ finding: stale, action: 'mask' }])).toThrow(RedactionError)
    expect(() => redactText(text, [{ finding: { ...name, end: text.length + 5 }, action: 'mask' }])).toThrow(/outside the text/)
    try {
      redactText(text, [{ finding: stale, action: 'mask' }])
    } catch (error) {
      expect(String(error)).not.toContain('张')
    }
    const bogus = { finding: name, action: 'publish' } as unknown as RedactionItem
    expect(() => redactText(text, [bogus])).toThrow(/unknown action/)
  })

  it('refuses to mask a confidential marking', () => {
    const t = '（征求意见稿）'
    const f = at(t, 'CONFIDENTIAL_MARKER', '征求意见稿')
    expect(() => redactText(t, [{ finding: f, action: 'mask' }])).toThrow(UnmaskableError)
    expect(redactText(t, [{ finding: f, action: 'remove' }]).text).toBe(`（${REMOVED_TEXT}）`)
  })

  it('exposes the edits it applies, one per group', () => {
    const { edits, editOf } = redactionEdits(text, [
      { finding: phone, action: 'remove' },
      { finding: name, action: 'keep' },
    ])
    expect(edits.map((e) => e.action)).toEqual(['keep', 'remove'])
    expect(editOf).toEqual([1, 0])
  })
})
