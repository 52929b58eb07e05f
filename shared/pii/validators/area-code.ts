import { areaCodesPacked } from '../data/area-codes'

/** How well a six-digit 行政区划代码 (the first six digits of a 居民身份证号) is known. */
export type AreaCodeStatus = 'exact' | 'city' | 'province' | 'unknown'

/** Numeric form of AreaCodeStatus for the scanner's hot path: higher is better known. */
export const AREA_UNKNOWN = 0
export const AREA_PROVINCE = 1
export const AREA_CITY = 2
export const AREA_EXACT = 3

// Flat tables indexed by the code's value: a lookup is one load, with no string slicing or hashing.
let exact: Uint8Array | null = null
let cities: Uint8Array | null = null
let provinces: Uint8Array | null = null

function load(): void {
  exact = new Uint8Array(1_000_000)
  cities = new Uint8Array(10_000)
  provinces = new Uint8Array(100)
  for (let i = 0; i + 6 <= areaCodesPacked.length; i += 6) {
    const code = Number(areaCodesPacked.slice(i, i + 6))
    exact[code] = 1
    cities[Math.floor(code / 100)] = 1
    provinces[Math.floor(code / 10_000)] = 1
  }
}

/** Value of `len` ASCII digits of `s` from `from`, or -1 if any is not a digit (or missing). */
export function digitsValue(s: string, from: number, len: number): number {
  let v = 0
  for (let i = from; i < from + len; i++) {
    const d = s.charCodeAt(i) - 48
    if (!(d >= 0 && d <= 9)) return -1
    v = v * 10 + d
  }
  return v
}

/** Status of a six-digit code given as a number (0..999999). */
export function areaStatusOf(code: number): number {
  if (!exact) load()
  if (exact![code]) return AREA_EXACT
  if (cities![Math.floor(code / 100)]) return AREA_CITY
  if (provinces![Math.floor(code / 10_000)]) return AREA_PROVINCE
  return AREA_UNKNOWN
}

const NAMES: readonly AreaCodeStatus[] = ['unknown', 'province', 'city', 'exact']

/**
 * Exact when the code is in the current-or-retired GB/T 2260 union; otherwise whether its province+city
 * prefix is known — old IDs can carry codes that no list we ship remembers.
 */
export function areaCodeStatus(code: string): AreaCodeStatus {
  if (!exact) load()
  if (code.length === 6) {
    const v = digitsValue(code, 0, 6)
    if (v >= 0) return NAMES[areaStatusOf(v)]
  }
  // not six digits: never an exact code, but a digit prefix may still be known
  const city = code.length >= 4 ? digitsValue(code, 0, 4) : -1
  if (city >= 0 && cities![city]) return 'city'
  const province = code.length >= 2 ? digitsValue(code, 0, 2) : -1
  if (province >= 0 && provinces![province]) return 'province'
  return 'unknown'
}

export function isKnownAreaCode(code: string): boolean {
  return areaCodeStatus(code) === 'exact'
}
