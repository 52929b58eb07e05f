import { describe, expect, it } from 'vitest'
import { builtInFormat, formatNumber, isDateFormat, plainInteger, serialToParts } from '../../../../../electron/services/import/xlsx/number-format'

const f = (v: number, code: string): string => formatNumber(v, code, false).text

describe('numbers as Excel shows them', () => {
  it('General: integers in full (with the hazards flagged), decimals without float noise', () => {
    expect(f(1500, 'General')).toBe('1500')
    expect(f(0.1 + 0.2, 'General')).toBe('0.3')
    expect(formatNumber(13905621234, 'General', false)).toEqual({ text: '13905621234' })
    // an 18-digit ID stored as a number: Excel kept 15 significant digits
    expect(formatNumber(340721195601011000, 'General', false)).toEqual({ text: '340721195601011000', scientific: true, precisionLost: true })
    expect(formatNumber(3.40721195601011e17, '0', false).precisionLost).toBe(true)
    expect(plainInteger(3.4070519820415e17)).toBe('340705198204150000')
  })

  it('fixed decimals, thousands, percent, zero padding, scientific, literal text', () => {
    expect(f(1234.5, '#,##0.00')).toBe('1,234.50')
    expect(f(-1234.5, '#,##0.00;(#,##0.00)')).toBe('(1,234.50)')
    expect(f(0.256, '0.0%')).toBe('25.6%')
    expect(f(244000, '000000')).toBe('244000')
    expect(f(4100, '000000')).toBe('004100')
    expect(f(12345, '0.00E+00')).toBe('1.23E+04')
    expect(f(900, '0"元"')).toBe('900元')
    expect(f(3, '@')).toBe('3')
  })

  it('a format that shows nothing hides the value', () => {
    expect(formatNumber(13905621234, ';;;', false)).toEqual({ text: '', hidden: true })
  })

  it('dates and times, including the zh-CN built-ins and the 1904 system', () => {
    expect(isDateFormat(builtInFormat(14))).toBe(true)
    expect(isDateFormat('0.00')).toBe(false)
    expect(f(45809, builtInFormat(14))).toBe('2025/6/1')
    expect(f(45809, builtInFormat(31))).toBe('2025年6月1日')
    expect(f(45809.5, 'yyyy-mm-dd hh:mm')).toBe('2025-06-01 12:00')
    expect(f(45809.75, 'h:mm AM/PM')).toBe('6:00 PM')
    expect(f(45809.25, '上午/下午h"时"mm"分"')).toBe('上午6时00分')
    expect(serialToParts(60, false)).toMatchObject({ y: 1900, m: 2, d: 29 })
    expect(serialToParts(61, false)).toMatchObject({ y: 1900, m: 3, d: 1 })
    expect(formatNumber(0, 'yyyy-mm-dd', true).text).toBe('1904-01-01')
  })
})
