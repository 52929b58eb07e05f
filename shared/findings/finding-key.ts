import { sha256Hex } from '../pii/ruleset-hash'
import type { EntityType, Finding } from '../pii/types'

/** A finding with the key its decision is stored under. */
export type KeyedFinding = Finding & { key: string }

/** `${type}:${16 hex}:${ordinal}` — what a stored decision names instead of the value itself. */
export const findingKeyPattern = /^([A-Z_]{2,24}):([0-9a-f]{16}):(\d{1,6})$/

const hashLength = 16

/**
 * The value as compared for decisions: NFKC (full-width digits become ASCII), no spaces or dashes, upper
 * case — so `138 1234 5678`, `138-1234-5678` and `１３８１２３４５６７８` are one value. Dots stay: they
 * separate IP octets.
 */
export function normaliseValue(text: string): string {
  return text.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212]/gu, '').toUpperCase()
}

/**
 * The hash part of a key. Salted with the notice id so that the same phone number in two notices gives
 * unrelated keys and a stored key cannot be looked up in a precomputed table of hashed numbers.
 */
export function valueHash(noticeId: string, type: EntityType, text: string): string {
  return sha256Hex(`${noticeId}\u0000${type}\u0000${normaliseValue(text)}`).slice(0, hashLength)
}

export function findingKey(type: EntityType, hash: string, ordinal: number): string {
  return `${type}:${hash}:${ordinal}`
}

/** The entity type a key names, or undefined when the key is malformed. */
export function keyType(key: string): string | undefined {
  return findingKeyPattern.exec(key)?.[1]
}

/** The value part of a key (`${type}:${hash}`) and its ordinal. */
export function keyValueId(key: string): string {
  return key.slice(0, key.lastIndexOf(':'))
}
export function keyOrdinal(key: string): number {
  return Number(key.slice(key.lastIndexOf(':') + 1))
}

/** `${type}:${hash}`: the part of a key that names the value (the ordinal follows it). */
export function valueIdOf(noticeId: string, type: EntityType, text: string, hashes: Map<string, string> = new Map()): string {
  const cacheKey = `${noticeId}\u0000${type}\u0000${text}`
  let hash = hashes.get(cacheKey)
  if (hash === undefined) {
    hash = valueHash(noticeId, type, text)
    hashes.set(cacheKey, hash)
  }
  return `${type}:${hash}`
}

/**
 * Keys every finding of one notice. The ordinal counts earlier findings with the same type and value, so
 * a decision survives edits anywhere else in the text and is asked again when its value changes.
 * Returned in text order. `hashes` may be shared between calls as a cache (values repeat while typing).
 */
export function keyFindings(noticeId: string, findings: readonly Finding[], hashes: Map<string, string> = new Map()): KeyedFinding[] {
  // the scanner returns its findings in text order: sort only when they are not
  let sorted = true
  for (let i = 1; i < findings.length && sorted; i++) {
    const a = findings[i - 1]
    const b = findings[i]
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) sorted = false
  }
  const ordered = sorted ? findings : [...findings].sort((a, b) => a.start - b.start || a.end - b.end)
  // per type, per value: its id and how many times it has been seen so far (no string is built to look one up:
  // on a 5,000-row list the concatenated look-up keys cost more than everything else here)
  const seen = new Map<EntityType, Map<string, { id: string; count: number }>>()
  const byId = new Map<string, { id: string; count: number }>()
  const keyed: KeyedFinding[] = new Array<KeyedFinding>(ordered.length)
  for (let i = 0; i < ordered.length; i++) {
    const finding = ordered[i]
    let values = seen.get(finding.type)
    if (!values) seen.set(finding.type, (values = new Map<string, { id: string; count: number }>()))
    let slot = values.get(finding.text)
    if (!slot) {
      const id = valueIdOf(noticeId, finding.type, finding.text, hashes)
      // two spellings of one value (138-1234-5678, 13812345678) share the id and its count
      slot = byId.get(id)
      if (!slot) byId.set(id, (slot = { id, count: 0 }))
      values.set(finding.text, slot)
    }
    const ordinal = slot.count++
    const valueId = slot.id
    // built field by field: the scanner's objects are reshaped as it works, and spreading them is slow on a long list
    keyed[i] = {
      type: finding.type,
      start: finding.start,
      end: finding.end,
      text: finding.text,
      confidence: finding.confidence,
      rule: finding.rule,
      reasons: finding.reasons,
      key: `${valueId}:${ordinal}`,
    }
  }
  return keyed
}
