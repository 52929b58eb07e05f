import { areaCodeStatus, type AreaCodeStatus } from './area-code'
import { isPlausibleBirthDate } from './date'

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
