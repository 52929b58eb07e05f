/**
 * Normalisation with an offset map back to the original text.
 * Detectors see half-width digits/letters, plain spaces and ASCII hyphens; findings are reported on the
 * original. We apply NFKC only to compatibility characters and deliberately keep the full-width CJK
 * punctuation （）：，；！？ — they carry sentence structure and must stay distinct from CSV commas.
 */
import { tradSimpPacked } from './data/trad-simp'

/**
 * Sparse offset map: the normalised text as segments. In a linear segment, normalised offset j maps to
 * orig[k] + (j - norm[k]); in a folded segment (one original character that became several) every
 * offset maps to orig[k]. One-for-one folds (full-width digits) keep the segment linear, so a text
 * needs a new segment only where a character was dropped or expanded — a handful per document,
 * instead of a 4-byte entry per character.
 */
export type OffsetMap = {
  /** normalised offset where each segment starts, ascending, norm[0] = 0 */
  norm: Int32Array
  /** original offset of each segment's first character */
  orig: Int32Array
  /** 1: all of the segment comes from the single original character at orig[k] */
  folded: Uint8Array
  normLength: number
  origLength: number
}

export type Normalized = {
  /** the normalised text detectors run on */
  text: string
  /** normalised → original offsets; null = identity */
  map: OffsetMap | null
}

const KEEP = new Set([0xff08, 0xff09, 0xff1a, 0xff0c, 0xff1b, 0xff01, 0xff1f])
const MATH_HIGH = 0xd835

const nfkcCache = new Map<number, string>()

/** What one code point becomes ('' = dropped), or null when it stays as it is. */
function fold(cp: number): string | null {
  if (cp < 0xa0) return null
  if (cp === 0x3000 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f) return ' '
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0xfeff || cp === 0xad || cp === 0x2060) return ''
  if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63 || cp === 0xff0d) return '-'
  if (cp === 0xb7 || cp === 0x2022 || cp === 0x2027 || cp === 0x2219 || cp === 0x30fb || cp === 0xff65) return '\u00b7'
  if (KEEP.has(cp)) return null
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0)
  const inCompat =
    (cp >= 0xa0 && cp <= 0xff) ||
    (cp >= 0x2070 && cp <= 0x24ff) ||
    (cp >= 0x2f00 && cp <= 0x2fdf) ||
    (cp >= 0x3200 && cp <= 0x33ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff5f && cp <= 0xffef) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff)
  if (!inCompat) return null
  let r = nfkcCache.get(cp)
  if (r === undefined) {
    const ch = String.fromCodePoint(cp)
    r = ch.normalize('NFKC')
    // Circled/parenthesised numbers (①, ⑴) are list markers, not digits of an identifier.
    if (/[0-9]/.test(r) && r.length > 1) r = ch
    nfkcCache.set(cp, r)
  }
  return r === String.fromCodePoint(cp) ? null : r
}

let foldableRe: RegExp | null = null

/**
 * Where folding may be needed: every UTF-16 unit that folds (checked against fold() itself, so the two
 * cannot disagree), widened over the gaps between them except where ordinary Chinese text lives — CJK
 * ideographs, kana, CJK punctuation, the full-width punctuation we keep, curly quotes and the ellipsis.
 * A class of a dozen wide ranges lets the regex engine skip unchanged text three times faster than
 * the exact class of ~150 ranges (the range count, not the text, sets the cost per character); the
 * occasional false hit (●, ★, ×) just folds to nothing.
 */
export function foldableClass(): string {
  const common = (c: number): boolean =>
    c < 0xa0 ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2026 ||
    (c >= 0x3001 && c <= 0x30fa) ||
    (c >= 0x30fc && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xf8ff) ||
    KEEP.has(c)
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`
  const inClass = (c: number): boolean => !(c >= 0xd800 && c <= 0xdfff) && (!common(c) || fold(c) !== null)
  let cls = ''
  for (let c = 0xa0; c <= 0xffff; c++) {
    if (!inClass(c)) continue
    let e = c
    while (e < 0xffff && inClass(e + 1)) e++
    cls += e > c ? `${hex(c)}-${hex(e)}` : hex(c)
    c = e
  }
  return `${cls}${hex(MATH_HIGH)}`
}

/**
 * foldableClass() as it was when this file was last changed: building it calls fold() for 65,000 code
 * points (15–30 ms at every start of a process), so the class is stored here, and a unit test fails when
 * the two differ (copy the value the test prints).
 */
export const FOLDABLE_CLASS = '\\u00a0-\\u2017\\u2020-\\u2025\\u2027-\\u3000\\u30fb\\u3200-\\u33ff\\uf900-\\uff00\\uff02-\\uff07\\uff0a-\\uff0b\\uff0d-\\uff19\\uff1c-\\uff1e\\uff20-\\uffff\\ud835'

function foldable(): RegExp {
  foldableRe ??= new RegExp(`[${FOLDABLE_CLASS}]`, 'g')
  return foldableRe
}

/** Per UTF-16 unit: the simplified character a traditional one reads as (身分證 → 身分证), or 0. */
let simplified: Uint16Array | null = null
/** Per UTF-16 unit: 1 + the value of a Chinese digit (〇零一幺二…九), or 0. */
let chineseDigit: Uint8Array | null = null
const CHINESE_DIGITS = '〇0零0一1幺1二2三3四4五5六6七7八8九9'

function tables(): [Uint16Array, Uint8Array] {
  if (!simplified || !chineseDigit) {
    simplified = new Uint16Array(65536)
    for (let i = 0; i + 1 < tradSimpPacked.length; i += 2) simplified[tradSimpPacked.charCodeAt(i)] = tradSimpPacked.charCodeAt(i + 1)
    chineseDigit = new Uint8Array(65536)
    for (let i = 0; i + 1 < CHINESE_DIGITS.length; i += 2) chineseDigit[CHINESE_DIGITS.charCodeAt(i)] = 1 + CHINESE_DIGITS.charCodeAt(i + 1) - 48
  }
  return [simplified, chineseDigit]
}

/**
 * One pass, one UTF-16 unit for one, so offsets do not move and the offset map stays as it is (only the
 * scanner's copy changes): traditional characters read as simplified, and seven or more Chinese digits
 * — a number read out (一五八零五六二三四七一), never a word — as ASCII digits. The digits may stand in
 * groups of three or more set off by one space or hyphen (一五八 零五六二 三四七一), as numbers are written.
 */
function simplify(text: string): string {
  const [simp, digit] = tables()
  const n = text.length
  let out: string[] | null = null
  let from = 0
  let runStart = 0
  let run = 0
  let group = 0
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0
    if (i < n && digit[c] !== 0) {
      if (run === 0) runStart = i
      run++
      group++
      continue
    }
    // a separator between two groups of three digits or more: the number goes on
    if (group >= 3 && (c === 32 || c === 45) && digit[text.charCodeAt(i + 1)] && digit[text.charCodeAt(i + 2)] && digit[text.charCodeAt(i + 3)]) {
      group = 0
      continue
    }
    if (run >= 7) {
      out ??= []
      if (runStart > from) out.push(text.slice(from, runStart))
      for (let k = runStart; k < i; k++) {
        const d = digit[text.charCodeAt(k)]
        out.push(d ? String.fromCharCode(47 + d) : text[k])
      }
      from = i
    }
    run = 0
    group = 0
    const v = i < n ? simp[c] : 0
    if (v === 0) continue
    out ??= []
    if (i > from) out.push(text.slice(from, i))
    out.push(String.fromCharCode(v))
    from = i + 1
  }
  if (!out) return text
  out.push(text.slice(from))
  return out.join('')
}

export function normalize(original: string): Normalized {
  const folded = foldCompat(original)
  const text = simplify(folded.text)
  return text === folded.text ? folded : { text, map: folded.map }
}

function foldCompat(original: string): Normalized {
  const re = foldable()
  re.lastIndex = 0
  // test(), not exec(): the position is lastIndex - 1, and no match object is made per hit
  if (!re.test(original)) return { text: original, map: null }
  const n = original.length
  const pieces: string[] = []
  const segNorm: number[] = [0]
  const segOrig: number[] = [0]
  const segFolded: number[] = [0]
  let outLen = 0
  let runStart = 0
  let changed = false
  /** starts a segment at the current output position unless the open one already maps there */
  const linearFrom = (orig: number): void => {
    const k = segNorm.length - 1
    if (segFolded[k] === 0 && segOrig[k] + (outLen - segNorm[k]) === orig) return
    if (segNorm[k] === outLen) {
      segOrig[k] = orig
      segFolded[k] = 0
      return
    }
    segNorm.push(outLen)
    segOrig.push(orig)
    segFolded.push(0)
  }
  for (let found = true; found; found = re.test(original)) {
    const i = re.lastIndex - 1
    const c = original.charCodeAt(i)
    const low = original.charCodeAt(i + 1)
    const isPair = c === MATH_HIGH && low >= 0xdc00 && low <= 0xdfff
    const f = fold(isPair ? (original.codePointAt(i) ?? c) : c)
    const width = isPair ? 2 : 1
    if (f === null) {
      re.lastIndex = i + width
      continue
    }
    changed = true
    if (i > runStart) {
      linearFrom(runStart)
      pieces.push(original.slice(runStart, i))
      outLen += i - runStart
    }
    if (f.length === 1) linearFrom(i)
    else if (f.length > 1) {
      segNorm.push(outLen)
      segOrig.push(i)
      segFolded.push(1)
    }
    pieces.push(f)
    outLen += f.length
    runStart = i + width
    re.lastIndex = runStart
  }
  if (!changed) return { text: original, map: null }
  if (runStart < n) {
    linearFrom(runStart)
    pieces.push(original.slice(runStart))
    outLen += n - runStart
  }
  const text = pieces.join('')
  return { text, map: { norm: Int32Array.from(segNorm), orig: Int32Array.from(segOrig), folded: Uint8Array.from(segFolded), normLength: outLen, origLength: n } }
}

/** The segment holding normalised offset `i` (0 <= i < normLength), searching from `hint`. */
function segmentAt(map: OffsetMap, i: number, hint: number): number {
  const { norm } = map
  const last = norm.length - 1
  let k = hint <= last && norm[hint] <= i ? hint : 0
  // forward from the hint for ascending queries (scan maps its sorted findings), else bisect
  if (k + 8 <= last && norm[k + 8] <= i) {
    let lo = k + 8
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (norm[mid] <= i) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  while (k < last && norm[k + 1] <= i) k++
  return k
}

/**
 * Maps normalised offsets to original ones. Holds a cursor, so a run of ascending queries (findings in
 * order) costs amortised O(1) each; any order stays correct.
 */
export type OffsetMapper = {
  /** original [start, end) for a normalised [start, end) */
  span(start: number, end: number): void
  start: number
  end: number
}

export function offsetMapper(norm: Normalized): OffsetMapper {
  const map = norm.map
  let hint = 0
  const at = (i: number): number => {
    if (!map) return i
    if (i >= map.normLength) return map.origLength
    hint = segmentAt(map, i, hint)
    return map.folded[hint] ? map.orig[hint] : map.orig[hint] + (i - map.norm[hint])
  }
  const mapper: OffsetMapper = {
    start: 0,
    end: 0,
    span(start: number, end: number): void {
      mapper.start = at(start)
      let e = end
      if (map && e > 0 && e < map.normLength) {
        // an expansion (one original char → several) must not be cut in half
        const k = segmentAt(map, e, hint)
        if (map.folded[k] && e > map.norm[k]) e = k + 1 < map.norm.length ? map.norm[k + 1] : map.normLength
      }
      mapper.end = at(e)
    },
  }
  return mapper
}

/** Original [start, end) for a normalised [start, end). */
export function toOriginalSpan(norm: Normalized, start: number, end: number): [number, number] {
  const m = offsetMapper(norm)
  m.span(start, end)
  return [m.start, m.end]
}
