import { areaCodeStatus, areaStatusOf, digitsValue, type AreaCodeStatus } from './area-code'
import { isPlausibleBirthDate, isRealDate } from './date'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** GB 11643 / ISO 7064 MOD 11-2 check character for the first 17 digits, or null if they are not digits. */
export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0)
  return CHECK[sum % 11] ?? null
}

export type IdCardCheck = {
  shape: boolean
  checksum: boolean
  area: AreaCodeStatus
  birthDate: boolean
}

/** Each validation of an 18-character 公民身份号码 separately, so callers can explain a partial pass. */
export function checkIdCard18(id: string, today?: Date): IdCardCheck {
  const v = id.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(v)) return { shape: false, checksum: false, area: 'unknown', birthDate: false }
  const y = Number(v.slice(6, 10))
  const m = Number(v.slice(10, 12))
  const d = Number(v.slice(12, 14))
  return {
    shape: true,
    checksum: idCardCheckChar(v.slice(0, 17)) === v[17],
    area: areaCodeStatus(v.slice(0, 6)),
    birthDate: isPlausibleBirthDate(y, m, d, today),
  }
}

/** YYYYMMDD of a date, the form `checkId18Fast` compares birth dates against. */
export function dateKey(d: Date): number {
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate()
}

/**
 * checkIdCard18 for the scanner's hot path, on `v` (18 characters, upper case) without slicing,
 * parsing or allocating. Returns 0 when the shape is wrong, else bit flags: 1 shape, 2 checksum,
 * 4 plausible birth date, plus the area status (AREA_*) shifted left by 3.
 */
export function checkId18Fast(v: string, todayKey: number): number {
  if (v.length !== 18) return 0
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const d = v.charCodeAt(i) - 48
    if (!(d >= 0 && d <= 9)) return 0
    sum += d * WEIGHTS[i]
  }
  const last = v.charCodeAt(17)
  if (!((last >= 48 && last <= 57) || last === 88)) return 0
  let flags = 1
  if (CHECK.charCodeAt(sum % 11) === last) flags |= 2
  const y = digitsValue(v, 6, 4)
  const m = digitsValue(v, 10, 2)
  const d = digitsValue(v, 12, 2)
  if (isRealDate(y, m, d) && y >= 1900 && y * 10000 + m * 100 + d <= todayKey) flags |= 4
  return flags | (areaStatusOf(digitsValue(v, 0, 6)) << 3)
}

/** Checksum, a known (or at least province+city-known) area code and a plausible birth date. */
export function isValidIdCard18(id: string, today?: Date): boolean {
  const c = checkIdCard18(id, today)
  return c.shape && c.checksum && c.birthDate && (c.area === 'exact' || c.area === 'city')
}

/** Legacy 15-digit number: area code + YYMMDD (19YY inferred) + 3-digit sequence, no check digit. */
export function checkIdCard15(id: string): { shape: boolean; area: AreaCodeStatus; birthDate: boolean } {
  if (!/^\d{15}$/.test(id)) return { shape: false, area: 'unknown', birthDate: false }
  const y = 1900 + Number(id.slice(6, 8))
  return {
    shape: true,
    area: areaCodeStatus(id.slice(0, 6)),
    birthDate: isPlausibleBirthDate(y, Number(id.slice(8, 10)), Number(id.slice(10, 12))),
  }
}

export function isValidIdCard15(id: string): boolean {
  const c = checkIdCard15(id)
  return c.shape && c.birthDate && c.area === 'exact'
}
