import type { Candidate } from './types'
import { nameEmbeddedInWord } from './detectors/name-model'

/** Only names found with real context are repeated; a weak guess must not spread over the notice. */
const MIN_SOURCE_CONFIDENCE = 0.7
const REPEAT_CONFIDENCE = 0.8
const REASON = 'same name found elsewhere in this notice'
const MASK_CHARS = /[*＊×某Xx]/

/**
 * A name found with context in one place (a table row, a label) names the same person where it recurs in
 * running prose without any context ("李秀英家庭因病致贫"). Report those occurrences too, so redaction
 * never publishes a name it masked a few lines above. `kept` is sorted and non-overlapping, in the same
 * (normalised) coordinates as `text`; the result is too. One pass over the text, skipping found spans.
 */
export function addRepeatedNames(text: string, kept: Candidate[]): Candidate[] {
  const names = new Set<string>()
  const firstChars = new Set<number>()
  for (const c of kept) {
    const length = c.end - c.start
    if (c.type !== 'PERSON_NAME' || c.confidence < MIN_SOURCE_CONFIDENCE || length < 2 || length > 4) continue
    const name = text.slice(c.start, c.end)
    if (MASK_CHARS.test(name)) continue
    names.add(name)
    firstChars.add(name.charCodeAt(0))
  }
  if (names.size === 0) return kept
  const extra: Candidate[] = []
  let k = 0
  for (let i = 0; i < text.length; i++) {
    while (k < kept.length && (kept[k]?.end ?? 0) <= i) k++
    const next = kept[k]
    if (next && next.start <= i) {
      i = next.end - 1
      continue
    }
    if (!firstChars.has(text.charCodeAt(i))) continue
    const limit = next ? next.start : text.length
    for (let length = 4; length >= 2; length--) {
      if (i + length > limit || !names.has(text.slice(i, i + length))) continue
      // a place or a word here (金凤村, 常青藤, 掌声雷鸣), not the person found elsewhere
      if (nameEmbeddedInWord(text, i, i + length)) continue
      extra.push({ type: 'PERSON_NAME', start: i, end: i + length, text: '', confidence: REPEAT_CONFIDENCE, rule: 'name-repeated', reasons: [REASON] })
      i += length - 1
      break
    }
  }
  if (extra.length === 0) return kept
  const merged: Candidate[] = []
  let a = 0
  let b = 0
  while (a < kept.length || b < extra.length) {
    const x = kept[a]
    const y = extra[b]
    if (y === undefined || (x !== undefined && x.start < y.start)) {
      if (x) merged.push(x)
      a++
    } else {
      merged.push(y)
      b++
    }
  }
  return merged
}
