import { describe, expect, it } from 'vitest'
import { formatDateText, parseDateText } from '../../../../renderer/lib/date-field'

describe('date fields in 年/月/日', () => {
  it('shows a stored date as 2026年3月1日', () => {
    expect(formatDateText('2026-03-01')).toBe('2026年3月1日')
    expect(formatDateText('2025-12-31')).toBe('2025年12月31日')
    expect(formatDateText('')).toBe('')
  })

  it('reads the ways an officer types a date', () => {
    for (const typed of ['2026年3月1日', '2026年03月01日', '2026-03-01', '2026/3/1', '2026.3.1', '20260301', '２０２６年３月１日', ' 2026 年 3 月 1 日 ']) {
      expect(parseDateText(typed), typed).toBe('2026-03-01')
    }
    expect(parseDateText('')).toBe('')
    expect(parseDateText('   ')).toBe('')
  })

  it('refuses what is not a real date', () => {
    for (const typed of ['2026年2月30日', '2026-13-01', '03/01/2026', '2026年3月', 'abc', '0026-01-01']) expect(parseDateText(typed), typed).toBeUndefined()
  })
})
