/**
 * Phone numbers of Hong Kong, Macao and Taiwan written with their country code, as notices about
 * their residents give them: +852 9126 5083, (+853) 6612 3456, （852）9123 4567, +886 912 345 608,
 * 00852-61382907.
 * Mainland numbers with +86 are read by the digit-run detector.
 */
import { emit, type ScanContext } from '../scan-context'
import { reason, reasonWith } from '../reasons'
import { labelReason } from '../interned'
import { ctx as C, labelBefore } from '../context'
import { scores } from '../data/scores'

const S = scores['international-phones']

const INTL = /(?:[(（]\+?|\+|00)\s?(852|853|886)[)）]?[\s-]?((?:\d[\s-]?){7,10}\d)(?![0-9])/g

/** What the national number is: a mobile, a landline, or neither. */
function kind(cc: string, digits: string): 'MOBILE' | 'LANDLINE' | null {
  if (cc === '852') return digits.length !== 8 ? null : /^[4-79]/.test(digits) ? 'MOBILE' : /^[23]/.test(digits) ? 'LANDLINE' : null
  if (cc === '853') return digits.length !== 8 ? null : digits[0] === '6' ? 'MOBILE' : digits[0] === '2' ? 'LANDLINE' : null
  // 886: mobiles 9 + 8 digits; landlines an area code (2-8) + 7-8 digits; a leading 0 is sometimes kept
  const d = digits.startsWith('0') ? digits.slice(1) : digits
  if (d.length === 9 && d[0] === '9') return 'MOBILE'
  return d.length >= 8 && d.length <= 9 && /^[2-8]/.test(d) ? 'LANDLINE' : null
}

/**
 * A Taiwan mobile written the local way, 0912-345-678 or 0912345678: never a mainland number (a 09xx
 * area code takes 7-8 more digits, not 6), so after a phone label it is a mobile.
 */
const TW_LOCAL = /(?<![0-9])09[0-9]{2}([\s-]?)[0-9]{3}\1[0-9]{3}(?![0-9])/g

export function detectInternationalPhones(ctx: ScanContext): void {
  const text = ctx.text
  if (text.includes('09')) {
    TW_LOCAL.lastIndex = 0
    for (let m = TW_LOCAL.exec(text); m; m = TW_LOCAL.exec(text)) {
      const label = labelBefore(text, m.index, C.phone, 14)
      if (label && !labelBefore(text, m.index, C.orgPhone, 14)) emit(ctx, 'MOBILE', m.index, m.index + m[0].length, S.taiwanLocalLabelled, 'mobile-tw-local', [reason('twLocalMobile'), labelReason(label)])
    }
  }
  if (!text.includes('852') && !text.includes('853') && !text.includes('886')) return
  INTL.lastIndex = 0
  for (let m = INTL.exec(text); m; m = INTL.exec(text)) {
    const cc = m[1] ?? ''
    const digits = (m[2] ?? '').replace(/[\s-]/g, '')
    const type = kind(cc, digits)
    if (!type) continue
    emit(ctx, type, m.index, m.index + m[0].length, S.withCountryCode, type === 'MOBILE' ? 'mobile-intl' : 'landline-intl', [reasonWith('countryCode', { code: `+${cc}` }), reasonWith(type === 'MOBILE' ? 'intlMobile' : 'intlFixed', { count: String(digits.length) })])
  }
}
