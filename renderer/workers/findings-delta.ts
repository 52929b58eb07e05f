import type { KeyedFinding } from '../../shared/findings/finding-key'
import { sameReasons } from '../../shared/pii/reasons'

/**
 * The scan worker's reply as a change to the findings it sent last. A keystroke changes the findings near
 * it; those before it are the same, and those after it are the same moved by the length the text grew or
 * shrank. So the reply says how many of the last list stay at the head (`keep`), how many stay at the tail
 * moved by `shift`, and carries only the findings in between (`fresh`). A value edited into another changes
 * the keys of its later repeats (a key counts the same value before it): those tail findings travel as their new
 * key only (`rekeyed`: index in the tail, key, …). Cloning a few numbers and findings instead of every finding of
 * a 5,000-row list saves most of the round trip.
 */
export type FindingsDelta = { keep: number; tail: number; shift: number; fresh: KeyedFinding[]; rekeyed: (number | string)[] }

/** `b` is `a` moved by `shift` characters, every other field but the key equal. */
function sameMoved(a: KeyedFinding, b: KeyedFinding, shift: number): boolean {
  return (
    a.start + shift === b.start &&
    a.end + shift === b.end &&
    a.type === b.type &&
    a.text === b.text &&
    a.confidence === b.confidence &&
    a.rule === b.rule &&
    sameReasons(a.reasons, b.reasons)
  )
}

/**
 * The delta that turns `before` (the findings of a text `shift` characters shorter) into `after`.
 * applyDelta(before, findingsDelta(before, after, shift)) equals `after` field for field, whatever the lists:
 * a finding counts as kept only when it is equal (moved by `shift` at the tail), the rest travel whole.
 */
export function findingsDelta(before: readonly KeyedFinding[], after: readonly KeyedFinding[], shift: number): FindingsDelta {
  const limit = Math.min(before.length, after.length)
  let keep = 0
  while (keep < limit && sameMoved(before[keep], after[keep], 0) && before[keep].key === after[keep].key) keep++
  let tail = 0
  while (tail < limit - keep && sameMoved(before[before.length - 1 - tail], after[after.length - 1 - tail], shift)) tail++
  const rekeyed: (number | string)[] = []
  for (let i = 0; i < tail; i++) {
    const key = after[after.length - tail + i].key
    if (before[before.length - tail + i].key !== key) rekeyed.push(i, key)
  }
  return { keep, tail, shift, fresh: after.slice(keep, after.length - tail), rekeyed }
}

/** The findings a delta describes, from the list it was made against. Kept findings keep their objects where they did not move. */
export function applyDelta(before: readonly KeyedFinding[], delta: FindingsDelta): KeyedFinding[] {
  const { keep, tail, shift, fresh, rekeyed } = delta
  if (keep + tail > before.length) throw new RangeError('the delta does not fit the findings it was made against')
  const out = new Array<KeyedFinding>(keep + fresh.length + tail)
  let n = 0
  for (let i = 0; i < keep; i++) out[n++] = before[i]
  for (const finding of fresh) out[n++] = finding
  for (let i = before.length - tail; i < before.length; i++) {
    const finding = before[i]
    out[n++] = shift === 0 ? finding : { ...finding, start: finding.start + shift, end: finding.end + shift }
  }
  const from = keep + fresh.length
  for (let i = 0; i < rekeyed.length; i += 2) {
    const at = from + Number(rekeyed[i])
    out[at] = { ...out[at], key: String(rekeyed[i + 1]) }
  }
  return out
}
