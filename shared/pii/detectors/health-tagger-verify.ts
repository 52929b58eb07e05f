/**
 * The condition tagger's last look (health-tagger.ts): a run the second pass found is read whole before it is
 * reported. Characters one by one cannot tell 低音震得窗户嗡嗡响 or 横杆高度1.05 from a complaint; the run's own
 * characters and pairs, what stands either side of it, its length, how sure the second pass was and whether the
 * clause is about someone can. A small logistic model over those, fitted by scripts/pii-fit-health-tagger.ts on the
 * runs of notices neither pass was fitted on, gives the probability that the run is part of someone's condition.
 */
import { hashOf, lookUpSlots, tagToken } from './health-tagger-features'
import { bandOf } from './health-tagger-boundary'

/** A verifier ready to read: its table, bias and weight unit. */
export type Verifier = { slots: Int16Array; bias: number; q: number }

function lengthBand(n: number): number {
  return n <= 2 ? 0 : n === 3 ? 1 : n <= 5 ? 2 : n <= 8 ? 3 : n <= 14 ? 4 : 5
}

/**
 * The features of the run [a, b) of the clause [s, e), as kind, x, y, z four at a time pushed to `out` (cleared
 * first): its characters and pairs, its first and last ones, what stands before and after it, its length, the band
 * of the second pass's highest probability in it (`top`), the clause's first two characters and its person.
 */
export function spanFeatures(text: string, s: number, e: number, a: number, b: number, names: Uint8Array, person: boolean, top: number, out: number[]): void {
  out.length = 0
  const t = (j: number): number => tagToken(text, j, s, e, names)
  const put = (kind: number, x: number, y = 0, z = 0): void => {
    out.push(kind, x, y, z)
  }
  for (let i = a; i < b; i++) {
    put(0, t(i))
    if (i + 1 < b) put(1, t(i), t(i + 1))
  }
  const len = lengthBand(b - a)
  put(2, t(a))
  put(3, t(b - 1))
  put(4, t(a - 1))
  put(5, t(a - 2), t(a - 1))
  put(6, t(b))
  put(7, t(b), t(b + 1))
  put(8, len)
  put(9, bandOf(top))
  put(10, t(s), t(s + 1))
  put(11, person ? 1 : 0)
  put(12, (a === s ? 2 : 0) + (b === e ? 1 : 0))
  put(13, t(a), len)
  put(14, t(b - 2), t(b - 1))
  put(15, t(a), t(a + 1))
}

const FEATS: number[] = []

/** The verifier's probability that the run [a, b) of the clause [s, e) is part of someone's condition. */
export function verifyWith(m: Verifier, text: string, s: number, e: number, a: number, b: number, names: Uint8Array, person: boolean, top: number): number {
  spanFeatures(text, s, e, a, b, names, person, top, FEATS)
  let sum = 0
  for (let k = 0; k < FEATS.length; k += 4) sum += lookUpSlots(m.slots, hashOf(FEATS[k] ?? 0, FEATS[k + 1] ?? 0, FEATS[k + 2] ?? 0, FEATS[k + 3] ?? 0))
  return 1 / (1 + Math.exp(-(m.bias + m.q * sum)))
}
