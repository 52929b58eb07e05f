import type { Candidate } from './types'
import { reason } from './reasons'
import { givenNameMentionAt, givenNameOf, nameEmbeddedInWord } from './detectors/name-model'
import { CONJUNCTION } from './detectors/name-context'
import { scores } from './data/scores'
import { nextMarked } from './int-tables'

/** Only names found with real context are repeated; a weak guess must not spread over the notice. */
const SOURCE_FLOOR = 0.7
const REPEAT_CONFIDENCE = scores.repeats.repeated
const REASON = reason('repeatedName')
const GIVEN_REASON = reason('givenNameOnly')
const GIVEN_CONFIDENCE = scores.repeats.givenName
const MASK_CHARS = /[*＊×某Xx]/

/**
 * A name found with context in one place (a table row, a label) names the same person where it recurs in
 * running prose without any context ("李秀英家庭因病致贫"). Report those occurrences too, so redaction
 * never publishes a name it masked a few lines above. `kept` is sorted and non-overlapping, in the same
 * (normalised) coordinates as `text`; the result is too. One pass over the text, skipping found spans.
 */
export function addRepeatedNames(text: string, resolved: Candidate[]): Candidate[] {
  const kept = conjunctionBeforeGiven(text, resolved)
  const names = new Set<string>()
  /** given name (秀英), by its two char codes → the full name it belongs to (李秀英), '' when two people share it */
  const givens = new Map<number, string>()
  /** first characters, to a bit set: 1 a name's, 2 a given name's (one look-up per character of the text) */
  const firstChars = new Uint8Array(65536)
  /** first char code → the names starting with it, longest first (compared in place, no slice per position) */
  const byFirst = new Map<number, string[]>()
  for (const c of kept) {
    const length = c.end - c.start
    if (c.type !== 'PERSON_NAME' || c.confidence < SOURCE_FLOOR || length < 2 || length > 4) continue
    const written = text.slice(c.start, c.end)
    if (MASK_CHARS.test(written)) continue
    // 刘 敏 (an ideographic space) padded where it was found is 刘敏 where it recurs (and the reverse is not looked for)
    const name = written.includes(' ') ? written.replace(/ /g, '') : written
    if (name.length < 2) continue
    for (const form of name === written ? [name] : [written, name]) {
      if (names.has(form)) continue
      names.add(form)
      const list = byFirst.get(form.charCodeAt(0))
      if (list) list.push(form)
      else byFirst.set(form.charCodeAt(0), [form])
    }
    firstChars[name.charCodeAt(0)] |= 1
    const given = givenNameOf(name)
    if (!given) continue
    const key = given.charCodeAt(0) * 65536 + given.charCodeAt(1)
    givens.set(key, givens.has(key) && givens.get(key) !== name ? '' : name)
  }
  // a given name shared by two people named in full says neither
  for (const [key, full] of givens) {
    const c = Math.floor(key / 65536)
    if (full) firstChars[c] |= 2
    else givens.delete(key)
  }
  if (names.size === 0) return kept
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  const extra: Candidate[] = []
  // the next found span (the first not yet ended): its bounds in locals, read once per span, not per character
  const found = kept.length
  let k = 0
  let nextStart = found > 0 ? kept[0].start : 0
  let nextEnd = found > 0 ? kept[0].end : 0
  for (let i = 0; i < text.length; i++) {
    // to the next character a name or a given name starts with (the characters between say nothing here)
    i = nextMarked(text, firstChars, i)
    if (i < 0) break
    while (k < found && nextEnd <= i) {
      k++
      if (k < found) {
        nextStart = kept[k].start
        nextEnd = kept[k].end
      }
    }
    if (k < found && nextStart <= i) {
      i = nextEnd - 1
      continue
    }
    const first = firstChars[text.charCodeAt(i)]
    if (first === 0) continue
    const limit = k < found ? nextStart : text.length
    // the names starting here, longest first (each length at most once: names is a set)
    const candidates = first & 1 ? byFirst.get(text.charCodeAt(i)) : undefined
    if (candidates) {
      for (const name of candidates) {
        const length = name.length
        if (i + length > limit || !text.startsWith(name, i)) continue
        // a place or a word here (金凤村, 常青藤, 掌声雷鸣), not the person found elsewhere
        if (nameEmbeddedInWord(text, i, i + length, true)) continue
        extra.push({ type: 'PERSON_NAME', start: i, end: i + length, text: '', confidence: REPEAT_CONFIDENCE, rule: 'name-repeated', reasons: [REASON] })
        i += length - 1
        break
      }
    }
    // 秀英说, after 李秀英 was named: the given name alone, where the context says "a person"
    if (givens.size > 0 && i + 2 <= limit && firstChars[text.charCodeAt(i)] & 2 && (extra.length === 0 || (extra[extra.length - 1]?.end ?? 0) <= i)) {
      if (givens.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) && givenNameMentionAt(text, i, i + 2)) {
        extra.push({ type: 'PERSON_NAME', start: i, end: i + 2, text: '', confidence: GIVEN_CONFIDENCE, rule: 'name-repeated', reasons: [GIVEN_REASON] })
        i += 1
      }
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


/**
 * 和丽萍商量 after 孙丽萍 was named: the conjunction and 孙丽萍's given name, not a person surnamed 和.
 * A three-character reading that starts with a conjunction and ends with the given name of another name
 * found in the notice becomes that given name (which the repeats then read as 孙丽萍's).
 */
function conjunctionBeforeGiven(text: string, kept: Candidate[]): Candidate[] {
  const givens = new Set<string>()
  let suspect = false
  for (const c of kept) {
    if (c.type !== 'PERSON_NAME' || c.confidence < SOURCE_FLOOR || c.end - c.start !== 3) continue
    const name = text.slice(c.start, c.end)
    if (CONJUNCTION.has(name.charCodeAt(0))) suspect = true
    else if (givenNameOf(name)) givens.add(name.slice(1))
  }
  if (!suspect || givens.size === 0) return kept
  return kept.map((c) => {
    if (c.type !== 'PERSON_NAME' || c.end - c.start !== 3 || !CONJUNCTION.has(text.charCodeAt(c.start))) return c
    if (!givens.has(text.slice(c.start + 1, c.end))) return c
    return { ...c, start: c.start + 1, confidence: GIVEN_CONFIDENCE, rule: 'name-repeated', reasons: [GIVEN_REASON] }
  })
}
