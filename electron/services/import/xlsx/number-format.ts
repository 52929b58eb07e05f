/**
 * Numbers as a person sees them in Excel or WPS: the cell's number format applied to the stored value.
 * Covers what 政务 spreadsheets use — General, fixed decimals, thousands separators, percentages,
 * zero-padded codes (000000), scientific, and dates and times including the Chinese built-ins
 * (yyyy"年"m"月"d"日"). One deliberate difference from Excel: a large integer in General format is written
 * out in full rather than as 3.40705E+17, so the scanner sees every digit the file holds (a warning says so).
 */

import { formatDate } from './date-format'

export { serialToParts } from './date-format'

/** Built-in number formats (ECMA-376 18.8.30), with the zh-CN display of the locale-dependent ones. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
}

/** The format code of a built-in id, or General for ids we do not know. */
export function builtInFormat(id: number): string {
  return BUILT_IN[id] ?? 'General'
}

/** A value as shown, and what about it a person should be told. */
export type Shown = {
  text: string
  /** the format hides the value (`;;;`): the cell looks empty */
  hidden?: boolean
  /** Excel would show it in scientific notation (General, 12+ digits): written out here */
  scientific?: boolean
  /** an integer of 16+ digits: Excel kept 15 significant digits, the rest are zeros now */
  precisionLost?: boolean
}

export type Token = { t: 'lit'; s: string } | { t: 'code'; s: string }

/** Splits a format section into literal text and code characters; quotes, escapes and [..] brackets handled. */
function tokens(section: string): Token[] {
  const out: Token[] = []
  const lit = (s: string): void => {
    const last = out[out.length - 1]
    if (last?.t === 'lit') last.s += s
    else out.push({ t: 'lit', s })
  }
  for (let i = 0; i < section.length; i++) {
    const c = section[i]
    if (c === '"') {
      const end = section.indexOf('"', i + 1)
      lit(section.slice(i + 1, end < 0 ? section.length : end))
      i = end < 0 ? section.length : end
    } else if (c === '\\') {
      lit(section[i + 1] ?? '')
      i++
    } else if (c === '_') {
      // _x: a space the width of x
      lit(' ')
      i++
    } else if (c === '*') {
      // *x: repeat x to fill the cell — nothing in text
      i++
    } else if (c === '[') {
      const end = section.indexOf(']', i)
      const inner = section.slice(i + 1, end < 0 ? section.length : end)
      // elapsed time ([h] [mm] [ss]) is code; colours, locales, conditions and [DBNum] are not text
      if (/^(h+|m+|s+)$/i.test(inner)) out.push({ t: 'code', s: `[${inner.toLowerCase()}]` })
      i = end < 0 ? section.length : end
    } else out.push({ t: 'code', s: c })
  }
  return out
}

function splitSections(code: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < code.length; i++) {
    const c = code[i]
    if (c === '"') quoted = !quoted
    if (c === '\\' && !quoted) {
      cur += c + (code[i + 1] ?? '')
      i++
      continue
    }
    if (c === ';' && !quoted) {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

const DATE_CODE = /[ymdhse]|am\/pm|a\/p|上午\/下午/i

function isDateSection(ts: Token[]): boolean {
  const codes = ts
    .filter((t) => t.t === 'code')
    .map((t) => t.s)
    .join('')
  return DATE_CODE.test(codes.replace(/E[+-]/gi, ''))
}

/** Whether a format code shows dates or times (so a number is a serial date). */
export function isDateFormat(code: string): boolean {
  const first = splitSections(code)[0] ?? ''
  return first !== 'General' && isDateSection(tokens(first))
}

/** Writes an integer-valued double in plain digits, as Excel would with format "0": 15 significant digits, then zeros. */
export function plainInteger(v: number): string {
  const a = Math.abs(v)
  const sign = v < 0 ? '-' : ''
  if (a < 1e15) return sign + Math.round(a).toString()
  const [mant, exp] = a.toExponential(14).split('e')
  const digits = (mant ?? '').replace('.', '')
  const e = Number(exp)
  return sign + (e + 1 >= digits.length ? digits + '0'.repeat(e + 1 - digits.length) : digits.slice(0, e + 1))
}

function general(v: number): Shown {
  if (Number.isInteger(v)) {
    const text = plainInteger(v)
    const a = Math.abs(v)
    const shown: Shown = { text }
    if (a >= 1e11) shown.scientific = true
    if (a >= 1e15) shown.precisionLost = true
    return shown
  }
  // what Excel's General shows in a normal column: about ten significant digits, no float noise
  return { text: String(Number(v.toPrecision(11))).replace('e', 'E') }
}

/** Formats a stored number with a format code. */
export function formatNumber(v: number, code: string, date1904: boolean): Shown {
  if (!Number.isFinite(v)) return { text: String(v) }
  const sections = splitSections(code)
  let section = sections[0] ?? 'General'
  let value = v
  if (v < 0 && sections.length >= 2) {
    section = sections[1] ?? ''
    value = -v
  } else if (v === 0 && sections.length >= 3) section = sections[2] ?? ''
  if (section.trim() === '' && sections.length > 1) return { text: '', hidden: true }
  if (/^general$/i.test(section.trim())) return general(value)
  const ts = tokens(section)
  if (ts.every((t) => t.t === 'lit')) return { text: ts.map((t) => t.s).join('') }
  if (isDateSection(ts)) return { text: formatDate(value, ts, date1904) }
  const out = formatPlain(value, ts)
  const a = Math.abs(v)
  const shown: Shown = { text: out }
  if (Number.isInteger(v) && a >= 1e15 && /^-?\d+$/.test(out.replace(/,/g, ''))) shown.precisionLost = true
  return shown
}

function formatPlain(v: number, ts: Token[]): string {
  const code = ts.map((t) => (t.t === 'code' ? t.s : '\u0000')).join('')
  const first = code.search(/[0#?]/)
  if (first < 0) return ts.map((t) => t.s).join('').replace('@', general(v).text)
  let last = first
  for (let i = first; i < code.length; i++) if (/[0#?.,]/.test(code[i]) || (/[eE]/.test(code[i]) && /[+-]/.test(code[i + 1] ?? ''))) last = /[eE]/.test(code[i]) ? code.length - 1 : i
  // literal text before and after the numeric part, as written
  const render = (from: number, to: number): string => {
    let s = ''
    let pos = 0
    for (const t of ts) {
      const len = t.t === 'code' ? t.s.length : 1
      if (pos >= from && pos < to) s += t.s === '@' ? '' : t.s
      pos += len
    }
    return s
  }
  const core = code.slice(first, last + 1)
  const percents = (code.match(/%/g) ?? []).length
  let x = v * 100 ** percents
  let body: string
  const sci = /[eE][+-]/.exec(core)
  if (sci) {
    const mantissa = core.slice(0, sci.index)
    const decimals = (mantissa.split('.')[1] ?? '').replace(/[^0#?]/g, '').length
    const expDigits = core.slice(sci.index + 2).replace(/[^0#?]/g, '').length
    const [m = '0', e = '0'] = x.toExponential(decimals).split('e')
    const en = Number(e)
    body = `${m}E${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(expDigits, '0')}`
  } else {
    const [intPart = '', decPart = ''] = core.split('.')
    const decimals = decPart.replace(/[^0#?]/g, '').length
    const minDecimals = decPart.replace(/[^0]/g, '').length
    const minInt = intPart.replace(/[^0]/g, '').length
    const group = /[0#?],[0#?]/.test(intPart)
    x = Math.abs(x)
    let [i = '0', d = ''] = Number.isInteger(x) && decimals === 0 ? [plainInteger(x)] : x.toFixed(decimals).split('.')
    if (i === '0' && minInt === 0) i = ''
    i = i.padStart(minInt, '0')
    if (group) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    while (d.length > minDecimals && d.endsWith('0')) d = d.slice(0, -1)
    body = (v < 0 ? '-' : '') + i + (decimals > 0 && (d.length > 0 || decPart.includes('0')) ? `.${d}` : '')
  }
  return render(0, first) + body + render(last + 1, code.length)
}
