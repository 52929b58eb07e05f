/**
 * Dates and times as Excel and WPS show them: an Excel serial (1900 or 1904 system) written by a date
 * section of a number format (yyyy"年"m"月"d"日", hh:mm, AM/PM, 上午/下午, elapsed [h]). number-format.ts
 * tokenises the format and hands date sections here.
 */
import type { Token } from './number-format'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The calendar date and time of an Excel serial (1900 system with its 29 Feb 1900, or 1904). */
export function serialToParts(serial: number, date1904: boolean): { y: number; m: number; d: number; hh: number; mi: number; ss: number; wd: number } {
  let days = Math.floor(serial)
  let secs = Math.round((serial - days) * 86400)
  if (secs >= 86400) {
    days++
    secs -= 86400
  }
  let base: number
  if (date1904) base = Date.UTC(1904, 0, 1)
  else if (days >= 61) base = Date.UTC(1899, 11, 30)
  else base = Date.UTC(1899, 11, 31)
  const t = new Date(base + days * 86400000)
  const parts = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: Math.floor(secs / 3600), mi: Math.floor((secs % 3600) / 60), ss: secs % 60, wd: t.getUTCDay() }
  // the day Lotus invented and Excel kept
  if (!date1904 && days === 60) return { ...parts, y: 1900, m: 2, d: 29 }
  return parts
}

export function formatDate(serial: number, ts: Token[], date1904: boolean): string {
  const p = serialToParts(serial, date1904)
  const hasAmPm = ts.some((t) => t.t === 'code' && /[aA上]/.test(t.s))
  // group runs of the same code letter: yyyy, mm, dd …
  const parts: { s: string; code: boolean }[] = []
  for (const t of ts) {
    if (t.t === 'lit') {
      parts.push({ s: t.s, code: false })
      continue
    }
    const last = parts[parts.length - 1]
    const c = t.s.toLowerCase()
    if (last?.code && last.s[0]?.toLowerCase() === c && c.length === 1 && /[ymdhse]/.test(c)) last.s += t.s
    else parts.push({ s: t.s, code: true })
  }
  let out = ''
  for (let k = 0; k < parts.length; k++) {
    const { s, code } = parts[k]
    if (!code) {
      out += s
      continue
    }
    const lower = s.toLowerCase()
    const prevCode = parts.slice(0, k).reverse().find((q) => q.code && /[a-z]/i.test(q.s))?.s.toLowerCase() ?? ''
    const nextCode = parts.slice(k + 1).find((q) => q.code && /[a-z]/i.test(q.s))?.s.toLowerCase() ?? ''
    if (lower[0] === 'y' || lower[0] === 'e') out += lower.length <= 2 && lower[0] === 'y' ? String(p.y % 100).padStart(2, '0') : String(p.y)
    else if (lower[0] === 'm' && lower.length <= 2 && (prevCode.startsWith('h') || nextCode.startsWith('s'))) out += lower.length === 2 ? pad(p.mi) : String(p.mi)
    else if (lower[0] === 'm') out += lower.length === 1 ? String(p.m) : lower.length === 2 ? pad(p.m) : lower.length === 3 ? MONTHS[p.m - 1].slice(0, 3) : MONTHS[p.m - 1]
    else if (lower[0] === 'd') out += lower.length === 1 ? String(p.d) : lower.length === 2 ? pad(p.d) : lower.length === 3 ? DAYS[p.wd].slice(0, 3) : DAYS[p.wd]
    else if (lower[0] === 'h') {
      const h = hasAmPm ? ((p.hh + 11) % 12) + 1 : p.hh
      out += lower.length >= 2 ? pad(h) : String(h)
    } else if (lower[0] === 's') out += lower.length >= 2 ? pad(p.ss) : String(p.ss)
    else if (lower === '[h]' || lower === '[hh]') out += String(Math.floor(serial * 24))
    else if (lower === '[m]' || lower === '[mm]') out += String(Math.floor(serial * 1440))
    else if (lower === '[s]' || lower === '[ss]') out += String(Math.round(serial * 86400))
    else if (lower === 'a' && ts.length) {
      // AM/PM, A/P, 上午/下午 arrive as single code characters: handled as a run below
      out += p.hh < 12 ? 'AM' : 'PM'
      k += skipAmPm(parts, k)
    } else if (s === '上') {
      out += p.hh < 12 ? '上午' : '下午'
      k += 4
    } else if (s === '0' || s === '.') out += s === '.' ? '.' : '0'
    else out += s
  }
  return out
}

function skipAmPm(parts: { s: string; code: boolean }[], k: number): number {
  const rest = parts
    .slice(k, k + 5)
    .map((q) => q.s)
    .join('')
    .toLowerCase()
  return rest.startsWith('am/pm') ? 4 : rest.startsWith('a/p') ? 2 : 0
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
