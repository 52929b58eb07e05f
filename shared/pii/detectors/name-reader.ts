/**
 * Reads a Chinese personal name starting at a position: a surname (复姓 first) and one or two given-name
 * characters, deciding where the name ends from the characters that follow. Knows masked forms
 * (张某, 王**, 李XX) and place names built on surnames (张家港, 王家村, 李庄镇).
 */
import { commonSurnames, rareSurnames, compoundSurnames } from '../data/surnames'
import { givenNameChars } from '../data/given-name-chars'
import { nonNameWords, nameEndChars, maskChars, placeSuffixChars } from '../data/name-lexicon'
import { interned } from '../interned'
import { reasonWith, type Reason } from '../reasons'

// One flag byte per UTF-16 unit: a look-up is a load, where a Set of one-character strings first needs
// text[i] — which allocates a fresh string for every CJK character.
const COMMON = 1
const RARE = 2
const GIVEN = 4
const END = 8
const MASK = 16
const PLACE = 32
const FLAGS = new Uint8Array(65536)
function mark(chars: Iterable<string>, flag: number): void {
  for (const ch of chars) if (ch.length === 1) FLAGS[ch.charCodeAt(0)] |= flag
}
mark(commonSurnames, COMMON)
mark(rareSurnames, RARE)
mark(givenNameChars, GIVEN)
mark(nameEndChars, END)
mark(maskChars, MASK)
mark(placeSuffixChars, PLACE)

const pairKey = (a: number, b: number): number => a * 65536 + b
/** the unit of an office a label may name before the person (公卫科, 办公室, 财务股) — 科长 is a title */
const DEPARTMENT = new Set([...'科室股'].map((c) => c.charCodeAt(0)))
const ZHANG = '长'.charCodeAt(0)
/** kinship words that a surname character begins (母亲, 伯父, 舅舅 …): who the person is to someone, not a name */
const KIN_WORDS = new Set(['母亲', '伯父', '伯母', '舅舅', '舅妈', '姑姑', '姑父', '叔叔', '婶婶', '爷爷', '奶奶', '外公', '外婆', '祖父', '祖母', '孙子', '孙女', '儿子', '女儿', '养父', '养母', '继父', '继母', '师傅'])
const COMPOUND = new Set([...new Set(compoundSurnames)].filter((s) => s.length === 2).map((s) => pairKey(s.charCodeAt(0), s.charCodeAt(1))))
const NON_NAME = new Set(nonNameWords)
/** two-character non-name words (and prefixes), by their two char codes */
const NON_NAME_PAIRS = new Set(nonNameWords.filter((w) => w.length === 2).map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
const JIA = 0x5bb6 // 家

/** whether the two characters at `pos` are a word kept from being read as a name (和平, 江山, 高峰) */
export function isNonNamePair(text: string, pos: number): boolean {
  return NON_NAME_PAIRS.has(pairKey(text.charCodeAt(pos), text.charCodeAt(pos + 1)))
}

/**
 * label: a label with a colon or a table cell says a name follows — rare surnames allowed.
 * loose: no explicit label (titles, gender, lists, colon-less labels) — common surnames, name-like given chars.
 */
export type NameMode = 'label' | 'loose'

/** `surnameLen` characters of surname from the start of the read */
export type NameRead = { end: number; surnameLen: number; masked: boolean }

export function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

export function isSurnameAt(text: string, pos: number, mode: NameMode): number {
  const c = text.charCodeAt(pos)
  if (COMPOUND.has(pairKey(c, text.charCodeAt(pos + 1)))) return 2
  const f = FLAGS[c] ?? 0
  if (f & COMMON || (mode === 'label' && f & RARE)) return 1
  return 0
}

export function isMaskCode(c: number): boolean {
  return ((FLAGS[c] ?? 0) & MASK) !== 0
}

export function isNonNameWord(w: string): boolean {
  return NON_NAME.has(w)
}

export function isGivenChar(ch: string): boolean {
  return ((FLAGS[ch.charCodeAt(0)] ?? 0) & GIVEN) !== 0
}

/** Flags of the character at `i` (0 past the end). */
function flagsAt(text: string, i: number): number {
  return FLAGS[text.charCodeAt(i)] ?? 0
}

/** The name starting at `pos`, or null. `limit` bounds the read (end of a cell or line). */
export function readName(text: string, pos: number, mode: NameMode, limit = text.length): NameRead | null {
  const sLen = isSurnameAt(text, pos, mode)
  if (sLen === 0) return null
  const g = pos + sLen
  const f1 = flagsAt(text, g)
  if (f1 & MASK) return { end: g + 1, surnameLen: sLen, masked: true }
  if (g >= limit || !isCjk(text.charCodeAt(g))) return null
  if (f1 & END && !(f1 & GIVEN)) return null
  if (mode === 'loose' && !(f1 & GIVEN)) return null
  let end = g + 1
  const f2 = flagsAt(text, g + 1)
  if (f2 & MASK) return { end: g + 2, surnameLen: sLen, masked: true }
  const c2ok = g + 1 < limit && isCjk(text.charCodeAt(g + 1)) && !(f2 & END) && !(f2 & PLACE) && (mode === 'label' || f2 & GIVEN)
  if (c2ok) {
    // with a non-name-like second character, take it only when the name clearly ends right after it
    const c3cjk = g + 2 < limit && isCjk(text.charCodeAt(g + 2))
    if (f2 & GIVEN || !c3cjk || flagsAt(text, g + 2) & END) end = g + 2
  }
  // a non-name word (高度, 王国): the name, or its first two characters (a 2-character name is both) —
  // unless a label and its colon announce it and it stands alone (审核人：向前（副校长）, 经办人：高峰。)
  const standsAlone = mode === 'label' && end === pos + 2 && (end >= limit || !isCjk(text.charCodeAt(end)))
  if (!standsAlone && NON_NAME_PAIRS.has(pairKey(text.charCodeAt(pos), text.charCodeAt(pos + 1)))) return null
  if (end - pos > 2 && NON_NAME.has(text.slice(pos, end))) return null
  // 联系人：公卫科邹萍: a department (科, 室, 股) after a label, the name after it
  if (mode === 'label' && DEPARTMENT.has(text.charCodeAt(end)) && text.charCodeAt(end + 1) !== ZHANG) return null
  // 监护人：母亲向晓敏: a kinship or role word after the label says who, the name follows it
  if (mode === 'label' && end - pos === 2 && KIN_WORDS.has(text.slice(pos, end))) return null
  // 张家港 / 王家村 / 李庄镇: a surname-led token followed by a place suffix is a place
  if (flagsAt(text, end) & PLACE && end < limit) return null
  if (end - pos >= 2 && text.charCodeAt(pos + sLen) === JIA && flagsAt(text, end) & PLACE) return null
  return { end, surnameLen: sLen, masked: false }
}

/** The name that ends right at `end` (before a title, gender or ID label): longest surname-led reading. Returns its start or -1. */
export function nameEndingAt(text: string, end: number, mode: NameMode): number {
  let s = end
  while (s > 0 && end - s < 4 && isCjk(text.charCodeAt(s - 1))) s--
  for (let start = s; start <= end - 2; start++) {
    if (!isSurnameAt(text, start, mode)) continue
    const r = readName(text, start, mode, end)
    if (r && !r.masked && r.end === end) return start
  }
  return -1
}

/** reason for the surname at a position, keyed by its one or two char codes */
const surnameReason = interned((key: number) => reasonWith('surname', { surname: key > 0xffff ? String.fromCharCode(Math.floor(key / 65536), key % 65536) : String.fromCharCode(key) }))
export function surnameAt(text: string, pos: number, len: number): Reason {
  const c = text.charCodeAt(pos)
  return surnameReason(len === 2 ? c * 65536 + text.charCodeAt(pos + 1) : c)
}

/** The reason for a name found by nameEndingAt: its surname. */
export function surnameOf(text: string, start: number, mode: NameMode = 'loose'): Reason {
  return surnameAt(text, start, isSurnameAt(text, start, mode))
}
