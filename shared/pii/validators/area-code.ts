import { areaCodesPacked } from '../data/area-codes'

/** How well a six-digit 行政区划代码 (the first six digits of a 居民身份证号) is known. */
export type AreaCodeStatus = 'exact' | 'city' | 'province' | 'unknown'

let exact: Set<string> | null = null
let cities: Set<string> | null = null
let provinces: Set<string> | null = null

function load(): void {
  exact = new Set()
  cities = new Set()
  provinces = new Set()
  for (let i = 0; i + 6 <= areaCodesPacked.length; i += 6) {
    const code = areaCodesPacked.slice(i, i + 6)
    exact.add(code)
    cities.add(code.slice(0, 4))
    provinces.add(code.slice(0, 2))
  }
}

/**
 * Exact when the code is in the current-or-retired GB/T 2260 union; otherwise whether its province+city
 * prefix is known — old IDs can carry codes that no list we ship remembers.
 */
export function areaCodeStatus(code: string): AreaCodeStatus {
  if (!exact) load()
  if (exact!.has(code)) return 'exact'
  if (cities!.has(code.slice(0, 4))) return 'city'
  if (provinces!.has(code.slice(0, 2))) return 'province'
  return 'unknown'
}

export function isKnownAreaCode(code: string): boolean {
  return areaCodeStatus(code) === 'exact'
}
