/**
 * The condition tagger's second pass (health-tagger.ts). The first pass reads characters; where a condition ends
 * (宫颈癌|三期, 心率132次/|分) is better read from what the first pass made of the characters around it. So each
 * character is read again with the first pass's probabilities at and around it, banded (B_BANDS), and with its own
 * character beside the bands of its neighbours. Its weights are fitted on first-pass probabilities of notices that
 * pass was not fitted on (stacking), by scripts/pii-fit-health-tagger.ts.
 */
import { hashOf, lookUpSlots, tagToken } from './health-tagger-features'

export const B_BANDS = [0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.75, 0.9]
/** The band of a place beyond the clause. */
export const B_OUTSIDE = B_BANDS.length + 1
/** The second pass's feature kinds start here, after the first pass's. */
export const B_KIND = 16
/** How many features a character has in the second pass: boundaryFeatures writes 4 numbers for each. */
export const B_COUNT = 16

function bandOf(p: number): number {
  let b = 0
  while (b < B_BANDS.length && p >= (B_BANDS[b] ?? 1)) b++
  return b
}

/**
 * The second pass's features of character i of a clause of n characters, as kind, a, b, c four at a time in `out`:
 * `tok` the clause's characters as the tagger reads them (tagToken), `ps` the first pass's probabilities.
 */
export function boundaryFeatures(tok: ArrayLike<number>, ps: ArrayLike<number>, n: number, i: number, out: Int32Array): void {
  const l5 = highest(ps, n, i - 5, i)
  const l10 = highest(ps, n, i - 10, i)
  const r5 = highest(ps, n, i + 1, i + 6)
  const r10 = highest(ps, n, i + 1, i + 11)
  const b0 = bandAt(ps, n, i)
  const l1 = bandAt(ps, n, i - 1)
  const r1 = bandAt(ps, n, i + 1)
  const c0 = tok[i] ?? 0
  const bl5 = bandOf(l5)
  const br5 = bandOf(r5)
  let k = 0
  const put = (a: number, b: number, c: number): void => {
    out[k] = B_KIND + k / 4
    out[k + 1] = a
    out[k + 2] = b
    out[k + 3] = c
    k += 4
  }
  // the bands here, either side and the nearest and furthest sure ones; the character with its bands
  put(b0, 0, 0)
  put(l1, 0, 0)
  put(r1, 0, 0)
  put(bandAt(ps, n, i - 2), 0, 0)
  put(bandAt(ps, n, i + 2), 0, 0)
  put(bl5, 0, 0)
  put(br5, 0, 0)
  put(c0, l1, 0)
  put(c0, r1, 0)
  put(b0, l1, r1)
  put(c0, b0, 0)
  put(c0, 0, 0)
  put(bandAt(ps, n, i - 3), 0, 0)
  put(bandAt(ps, n, i + 3), 0, 0)
  put(bandOf(l10), bandOf(r10), 0)
  put(b0, bl5, br5)
}

/** The highest of values[from .. to), within [0, n); 0 when there are none. */
function highest(values: ArrayLike<number>, n: number, from: number, to: number): number {
  let h = 0
  for (let j = Math.max(0, from); j < Math.min(n, to); j++) if ((values[j] ?? 0) > h) h = values[j] ?? 0
  return h
}

function bandAt(ps: ArrayLike<number>, n: number, j: number): number {
  return j < 0 || j >= n ? B_OUTSIDE : bandOf(ps[j] ?? 0)
}

/** boundaryWith's buffers: a clause is at most MAX_CLAUSE characters (health-clause-model.ts). */
const TOK = new Int32Array(64)
const BANDS = new Int8Array(64)

/** A second pass ready to read: its table, bias and unit, and the weights of its band-only features laid out flat. */
export type Boundary = { slots: Int16Array; bias: number; q: number; dense?: Int16Array | null }

/** The features (boundaryFeatures' order) that read only bands, and, of them, those that read two or three. */
const BAND_ONLY = [0, 1, 2, 3, 4, 5, 6, 9, 12, 13, 14, 15]
const BAND_SPAN = 12

/** The band-only features' weights, kind · 12³ + a · 12² + b · 12 + c, looked up once on first use. */
function denseOf(m: Boundary): Int16Array {
  if (m.dense) return m.dense
  const d = new Int16Array(B_COUNT * BAND_SPAN ** 3)
  for (const k of BAND_ONLY) {
    const two = k === 14 || k === 9 || k === 15
    const three = k === 9 || k === 15
    for (let a = 0; a < BAND_SPAN; a++)
      for (let b = 0; b < (two ? BAND_SPAN : 1); b++)
        for (let c = 0; c < (three ? BAND_SPAN : 1); c++) d[((k * BAND_SPAN + a) * BAND_SPAN + b) * BAND_SPAN + c] = lookUpSlots(m.slots, hashOf(B_KIND + k, a, b, c))
  }
  return (m.dense = d)
}

/**
 * The second pass over a clause [s, e) whose first-pass probabilities are p1[0 .. e − s): its probabilities written
 * to p2[0 .. e − s). The sum over boundaryFeatures' features (a unit test checks the two agree), with the band-only
 * ones read from denseOf's array.
 */
export function boundaryWith(m: Boundary, text: string, s: number, e: number, names: Uint8Array, p1: Float64Array, p2: Float64Array): void {
  const n = e - s
  const tok = n <= TOK.length ? TOK : new Int32Array(n)
  const band = n <= BANDS.length ? BANDS : new Int8Array(n)
  for (let i = 0; i < n; i++) {
    tok[i] = tagToken(text, s + i, s, e, names)
    band[i] = bandOf(p1[i] ?? 0)
  }
  const d = denseOf(m)
  const slots = m.slots
  const S = BAND_SPAN
  const at = (j: number): number => (j < 0 || j >= n ? B_OUTSIDE : (band[j] ?? 0))
  const one = (k: number, a: number): number => d[k * S * S * S + a * S * S] ?? 0
  for (let i = 0; i < n; i++) {
    // the band of a window's highest probability is the highest of its bands
    const l5 = highest(band, n, i - 5, i)
    const l10 = highest(band, n, i - 10, i)
    const r5 = highest(band, n, i + 1, i + 6)
    const r10 = highest(band, n, i + 1, i + 11)
    const b0 = band[i] ?? 0
    const l1 = at(i - 1)
    const r1 = at(i + 1)
    const c0 = tok[i] ?? 0
    let sum = one(0, b0) + one(1, l1) + one(2, r1) + one(3, at(i - 2)) + one(4, at(i + 2)) + one(5, l5) + one(6, r5) + one(12, at(i - 3)) + one(13, at(i + 3))
    sum += (d[((9 * S + b0) * S + l1) * S + r1] ?? 0) + (d[((14 * S + l10) * S + r10) * S] ?? 0) + (d[((15 * S + b0) * S + l5) * S + r5] ?? 0)
    sum += lookUpSlots(slots, hashOf(B_KIND + 7, c0, l1, 0)) + lookUpSlots(slots, hashOf(B_KIND + 8, c0, r1, 0))
    sum += lookUpSlots(slots, hashOf(B_KIND + 10, c0, b0, 0)) + lookUpSlots(slots, hashOf(B_KIND + 11, c0, 0, 0))
    p2[i] = 1 / (1 + Math.exp(-(m.bias + m.q * sum)))
  }
}
