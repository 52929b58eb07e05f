import { telAreaCodesPacked } from '../data/tel-area-codes'

let codes: Set<string> | null = null
/** the same codes keyed by length * 10000 + value ('0551' → 40551), for look-ups without slicing */
let keyed: Set<number> | null = null

function load(): void {
  codes = new Set(telAreaCodesPacked.split('|'))
  keyed = new Set([...codes].map((c) => c.length * 10000 + Number(c)))
}

/** 长途区号 with its leading 0 ('010', '0551'), from the shipped list. */
export function isKnownTelAreaCode(code: string): boolean {
  if (!codes) load()
  return codes!.has(code)
}

/** Whether the first `len` characters of `s` (digits) are a known 长途区号. */
export function isKnownTelAreaCodePrefix(s: string, len: number): boolean {
  if (!keyed) load()
  if (s.length < len || s.charCodeAt(0) !== 48) return false
  let v = 0
  for (let i = 0; i < len; i++) {
    const d = s.charCodeAt(i) - 48
    if (!(d >= 0 && d <= 9)) return false
    v = v * 10 + d
  }
  return keyed!.has(len * 10000 + v)
}
