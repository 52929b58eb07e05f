/**
 * Intrinsic classification of one compact digit string (separators removed): which identifier it can
 * be by length, prefix, checksum, area code and date alone. Context is applied later; candidates that
 * fail validation come back `weak` so a label or column header can still rescue them.
 */
import type { EntityType } from '../types'
import { checkId18Fast, checkIdCard15 } from '../validators/id-card'
import { AREA_CITY, AREA_EXACT, digitsValue } from '../validators/area-code'
import { luhn } from '../validators/luhn'
import { mobilePrefixStatus, bankIssuer } from '../validators/prefixes'
import { isKnownTelAreaCodePrefix } from '../validators/tel-area-code'
import { interned, withReason } from '../interned'
import { reason, reasonWith, type Reason } from '../reasons'
import { scores } from '../data/scores'

const S = scores['digit-runs']

export type Shape = {
  /** digit-group lengths as written (one entry when unseparated) */
  groups: readonly number[]
  /** separator kinds between groups */
  seps: readonly string[]
}

export type Classified = {
  type: EntityType
  confidence: number
  rule: string
  reasons: Reason[]
  /** failed a validation; only a label or column can make it a finding */
  weak: boolean
  /** a whole run written in a card's groups of four (6217 0000 1234 5678 901): a card even without a label */
  cardGroups?: boolean
}

const HMT_PERMIT_AREAS = new Set([810000, 820000, 830000])
const CHECKSUM_PASSED = reason('idChecksum')

// reasons keyed by the digits they quote, so each distinct text is built once (see interned.ts)
// (keys are the digits' values: an ID's area code and birth year never start with 0)
/** key: digits * 10000 + value, so the leading 0 of 长途区号 survives ('0551' → 40551) */
const telAreaValid = interned((key: number) => reasonWith('areaCode', { code: String(key % 10000).padStart(Math.floor(key / 10000), '0') }))
const idAreaValid = interned((area: number) => reasonWith('idArea', { code: String(area) }))
const idAreaUnknown = interned((area: number) => reasonWith('idAreaUnknown', { code: String(area) }))
const idAreaPrefixValid = interned((area: number) => reasonWith('idAreaPrefix', { code: String(area), prefix: String(Math.floor(area / 100)) }))
const hmtArea = interned((area: number) => reasonWith('residencePermit', { code: String(area) }))
const birthValid = interned((ymd: number) => {
  const s = String(ymd)
  return reasonWith('idBirth', { date: `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` })
})
/** key: segment * 2 + 1 when allocated */
const mobileSegment = interned((key: number) => reasonWith(key & 1 ? 'mobileSegment' : 'mobileReserved', { segment: String(key >> 1) }))
const digitsReason = interned((n: number) => reasonWith('digits', { count: String(n) }))
const issuerReason = interned((issuer: string) => reasonWith('bankIssuer', { issuer }))
const subscriberReason = interned((n: number) => reasonWith('subscriberDigits', { count: String(n) }))

function idCard18(v: string, todayKey: number): Classified | null {
  const flags = checkId18Fast(v, todayKey)
  if (flags === 0) return null
  const checksum = (flags & 2) !== 0
  const birthDate = (flags & 4) !== 0
  const area = flags >> 3
  const code = digitsValue(v, 0, 6)
  if (checksum && birthDate && HMT_PERMIT_AREAS.has(code)) {
    return { type: 'ID_CARD', confidence: S.residencePermit, rule: 'residence-permit-hmt', reasons: [CHECKSUM_PASSED, hmtArea(code), birthValid(digitsValue(v, 6, 8))], weak: false }
  }
  const areaOk = area === AREA_EXACT || area === AREA_CITY
  // a checksummed number with a real birth date whose area code is not in the tables (a code retired
  // before the tables begin, or a typo in the area): a label or column still makes it an ID
  if (!areaOk && checksum && birthDate) {
    return { type: 'ID_CARD', confidence: S.idCardUnlistedArea, rule: 'id-card-18', reasons: [CHECKSUM_PASSED, idAreaUnknown(code), birthValid(digitsValue(v, 6, 8))], weak: true }
  }
  if (!areaOk || !birthDate) return null
  const areaReason = area === AREA_EXACT ? idAreaValid(code) : idAreaPrefixValid(code)
  if (checksum) {
    return { type: 'ID_CARD', confidence: area === AREA_EXACT ? S.idCardExactArea : S.idCardCityArea, rule: 'id-card-18', reasons: [CHECKSUM_PASSED, areaReason, birthValid(digitsValue(v, 6, 8))], weak: false }
  }
  return { type: 'ID_CARD', confidence: S.idCardFailsChecksum, rule: 'id-card-18', reasons: [reason('idChecksumFails'), areaReason, birthValid(digitsValue(v, 6, 8))], weak: true }
}

function idCard15(v: string): Classified | null {
  const c = checkIdCard15(v)
  if (!c.shape || c.area !== 'exact' || !c.birthDate) return null
  return { type: 'ID_CARD', confidence: S.idCardLegacy15, rule: 'id-card-15', reasons: [reason('idLegacy'), reasonWith('idArea', { code: v.slice(0, 6) }), reasonWith('idBirth', { date: `19${v.slice(6, 8)}-${v.slice(8, 10)}-${v.slice(10, 12)}` })], weak: false }
}

function mobile(v: string, shape: Shape): Classified | null {
  let core = v
  let cc = ''
  if (v.length === 13 && v.startsWith('86')) [cc, core] = ['86', v.slice(2)]
  else if (v.length === 15 && v.startsWith('0086')) [cc, core] = ['0086', v.slice(4)]
  if (core.length !== 11) return null
  const st = mobilePrefixStatus(core)
  if (st === 'invalid') return null
  let reasons = [mobileSegment(digitsValue(core, 0, 3) * 2 + (st === 'allocated' ? 1 : 0))]
  if (cc) reasons = withReason(reasons, reasonWith('countryCode', { code: cc }))
  if (shape.groups.length > 1) reasons = withReason(reasons, reasonWith('writtenAs', { groups: shape.groups.join('-') }))
  return { type: 'MOBILE', confidence: st === 'allocated' ? S.mobileAllocated : S.mobileReserved, rule: 'mobile-cn', reasons, weak: false }
}

function landline(v: string, shape: Shape): Classified | null {
  if (v.charCodeAt(0) !== 48) return null
  const g = shape.groups
  for (let k = 3; k <= 4; k++) {
    if (!isKnownTelAreaCodePrefix(v, k)) continue
    // positions, not slices: most candidates fail a check below
    let subLen = v.length - k
    if (g.length > 1) {
      // written with separators: the area code is exactly the first group, then 7-8 digits in one or
      // two groups, then at most one group of extension digits
      if (g[0] !== k) continue
      const g1 = g[1] ?? 0
      const g2 = g[2] ?? 0
      const subGroups = g1 >= 7 ? 1 : g1 + g2 >= 7 && g1 + g2 <= 8 ? 2 : 0
      if (subGroups === 0 || g.length > 2 + subGroups) continue
      subLen = Math.min(subLen, subGroups === 1 ? g1 : g1 + g2)
    }
    const extLen = v.length - k - subLen
    const first = v.charCodeAt(k)
    if (subLen < 7 || subLen > 8 || first === 48 || first === 49 || extLen > 5) continue
    let reasons = [telAreaValid(k * 10000 + digitsValue(v, 0, k)), subscriberReason(subLen)]
    if (extLen > 0) reasons = withReason(reasons, reasonWith('extension', { digits: v.slice(k + subLen) }))
    // unseparated 10-digit numbers are often 准考证号 or codes: they need a label to count
    const confidence = g.length > 1 ? S.landlineGrouped : v.length >= 11 ? S.landlineElevenDigits : S.landlineShort
    return { type: 'LANDLINE', confidence, rule: extLen > 0 ? 'landline-cn-ext' : 'landline-cn', reasons, weak: false }
  }
  return null
}

function bank(v: string): Classified | null {
  const issuer = bankIssuer(v)
  const ok = luhn(v)
  if (issuer && ok) return { type: 'BANK_CARD', confidence: issuer === 'amex' ? S.cardAmexLuhn : S.cardLuhn, rule: `bank-card-${issuer}`, reasons: [issuerReason(issuer), reason('luhn'), digitsReason(v.length)], weak: false }
  if (issuer && v.length >= 16) return { type: 'BANK_CARD', confidence: S.cardFailsLuhn, rule: `bank-card-${issuer}`, reasons: [issuerReason(issuer), reason('luhnFails')], weak: true }
  if (ok && v.length >= 16) return { type: 'BANK_CARD', confidence: S.cardUnknownIssuer, rule: 'bank-card', reasons: [reason('luhn'), reason('unknownIssuer')], weak: true }
  return null
}

/** Best reading of a compact digit string, or null. `v` may end in X (ID check character). */
export function classifyDigits(v: string, shape: Shape, todayKey: number): Classified | null {
  const n = v.length
  const dotted = shape.seps.includes('.')
  if (dotted) {
    const g = shape.groups.join('-')
    if (g === '3-4-4') return mobile(v, shape)
    if (/^4-4-4-4(-3)?$/.test(g)) return bank(v)
    return null
  }
  if (n === 20 && v.charCodeAt(18) !== 88) {
    const id = idCard18(v.slice(0, 18), todayKey)
    // 残疾人证号 = the holder's ID number + category (1-7) + level (1-4)
    if (id && !id.weak && /[1-7][1-4]$/.test(v)) return { ...id, confidence: S.disabilityCert, rule: 'disability-cert-number', reasons: [...id.reasons, reason('disabilityCert')] }
    return null
  }
  if (v.endsWith('X')) return n === 18 ? idCard18(v, todayKey) : null
  if (n === 18) {
    const id = idCard18(v, todayKey)
    if (id && !id.weak) return id
    const b = bank(v)
    if (b && (!b.weak || !id)) return b
    return id ?? b
  }
  if (n === 15 && v.startsWith('0086')) return mobile(v, shape)
  if (v[0] === '0' && n >= 10 && n <= 17) {
    // 0 + area code is never an ID or card prefix; extensions can make it 15-17 digits long
    const l = landline(v, shape)
    if (l) return l
  }
  if (n === 15) return idCard15(v) ?? bank(v)
  if (n >= 16 && n <= 19) return bank(v)
  if (n === 11 && v[0] === '1') return mobile(v, shape)
  if (n === 13 && v.startsWith('86')) return mobile(v, shape)
  if ((n === 7 || n === 8) && v[0] !== '0' && v[0] !== '1') return LANDLINE_LOCAL
  return null
}

/**
 * A 7-8 digit number (most often a date, 20240315): one shared, frozen reading — these are common and
 * rarely survive context. Callers never mutate a Classified's reasons (they build new arrays).
 */
const LANDLINE_LOCAL: Classified = Object.freeze({
  type: 'LANDLINE',
  confidence: S.localSubscriber,
  rule: 'landline-local',
  reasons: Object.freeze([reason('noAreaCode')]) as Reason[],
  weak: true,
})

/**
 * classifyDigits for a value known only by its length, first and last characters and whether it was
 * written with dots — enough to settle most segments of a separated run without building the string.
 * Returns undefined when the full value is needed. Must agree with classifyDigits (a unit test checks).
 */
export function classifyByShape(n: number, first: number, last: number, dotted: boolean): Classified | null | undefined {
  if (n < 7 || n > 20) return null
  const zero = first === 48
  if (dotted) return n === 11 || n === 16 || n === 19 ? undefined : null
  if (last === 88) return n === 18 ? undefined : null
  if (n === 20) return undefined
  if (n === 7 || n === 8) return zero || first === 49 ? null : LANDLINE_LOCAL
  if (n === 9) return null
  if (n === 10 || n === 12 || n === 14) return zero ? undefined : null
  return undefined
}
