/**
 * Context look-ups around a candidate, confined to its own line (a label two lines up describes
 * something else). Windows are short slices, so the cost is per candidate, not per character.
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

/** Length of the separators after a label: spaces, a colon, 为/是 ("出生日期：", "住址为"). */
export function separatorAfter(text: string, pos: number): number {
  let p = pos
  while (p < text.length && p - pos < 6 && ' \u3000:：'.includes(text[p] ?? '\n')) p++
  if (text[p] === '为' || text[p] === '是') {
    p++
    while (p < text.length && p - pos < 8 && ' \u3000:：'.includes(text[p] ?? '\n')) p++
  }
  return p - pos
}

export function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1
}

export function lineEndOf(text: string, pos: number): number {
  const e = text.indexOf('\n', pos)
  return e < 0 ? text.length : e
}

/** The text before `pos` on its line, at most `max` chars, stopping at a tab (another cell). */
export function before(text: string, pos: number, max: number): string {
  const ls = Math.max(lineStartOf(text, pos), pos - max)
  const w = text.slice(ls, pos)
  const tab = w.lastIndexOf('\t')
  return tab >= 0 ? w.slice(tab + 1) : w
}

export function after(text: string, pos: number, max: number): string {
  return text.slice(pos, Math.min(lineEndOf(text, pos), pos + max))
}

/** A set of label words, looked up backwards from a value without regexes or scanning. */
export type LabelSet = { words: ReadonlySet<string>; maxLen: number; minLen: number; lastChars: ReadonlySet<number> }

export function labelSet(words: readonly string[]): LabelSet {
  const lens = words.map((w) => w.length)
  return { words: new Set(words), maxLen: Math.max(...lens), minLen: Math.min(...lens), lastChars: new Set(words.map((w) => w.charCodeAt(w.length - 1))) }
}

function skipSeparators(text: string, p: number, floor: number): number {
  while (p > floor && ' \u3000:：'.includes(text[p - 1] ?? '\n')) p--
  return p
}

/**
 * The label right before `pos` on its line — "身份证号码：", "手机号 ", "账户为", "身份证号（18位）：" —
 * or null. `max` bounds how far back the label may start.
 */
export function labelBefore(text: string, pos: number, set: LabelSet, max = 18): string | null {
  const floor = Math.max(0, pos - max)
  let p = skipSeparators(text, pos, floor)
  if (p > floor && (text[p - 1] === '为' || text[p - 1] === '是')) p = skipSeparators(text, p - 1, floor)
  if (p > floor && (text[p - 1] === '）' || text[p - 1] === ')')) {
    let q = p - 1
    while (q > floor && p - q < 12 && text[q - 1] !== '（' && text[q - 1] !== '(' && text[q - 1] !== '\n') q--
    if (q > floor && (text[q - 1] === '（' || text[q - 1] === '(')) p = q - 1
  }
  // most positions end in no label's last character: answer without slicing
  if (!set.lastChars.has(text.charCodeAt(p - 1))) return null
  for (let len = Math.min(set.maxLen, p - floor); len >= set.minLen; len--) {
    const w = text.slice(p - len, p)
    if (set.words.has(w)) return w
  }
  return null
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
