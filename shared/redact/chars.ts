/**
 * Character-level helpers for masking a value as written: a value is a sequence of code points, some of
 * them part of the value (digits, letters, ideographs — "significant"), the rest separators (spaces, line
 * breaks, hyphens, dots, brackets) that keep their place so the masked value keeps its shape.
 */

/** One code point of a value. */
export type Unit = { ch: string; sig: boolean }

const ALNUM = /^[\p{L}\p{N}]$/u
const DIGIT = /^\p{Nd}$/u

export const isAlnum = (ch: string): boolean => ALNUM.test(ch)
export const isDigit = (ch: string): boolean => DIGIT.test(ch)

export function toUnits(value: string, isSig: (ch: string) => boolean = isAlnum): Unit[] {
  return Array.from(value, (ch) => ({ ch, sig: isSig(ch) }))
}

/** Full-width digits and letters to ASCII, so patterns can be checked on what the value means. */
export function fold(ch: string): string {
  const c = ch.codePointAt(0) ?? 0
  return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch
}

/** The significant characters, folded to ASCII where they have a half-width form. */
export function significant(units: readonly Unit[]): string[] {
  return units.filter((u) => u.sig).map((u) => fold(u.ch))
}

/**
 * Replaces the significant characters for which `keep(i, n)` is false with `star`; separators stay where
 * they are. If the rule would hide nothing (an unusually short value), every significant character is
 * hidden instead, so a mask never reproduces the whole value.
 */
export function maskUnits(units: readonly Unit[], keep: (i: number, n: number) => boolean, star = '*'): string {
  const n = units.reduce((count, u) => count + (u.sig ? 1 : 0), 0)
  let hidden = 0
  for (let i = 0; i < n; i++) if (!keep(i, n)) hidden++
  const keepAny = hidden > 0
  let i = 0
  let out = ''
  for (const u of units) {
    if (!u.sig) {
      out += u.ch
      continue
    }
    out += keepAny && keep(i, n) ? u.ch : star
    i++
  }
  return out
}
