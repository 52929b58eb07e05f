import { describe, expect, it } from 'vitest'
import { maskedPreview } from '../../../../shared/redact/index'

const id = '340705198204150268'
const phone = '13905621234'

describe('maskedPreview (list titles and excerpts)', () => {
  it('masks ID numbers and phones the way they would be published, and leaves the rest alone', () => {
    const out = maskedPreview(`关于${id}（联系电话${phone}）的低保复核公示`)
    expect(out).not.toContain(id)
    expect(out).not.toContain(phone)
    expect(out).toContain('340705********0268')
    expect(out).toContain('139****1234')
    expect(out.startsWith('关于')).toBe(true)
    expect(out.endsWith('的低保复核公示')).toBe(true)
  })

  it('stars the middle of a long number the engine does not take for an ID or a phone', () => {
    // a mistyped ID number (bad checksum, no label) and a bare 16-digit number
    for (const run of ['340705198204150267', '6222021234561234']) {
      const out = maskedPreview(`编号 ${run} 已登记`)
      expect(out).not.toContain(run)
      expect(out).toMatch(/\d{3,6}\*+\d{4}/)
    }
  })

  it('keeps ordinary text, dates and document numbers whole', () => {
    for (const text of ['', '某政发〔2026〕12号', '2026年3月1日', '关于春节期间值班安排的通知']) expect(maskedPreview(text)).toBe(text)
  })
})
