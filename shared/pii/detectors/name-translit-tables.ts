/**
 * The tables of transliterated names (name-transliterated.ts): the characters transliteration is written in, the
 * well-known starts of Uyghur, Tibetan, Mongolian and Yi names, the middle dots, and the walks over a text they need.
 */
import { ethnicNameStarts, transliterationChars } from '../data/name-cues'

export const TRANSLIT = new Uint8Array(65536)
for (const ch of transliterationChars) TRANSLIT[ch.charCodeAt(0)] = 1
export const MIDDLE_DOTS = new Set([0xb7, 0x30fb, 0x2022, 0x2027, 0xff65, 0x2219])
export const DOT_RE = /[\u00b7\u30fb\u2022\u2027\uff65\u2219]/g
export const ETHNIC = new Map<number, string[]>()
const ETHNIC_FIRST = new Uint8Array(65536)
/** the first two characters of every start (all have two or more): most first characters (才, 平, 海) start none here */
const ETHNIC_PAIRS = new Set<number>()
for (const w of ethnicNameStarts) {
  ETHNIC_FIRST[w.charCodeAt(0)] = 1
  ETHNIC.set(w.charCodeAt(0), [...(ETHNIC.get(w.charCodeAt(0)) ?? []), w])
  ETHNIC_PAIRS.add(w.charCodeAt(0) * 65536 + w.charCodeAt(1))
}
/**
 * The next place at or after `from` where two characters begin an ethnic name's start (-1: none before the text's
 * last two). The walks over the whole text are functions of their own, small enough to be compiled at once (a loop
 * inside the detector waits for on-stack replacement).
 */
export function nextEthnicStart(text: string, from: number): number {
  for (let i = from, n = text.length - 2; i < n; i++) {
    if (ETHNIC_FIRST[text.charCodeAt(i)] && ETHNIC_PAIRS.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))) return i
  }
  return -1
}
/** The next start of a run of transliteration characters at or after `from` (-1: none before the last character). */
export function nextRunStart(text: string, from: number): number {
  for (let i = Math.max(1, from), n = text.length - 1; i < n; i++) {
    if (TRANSLIT[text.charCodeAt(i)] && !TRANSLIT[text.charCodeAt(i - 1)]) return i
  }
  return -1
}

/** Length of the transliteration run ending at `end` (going back), at most `max`. */
export function translitBack(text: string, end: number, max: number): number {
  let s = end
  while (s > 0 && end - s < max && TRANSLIT[text.charCodeAt(s - 1)]) s--
  return end - s
}
/** Length of the transliteration run starting at `start`, at most `max`. */
export function translitForward(text: string, start: number, max: number): number {
  let e = start
  while (e < text.length && e - start < max && TRANSLIT[text.charCodeAt(e)]) e++
  return e - start
}
