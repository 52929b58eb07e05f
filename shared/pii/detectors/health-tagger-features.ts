/**
 * The features of the condition tagger (health-tagger.ts), shared by the engine and its fitting script so the two
 * read a character the same way. A character is read with the three characters either side of it in its clause,
 * the pairs and the triple they make, the clause's first two characters, and where it stands in the clause, and
 * whether a person is in the clause or the one before it in the same sentence.
 */

/**
 * A character as the tagger reads it, as a character code: a found name's characters are N, digits 0, Latin
 * letters a (so a raw N, 0 or a never reaches the model), and a place beyond the clause 。 (a clause break, which
 * never stands inside a clause).
 */
export const T_NAME = 'N'.charCodeAt(0)
export const T_DIGIT = '0'.charCodeAt(0)
export const T_LATIN = 'a'.charCodeAt(0)
export const T_OUTSIDE = '。'.charCodeAt(0)

export function tagToken(text: string, i: number, s: number, e: number, names: Uint8Array): number {
  if (i < s || i >= e) return T_OUTSIDE
  if (names[i]) return T_NAME
  const c = text.charCodeAt(i)
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return T_DIGIT
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return T_LATIN
  return c
}

/** Single characters at an offset from the one read (−3 … +3). */
export const UNIGRAMS = ['u3l', 'u2l', 'u1l', 'u0', 'u1r', 'u2r', 'u3r'] as const
/** Pairs: the two before, the one before with this, this with the next, the next two, the two either side, the clause's first two. */
export const PAIRS = ['b2l', 'b1l', 'b1r', 'b2r', 'skip', 'head'] as const
/** The one before, this, and the next. */
export const TRIPLES = ['t0'] as const
export const KIND_NAMES = [...UNIGRAMS, ...PAIRS, ...TRIPLES, 'flag'] as const
export const FLAG_KIND = KIND_NAMES.length - 1

/** Flags: a person in the clause (1); the distance from the clause's start (2–5) and to its end (6–9), banded 0, 1, 2–3, 4+. */
export const F_PERSON = 1
export const F_FROM_START = 2
export const F_TO_END = 6
export function band(d: number): number {
  return d === 0 ? 0 : d === 1 ? 1 : d <= 3 ? 2 : 3
}

const P16 = 65536
const P32 = P16 * P16
const P48 = P32 * P16

/** A feature as one number (exact below 2^53): kind · 2^48 + up to three 16-bit codes. */
export function featureKey(kind: number, a: number, b = 0, c = 0): number {
  return kind * P48 + a * P32 + b * P16 + c
}

/** featureKey's parts. */
export function featureParts(key: number): [number, number, number, number] {
  return [Math.floor(key / P48), Math.floor(key / P32) % P16, Math.floor(key / P16) % P16, key % P16]
}

/** The features of character i of the clause [s, e), as featureKey numbers, pushed to `out` (cleared first). */
export function tagFeatures(text: string, s: number, e: number, i: number, names: Uint8Array, person: boolean, out: number[]): void {
  out.length = 0
  const t = (j: number): number => tagToken(text, j, s, e, names)
  const m3 = t(i - 3)
  const m2 = t(i - 2)
  const m1 = t(i - 1)
  const c0 = t(i)
  const p1 = t(i + 1)
  const p2 = t(i + 2)
  const p3 = t(i + 3)
  const uni = [m3, m2, m1, c0, p1, p2, p3]
  for (let k = 0; k < uni.length; k++) out.push(featureKey(k, uni[k] ?? 0))
  const pairs: [number, number][] = [[m2, m1], [m1, c0], [c0, p1], [p1, p2], [m1, p1], [t(s), t(s + 1)]]
  for (let k = 0; k < pairs.length; k++) out.push(featureKey(UNIGRAMS.length + k, pairs[k]?.[0] ?? 0, pairs[k]?.[1] ?? 0))
  out.push(featureKey(UNIGRAMS.length + PAIRS.length, m1, c0, p1))
  out.push(featureKey(FLAG_KIND, F_FROM_START + band(i - s)), featureKey(FLAG_KIND, F_TO_END + band(e - 1 - i)))
  if (person) out.push(featureKey(FLAG_KIND, F_PERSON))
}

/**
 * The model's weights live in a table of 2^TAG_BITS slots, each a fingerprint byte (0: empty) and a weight byte
 * (in units of the quantum), kept side by side in one array (interleave). A feature's hash gives its first slot and its fingerprint; it is looked for in up to
 * TAG_PROBE slots from there, and a feature not found (or stopped at an empty slot) weighs nothing — as a feature
 * the fit never saw. The table is filled strongest weight first, so a feature that does not fit is a weak one.
 */
export const TAG_BITS = 18
export const TAG_PROBE = 8

export function hashOf(kind: number, a: number, b: number, c: number): number {
  let h = Math.imul(kind + 1, 0x9e3779b1)
  h = Math.imul(h ^ a, 0x85ebca6b)
  h = Math.imul(h ^ b, 0xc2b2ae35)
  h = Math.imul(h ^ c, 0x27d4eb2d)
  return (h ^ (h >>> 15)) >>> 0
}

/**
 * The same table as one array of slots (fingerprint in the low byte, weight in the high, signed), so a look-up
 * reads one place in memory, not two.
 */
export function interleave(fp: Uint8Array, w: Int8Array): Int16Array {
  const t = new Int16Array(fp.length)
  for (let i = 0; i < fp.length; i++) t[i] = ((w[i] ?? 0) << 8) | (fp[i] ?? 0)
  return t
}

/** A feature's weight (in quanta) in interleave's table, by the feature's hash: 0 when it is not there. */
export function lookUpSlots(t: Int16Array, h: number): number {
  // the table's size, a power of two, gives its bits: the first pass's table has TAG_BITS, the second pass's fewer
  const shift = Math.clz32(t.length) + 1
  const mask = t.length - 1
  const f = h & 0xff || 1
  let s = h >>> shift
  for (let p = 0; p < TAG_PROBE; p++) {
    const v = t[s] ?? 0
    const g = v & 0xff
    if (g === 0) return 0
    if (g === f) return v >> 8
    s = (s + 1) & mask
  }
  return 0
}

/** The table for weights given as [featureKey, quanta]: strongest first, a feature that finds no slot left out. */
export function buildTable(entries: readonly [number, number][], bits = TAG_BITS): { fp: Uint8Array; w: Int8Array; placed: number } {
  const fp = new Uint8Array(1 << bits)
  const w = new Int8Array(1 << bits)
  const shift = 32 - bits
  const mask = (1 << bits) - 1
  let placed = 0
  for (const [key, q] of [...entries].filter(([, v]) => v !== 0).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))) {
    const [kind, a, b, c] = featureParts(key)
    const h = hashOf(kind, a, b, c)
    const f = h & 0xff || 1
    let s = h >>> shift
    for (let p = 0; p < TAG_PROBE; p++) {
      // a stronger feature with the same fingerprint earlier in the chain would answer for this one: left out
      if (fp[s] === f) break
      if (fp[s] === 0) {
        fp[s] = f
        w[s] = Math.max(-127, Math.min(127, q))
        placed++
        break
      }
      s = (s + 1) & mask
    }
  }
  return { fp, w, placed }
}

/** A model ready to tag: its table, its bias and quantum, and what is looked up once (flags, single characters). */
export type Tagger = { slots: Int16Array; bias: number; q: number; flags: Int8Array; uni: Int16Array | null }

export function taggerOf(slots: Int16Array, bias: number, q: number): Tagger {
  const flags = Int8Array.from({ length: 16 }, (_, f) => lookUpSlots(slots, hashOf(FLAG_KIND, f, 0, 0)))
  return { slots, bias, q, flags, uni: null }
}

/**
 * The single characters' weights, one table per offset, looked up once (on first use) rather than hashed for
 * every character of every clause.
 */
function unigrams(m: Tagger): Int16Array {
  if (m.uni) return m.uni
  // a character's seven weights side by side (c · 8 + offset): as the window slides, each character's row is read
  // seven times running, so it stays in the cache
  const t = new Int16Array(8 * 65536)
  for (let k = 0; k < UNIGRAMS.length; k++) for (let c = 0; c < 65536; c++) t[c * 8 + k] = lookUpSlots(m.slots, hashOf(k, c, 0, 0))
  return (m.uni = t)
}

const P0 = UNIGRAMS.length
const T0 = P0 + PAIRS.length

/**
 * The model's probability, for each character of the clause [s, e), that it belongs to someone's condition,
 * written to probs[0 .. e − s): the sum over tagFeatures' features, read from the table. (Here, beside the
 * features, so the loop calls nothing across modules.)
 */
export function tagWith(m: Tagger, text: string, s: number, e: number, names: Uint8Array, person: boolean, probs: Float64Array, cutoff = -1e9): void {
  const slots = m.slots
  const uni = unigrams(m)
  const flags = m.flags
  let m3 = tagToken(text, s - 3, s, e, names)
  let m2 = tagToken(text, s - 2, s, e, names)
  let m1 = tagToken(text, s - 1, s, e, names)
  let c0 = tagToken(text, s, s, e, names)
  let p1 = tagToken(text, s + 1, s, e, names)
  let p2 = tagToken(text, s + 2, s, e, names)
  let p3 = tagToken(text, s + 3, s, e, names)
  // what is the same for every character of the clause: its first two, and a person in it
  const base = lookUpSlots(slots, hashOf(P0 + 5, c0, p1, 0)) + (person ? (flags[F_PERSON] ?? 0) : 0)
  for (let i = s; i < e; i++) {
    let sum = base + (uni[m3 * 8] ?? 0) + (uni[m2 * 8 + 1] ?? 0) + (uni[m1 * 8 + 2] ?? 0) + (uni[c0 * 8 + 3] ?? 0) + (uni[p1 * 8 + 4] ?? 0) + (uni[p2 * 8 + 5] ?? 0) + (uni[p3 * 8 + 6] ?? 0)
    sum += (flags[F_FROM_START + band(i - s)] ?? 0) + (flags[F_TO_END + band(e - 1 - i)] ?? 0)
    // the single characters are looked up in place; the pairs and the triple cost a hashed look-up each, and where
    // the characters alone leave the sum far below a run's threshold they are not looked up (`cutoff`, in quanta)
    if (sum >= cutoff) {
      sum += lookUpSlots(slots, hashOf(P0, m2, m1, 0)) + lookUpSlots(slots, hashOf(P0 + 1, m1, c0, 0)) + lookUpSlots(slots, hashOf(P0 + 2, c0, p1, 0))
      sum += lookUpSlots(slots, hashOf(P0 + 3, p1, p2, 0)) + lookUpSlots(slots, hashOf(P0 + 4, m1, p1, 0)) + lookUpSlots(slots, hashOf(T0, m1, c0, p1))
      probs[i - s] = 1 / (1 + Math.exp(-(m.bias + m.q * sum)))
    } else probs[i - s] = 0
    m3 = m2
    m2 = m1
    m1 = c0
    c0 = p1
    p1 = p2
    p2 = p3
    p3 = tagToken(text, i + 4, s, e, names)
  }
}

/**
 * The second pass. The first pass reads characters; where a condition ends (宫颈癌|三期, 心率132次/|分) is better read
 * from what the first pass made of the characters around it. So each character is read again with the first pass's
 * probabilities at and around it, banded (B_BANDS), and with its own character beside the bands of its neighbours.
 * Its weights are fitted on first-pass probabilities of notices that pass was not fitted on (stacking).
 */
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
  let l5 = 0
  let l10 = 0
  for (let j = Math.max(0, i - 10); j < i; j++) {
    const p = ps[j] ?? 0
    if (p > l10) l10 = p
    if (j >= i - 5 && p > l5) l5 = p
  }
  let r5 = 0
  let r10 = 0
  for (let j = i + 1; j < Math.min(n, i + 11); j++) {
    const p = ps[j] ?? 0
    if (p > r10) r10 = p
    if (j <= i + 5 && p > r5) r5 = p
  }
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
 * ones read from denseOf's array and the band of a window's highest probability taken as the highest of its bands.
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
    let l5 = 0
    let l10 = 0
    for (let j = Math.max(0, i - 10); j < i; j++) {
      const b = band[j] ?? 0
      if (b > l10) l10 = b
      if (j >= i - 5 && b > l5) l5 = b
    }
    let r5 = 0
    let r10 = 0
    for (let j = i + 1; j < Math.min(n, i + 11); j++) {
      const b = band[j] ?? 0
      if (b > r10) r10 = b
      if (j <= i + 5 && b > r5) r5 = b
    }
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
