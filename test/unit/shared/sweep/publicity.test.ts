import { describe, expect, it } from 'vitest'
import { addPeriod, daysBetween, publishUntilOf, statedPublicityEnd } from '../../../../shared/sweep/publicity'

describe('statedPublicityEnd', () => {
  it('reads the end of a stated range in the usual ways of writing it', () => {
    expect(statedPublicityEnd('公示期为2024年5月5日至5月11日')).toBe('2024-05-11')
    expect(statedPublicityEnd('公示时间：2024年5月5日至2024年5月11日')).toBe('2024-05-11')
    expect(statedPublicityEnd('公示期：2024-05-05至2024-05-11。')).toBe('2024-05-11')
    expect(statedPublicityEnd('公示日期 2024.5.5—2024.5.11')).toBe('2024-05-11')
    expect(statedPublicityEnd('公示期为2024年5月5日至11日')).toBe('2024-05-11')
    // across the new year
    expect(statedPublicityEnd('公示期为2024年12月25日至1月3日')).toBe('2025-01-03')
  })

  it('counts a relative period from the start given, the first date in the text, or the fallback', () => {
    expect(statedPublicityEnd('2024年5月5日发布。自发布之日起7日内如有异议…')).toBe('2024-05-11')
    expect(statedPublicityEnd('公示期为7天。', { start: '2026-03-02' })).toBe('2026-03-08')
    expect(statedPublicityEnd('公示期为7天。2024年1月1日', { start: '2026-03-02' })).toBe('2026-03-08')
    expect(statedPublicityEnd('公示期为7天。', { fallbackStart: '2026-03-02' })).toBe('2026-03-08')
    expect(statedPublicityEnd('公示期为7天。')).toBeUndefined()
    // 5 working days from Friday 2026-03-06: Fri, Mon, Tue, Wed, Thu
    expect(statedPublicityEnd('公示期为5个工作日', { start: '2026-03-06' })).toBe('2026-03-12')
  })

  it('finds nothing where no period is stated or the date is impossible', () => {
    expect(statedPublicityEnd('关于开展春季植树活动的通知，2024年3月12日')).toBeUndefined()
    expect(statedPublicityEnd('公示期为2024年2月1日至2月30日')).toBeUndefined()
  })
})

describe('publishUntilOf', () => {
  const notice = { title: '低保公示', body: '公示期为7天。', publicityStart: '', publicityEnd: '', signatureDate: '' }
  it('prefers the 公示期 end field, then the text counted from the start or 落款日期 fields', () => {
    expect(publishUntilOf({ ...notice, publicityEnd: '2026-04-01' })).toBe('2026-04-01')
    expect(publishUntilOf({ ...notice, signatureDate: '2026-03-10' })).toBe('2026-03-16')
    expect(publishUntilOf({ ...notice, publicityStart: '2026-03-12', signatureDate: '2026-03-10' })).toBe('2026-03-18')
    expect(publishUntilOf(notice)).toBeUndefined()
    expect(publishUntilOf(notice, '2026-03-02')).toBe('2026-03-08')
    expect(publishUntilOf({ ...notice, body: '请知悉。' }, '2026-03-02')).toBeUndefined()
  })
})

it('counts days and working days', () => {
  expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3)
  expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0)
  expect(addPeriod('2026-03-07', 1, true)).toBe('2026-03-09')
  expect(addPeriod('2026-02-27', 3, false)).toBe('2026-03-01')
})
