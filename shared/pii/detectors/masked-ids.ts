/**
 * ID numbers an office has masked only in part. "340705********2028" (area code and last digits) is how
 * notices publish IDs, and is left alone; "340721199902****25" still shows the holder's birth year and
 * month next to the area code, so it is reported for review (never as a full ID: the checksum cannot
 * be verified). Masks are *, × or ● (full-width ＊ arrives as *).
 */
import { emit, type ScanContext } from '../scan-context'
import { ctx as C, labelBefore } from '../context'
import { AREA_CITY, AREA_EXACT, AREA_UNKNOWN, areaStatusOf, digitsValue } from '../validators/area-code'
import { isRealDate } from '../validators/date'
import { columnReason, labelReason, withReason } from '../interned'
import { reasonWith } from '../reasons'
import { scores } from '../data/scores'

const S = scores['masked-ids']

const MASK = /[*×●]/g
const SHAPE = reasonWith('shape', { what: 'partly masked ID number' })

function validArea(area: number): boolean {
  const status = areaStatusOf(area)
  return status === AREA_EXACT || status === AREA_CITY
}

function isMask(c: number): boolean {
  return c === 42 || c === 0xd7 || c === 0x25cf
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** A character of a (masked) ID number: digit, mask, or the X check character. */
function isIdChar(c: number): boolean {
  return isDigit(c) || isMask(c) || c === 88 || c === 120
}

function isLatinOrDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

export function detectMaskedIds(ctx: ScanContext): void {
  const text = ctx.text
  const year = ctx.today.getFullYear()
  let lastEnd = 0
  MASK.lastIndex = 0
  while (MASK.test(text)) {
    const q = MASK.lastIndex - 1
    if (q < lastEnd) continue
    let s = q
    while (s > 0 && isIdChar(text.charCodeAt(s - 1))) s--
    let e = q + 1
    while (e < text.length && isIdChar(text.charCodeAt(e))) e++
    lastEnd = e
    MASK.lastIndex = e
    if (e - s !== 18 || isLatinOrDigit(text.charCodeAt(s - 1)) || isLatinOrDigit(text.charCodeAt(e))) continue
    // the area code and the birth year and month must be there to read
    const area = digitsValue(text, s, 6)
    const y = digitsValue(text, s + 6, 4)
    const m = digitsValue(text, s + 10, 2)
    if (y < 1900 || y > year || !(m >= 1 && m <= 12)) continue
    // 5001**19980321****: the area masked but the whole birth date showing is still this person's ID
    const fullDate = isRealDate(y, m, digitsValue(text, s + 12, 2))
    const province = digitsValue(text, s, 2)
    if (area < 0 ? !(fullDate && areaStatusOf(province * 10_000) !== AREA_UNKNOWN) : !validArea(area)) continue
    const ci = ctx.tables.indexAt(s)
    const inColumn = ci >= 0 && ctx.tables.kindOf(ci) === 'idCard'
    if ((ci >= 0 && ctx.tables.kindOf(ci) === 'numbering') || (!inColumn && labelBefore(text, s, C.numbering, 12))) continue
    const d = digitsValue(text, s + 12, 2)
    const date = `${y}-${String(m).padStart(2, '0')}${d >= 1 && d <= 31 ? `-${String(d).padStart(2, '0')}` : ''}`
    let reasons = [SHAPE, area < 0 ? reasonWith('provinceMasked', { province: String(province) }) : reasonWith('idArea', { code: String(area) }), reasonWith('idBirth', { date: String(date) })]
    const label = inColumn ? null : labelBefore(text, s, C.idCard)
    if (inColumn) reasons = withReason(reasons, columnReason(ctx.tables.headerOf(ci)))
    else if (label) reasons = withReason(reasons, labelReason(label))
    emit(ctx, 'ID_CARD', s, e, inColumn || label ? S.withContext : S.alone, 'id-card-masked', reasons)
  }
}
