/**
 * Context look-ups around a candidate, confined to its own line (a label two lines up describes
 * something else). Windows are short and bounded — char codes where possible, short slices otherwise —
 * so the cost is per candidate, not per character, even on a text with no line breaks.
 */
import { labels } from './data/labels'

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Longest alternatives first so 身份证号码 wins over 身份证. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')
}

/** Matches any of the words anywhere in a window. */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(alternation(words))
}

const WEI = 0x4e3a // 为
const SHI = 0x662f // 是

/** Space, ideographic space, ':' or '：' — what sits between a label and its value. */
function isLabelSep(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 58 || c === 0xff1a
}

/** Length of the separators after a label: spaces, a colon, 为/是 ("出生日期：", "住址为"). */
export function separatorAfter(text: string, pos: number): number {
  const n = text.length
  let p = pos
  // char codes, not text[p]: indexing a CJK character allocates a one-character string
  while (p < n && p - pos < 6 && isLabelSep(text.charCodeAt(p))) p++
  const c = text.charCodeAt(p)
  if (c === WEI || c === SHI) {
    p++
    while (p < n && p - pos < 8 && isLabelSep(text.charCodeAt(p))) p++
  }
  return p - pos
}

/** Where the line holding `pos` ends (its line break, or the text's end). */
export function lineEndOf(text: string, pos: number): number {
  const e = text.indexOf('\n', pos)
  return e < 0 ? text.length : e
}

export function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1
}

/** The text before `pos` on its line, at most `max` chars, stopping at a tab (another cell). */
export function before(text: string, pos: number, max: number): string {
  // look back only `max` characters: on a text with no line breaks (minified HTML) a full
  // lastIndexOf per candidate would make the scan quadratic
  const floor = Math.max(0, pos - max)
  let ls = pos
  while (ls > floor && text.charCodeAt(ls - 1) !== 10) ls--
  const w = text.slice(ls, pos)
  const tab = w.lastIndexOf('\t')
  return tab >= 0 ? w.slice(tab + 1) : w
}

export function after(text: string, pos: number, max: number): string {
  const ceiling = Math.min(text.length, pos + max)
  let le = pos
  while (le < ceiling && text.charCodeAt(le) !== 10) le++
  return text.slice(pos, le)
}

/**
 * A set of label words, looked up backwards from a value without regexes, scanning or slicing: by the
 * last character, then comparing in place (text.startsWith) the few words that end in it.
 */
export type LabelSet = {
  words: ReadonlySet<string>
  /** last UTF-16 unit → the words ending in it, longest first */
  byLast: ReadonlyMap<number, readonly string[]>
}

export function labelSet(words: readonly string[]): LabelSet {
  const byLast = new Map<number, string[]>()
  for (const w of new Set(words)) {
    const c = w.charCodeAt(w.length - 1)
    const list = byLast.get(c) ?? []
    list.push(w)
    byLast.set(c, list)
  }
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length)
  return { words: new Set(words), byLast }
}

function skipSeparators(text: string, p: number, floor: number): number {
  while (p > floor && isLabelSep(text.charCodeAt(p - 1))) p--
  return p
}

const OPEN_FW = 0xff08 // （
const CLOSE_FW = 0xff09 // ）

/**
 * Where a label before `pos` would end: `pos` less the separators, a 为/是 and a bracketed qualifier
 * ("身份证号（18位）："). Shared by every label set, so callers asking several sets compute it once.
 */
export function labelEndBefore(text: string, pos: number, max = 18): number {
  const floor = Math.max(0, pos - max)
  let p = skipSeparators(text, pos, floor)
  let c = text.charCodeAt(p - 1)
  if (p > floor && (c === WEI || c === SHI)) p = skipSeparators(text, p - 1, floor)
  c = text.charCodeAt(p - 1)
  if (p > floor && (c === CLOSE_FW || c === 41)) {
    let q = p - 1
    for (let b = text.charCodeAt(q - 1); q > floor && p - q < 12 && b !== OPEN_FW && b !== 40 && b !== 10; b = text.charCodeAt(q - 1)) q--
    const b = text.charCodeAt(q - 1)
    if (q > floor && (b === OPEN_FW || b === 40)) p = q - 1
  }
  return p
}

/** The longest word of `set` ending exactly at `p` and starting at or after `floor`, or null. */
export function labelEndingAt(text: string, p: number, set: LabelSet, floor: number): string | null {
  // most positions end in no label's last character: answer without comparing anything
  const words = set.byLast.get(text.charCodeAt(p - 1))
  if (!words) return null
  for (const w of words) if (p - w.length >= floor && text.startsWith(w, p - w.length)) return w
  return null
}

/**
 * The label right before `pos` on its line — "身份证号码：", "手机号 ", "账户为", "身份证号（18位）：" —
 * or null. `max` bounds how far back the label may start.
 */
export function labelBefore(text: string, pos: number, set: LabelSet, max = 18): string | null {
  return labelEndingAt(text, labelEndBefore(text, pos, max), set, Math.max(0, pos - max))
}

export const ctx = {
  idCard: labelSet(labels.idCard),
  phone: labelSet(labels.phone),
  orgPhone: labelSet(labels.orgPhone),
  orgPhoneNear: anyOf(labels.orgPhone),
  bank: labelSet(labels.bank),
  bankNear: anyOf(labels.bankNear),
  numbering: labelSet(labels.numbering),
  passportNear: anyOf(labels.passport),
  hkMacaoNear: anyOf(labels.hkMacao),
  taiwanNear: anyOf(labels.taiwan),
  uscc: labelSet(labels.uscc),
  plate: labelSet(labels.plate),
  ipNear: anyOf(labels.ip),
  email: labelSet(labels.email),
  orgAddress: labelSet(labels.orgAddress),
  address: labelSet(labels.address),
  dob: labelSet(labels.dob),
}
