import { describe, expect, it } from 'vitest'
import { translate, type Translate } from '../../../../renderer/i18n/translate'
import { formatRelative, formatSaveTime } from '../../../../renderer/lib/format-time'

const t: Translate = (key, params) => translate('zh-CN', key, params)
// Local times, so the test holds in any time zone.
const now = new Date(2026, 2, 5, 14, 30, 0)
const at = (...parts: [number, number, number, number, number, number?]) => new Date(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5] ?? 0).toISOString()

describe('formatRelative', () => {
  it('says 刚刚 within a minute and N 分钟前 within the hour', () => {
    expect(formatRelative(at(2026, 2, 5, 14, 29, 30), now, 'zh-CN', t)).toBe('刚刚')
    expect(formatRelative(at(2026, 2, 5, 14, 5), now, 'zh-CN', t)).toBe('25 分钟前')
  })

  it('says 今天 and 昨天 with the clock time', () => {
    expect(formatRelative(at(2026, 2, 5, 9, 5), now, 'zh-CN', t)).toBe('今天 09:05')
    expect(formatRelative(at(2026, 2, 4, 18, 40), now, 'zh-CN', t)).toBe('昨天 18:40')
  })

  it('shows the date, and the year only when it is not this year', () => {
    expect(formatRelative(at(2026, 0, 20, 8, 0), now, 'zh-CN', t)).toMatch(/^1月20日 08:00$/)
    expect(formatRelative(at(2025, 11, 31, 8, 0), now, 'zh-CN', t)).toMatch(/^2025年12月31日 08:00$/)
  })
})

describe('formatSaveTime', () => {
  it('is the clock time today and carries the date otherwise', () => {
    expect(formatSaveTime(at(2026, 2, 5, 9, 5, 7), now, 'zh-CN')).toBe('09:05:07')
    expect(formatSaveTime(at(2026, 2, 1, 9, 5, 7), now, 'zh-CN')).toBe('3月1日 09:05')
  })
})
