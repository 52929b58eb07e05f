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
  return i < s || i >= e ? T_OUTSIDE : charToken(text, i, names)
}

/**
 * A character as both health models read it (this tagger and the clause model, health-clause-model.ts): a found
 * name's characters N, digits 0, Latin letters a, any other character itself.
 */
export function charToken(text: string, i: number, names: Uint8Array): number {
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
export const TAG_BITS = 19
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
