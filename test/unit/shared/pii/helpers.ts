/** Builders for valid (and deliberately broken) identifiers, so tests never depend on real people's numbers. */
import { idCardCheckChar, usccCheckChar, luhn, reasonsEnglish, scan, type EntityType, type Finding, type ScanOptions } from '../../../../shared/pii/index'

export const TODAY = new Date('2026-06-01T00:00:00Z')

export function makeId(area = '340705', birth = '19900307', seq = '123'): string {
  const body = area + birth + seq
  return body + (idCardCheckChar(body) ?? '0')
}

/** Same number with the check character changed, so MOD 11-2 fails. */
export function breakCheck(id: string): string {
  const last = id[17] === '0' ? '1' : '0'
  return id.slice(0, 17) + last
}

export function makeCard(prefix: string, length: number): string {
  let body = prefix
  for (let i = 0; body.length < length - 1; i++) body += String((i * 7 + 3) % 10)
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d
  throw new Error('unreachable')
}

export function breakLuhn(card: string): string {
  const last = Number(card[card.length - 1])
  return card.slice(0, -1) + String((last + 1) % 10)
}

export function makeUscc(first17 = '91340700MA2T1234X'): string {
  return first17 + (usccCheckChar(first17) ?? '0')
}

/** A finding with its reasons in the engine's English, as `scan --json` prints them (the tests read those). */
export type WordedFinding = Omit<Finding, 'reasons'> & { reasons: string[] }

export function worded(f: Finding): WordedFinding {
  return { ...f, reasons: reasonsEnglish(f.reasons) }
}

/** scan(), its findings' reasons worded in English. */
export function wordedScan(text: string, options?: ScanOptions): WordedFinding[] {
  return scan(text, options).map(worded)
}

export function findings(text: string, type?: EntityType, minConfidence?: number): WordedFinding[] {
  const all = scan(text, { today: TODAY, ...(minConfidence === undefined ? {} : { minConfidence }) })
  return (type ? all.filter((f) => f.type === type) : all).map(worded)
}

export function texts(text: string, type?: EntityType): string[] {
  return findings(text, type).map((f) => f.text)
}
