/**
 * Reads a Chinese personal name starting at a position: a surname (复姓 first) and one or two given-name
 * characters, deciding where the name ends from the characters that follow. Knows masked forms
 * (张某, 王**, 李XX) and place names built on surnames (张家港, 王家村, 李庄镇).
 */
import { commonSurnames, rareSurnames, compoundSurnames } from '../data/surnames'
import { givenNameChars } from '../data/given-name-chars'
import { nonNameWords, nameEndChars, maskChars, placeSuffixChars } from '../data/name-lexicon'

const COMMON = new Set(commonSurnames)
const RARE = new Set(rareSurnames)
const COMPOUND = new Set(compoundSurnames)
const GIVEN = new Set(givenNameChars)
const NON_NAME = new Set(nonNameWords)
const END = new Set(nameEndChars)
const MASK = new Set(maskChars)
const PLACE = new Set(placeSuffixChars)

/**
 * label: a label with a colon or a table cell says a name follows — rare surnames allowed.
 * loose: no explicit label (titles, gender, lists, colon-less labels) — common surnames, name-like given chars.
 */
export type NameMode = 'label' | 'loose'

export type NameRead = { end: number; surname: string; masked: boolean }

export function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

export function isSurnameAt(text: string, pos: number, mode: NameMode): number {
  if (COMPOUND.has(text.slice(pos, pos + 2))) return 2
  const ch = text[pos] ?? ''
  if (COMMON.has(ch) || (mode === 'label' && RARE.has(ch))) return 1
  return 0
}

export function isMaskChar(ch: string): boolean {
  return MASK.has(ch)
}

export function isNonNameWord(w: string): boolean {
  return NON_NAME.has(w)
}

export function isGivenChar(ch: string): boolean {
  return GIVEN.has(ch)
}

/** The name starting at `pos`, or null. `limit` bounds the read (end of a cell or line). */
export function readName(text: string, pos: number, mode: NameMode, limit = text.length): NameRead | null {
  const sLen = isSurnameAt(text, pos, mode)
  if (sLen === 0) return null
  const surname = text.slice(pos, pos + sLen)
  const g = pos + sLen
  const c1 = text[g] ?? ''
  if (MASK.has(c1)) return { end: g + 1, surname, masked: true }
  if (g >= limit || !isCjk(text.charCodeAt(g))) return null
  if (END.has(c1) && !GIVEN.has(c1)) return null
  if (mode === 'loose' && !GIVEN.has(c1)) return null
  let end = g + 1
  const c2 = text[g + 1] ?? ''
  if (MASK.has(c2)) return { end: g + 2, surname, masked: true }
  const c2ok = g + 1 < limit && isCjk(text.charCodeAt(g + 1)) && !END.has(c2) && !PLACE.has(c2) && (mode === 'label' || GIVEN.has(c2))
  if (c2ok) {
    // with a non-name-like second character, take it only when the name clearly ends right after it
    const c3 = text[g + 2] ?? ''
    const c3cjk = g + 2 < limit && isCjk(text.charCodeAt(g + 2))
    if (GIVEN.has(c2) || !c3cjk || END.has(c3)) end = g + 2
  }
  const name = text.slice(pos, end)
  if (NON_NAME.has(name) || NON_NAME.has(name.slice(0, 2))) return null
  // 张家港 / 王家村 / 李庄镇: a surname-led token followed by a place suffix is a place
  const next = text[end] ?? ''
  if (PLACE.has(next) && end < limit) return null
  if (name.length >= 2 && name[sLen] === '家' && PLACE.has(text[end] ?? '')) return null
  return { end, surname, masked: false }
}
