/**
 * One pass over the text for every word list (name labels, titles, health terms, confidential marks):
 * a 64K-entry table of first characters says which lists may start at a position, and only there are
 * the (longest-first) words compared. Much cheaper than one big regex alternation per list.
 */
import { IntMap, IntPairMap, nextMarked } from './int-tables'

/**
 * The hits of one word list, column-wise: a dense text has a quarter of a million hits, and an object
 * each was the single largest allocation of the pass. Hit k spans [starts[k], ends[k]) and is words[k].
 */
export type Hits = { count: number; starts: Int32Array; ends: Int32Array; words: string[] }

function hitList(): Hits {
  return { count: 0, starts: new Int32Array(64), ends: new Int32Array(64), words: stringArray() }
}

/**
 * An empty array already of the elements kind strings make (an empty literal starts as one of small
 * integers and changes kind at its first string): the optimised pass that filled the last scan's lists
 * would otherwise meet a list of the other kind and be thrown away, in the middle of the text.
 */
export function stringArray(): string[] {
  const a = ['']
  a.length = 0
  return a
}

/** An empty array already of the elements kind doubles make (see stringArray). */
export function doubleArray(): number[] {
  const a = [0.5]
  a.length = 0
  return a
}

function addHit(h: Hits, start: number, end: number, word: string): void {
  if (h.count === h.starts.length) {
    const starts = new Int32Array(h.count * 2)
    const ends = new Int32Array(h.count * 2)
    starts.set(h.starts)
    ends.set(h.ends)
    h.starts = starts
    h.ends = ends
  }
  h.starts[h.count] = start
  h.ends[h.count] = end
  h.words.push(word)
  h.count++
}

/**
 * Runs of Latin letters and digits, met during the same pass (see alnum-runs.ts): called at the first
 * character of each run, it returns where the run ends.
 */
export type RunSink = (text: string, start: number) => number

/** Bit of `first` marking [0-9A-Za-z]: not a word list, the run sink's trigger. */
const ALNUM_BIT = 1 << 30

export type LexiconSpec<K extends string> = Record<K, readonly string[]>

export type LexiconIndex<K extends string> = {
  keys: readonly K[]
  /** bit i set: list keys[i] has a word starting with this UTF-16 unit */
  first: Uint32Array
  /** bit i set: list keys[i] has this UTF-16 unit as a one-character word */
  single: Uint32Array
  /**
   * Bloom filter over the first two units of every longer word. Common first characters (人, 出, 地,
   * 住 …) start some word in nearly every sentence, yet the pair rarely does: one look-up then rules
   * out every longer word at the position without comparing any.
   */
  pairs: Uint8Array
  /**
   * (list bit · 65536 + first unit, second unit) → index into `lists`: the list's words of two or more
   * units that start with those two, longest first. At most one of them matches at a position (two
   * different words of one length cannot both), so trying them longest first finds the longest.
   */
  byPair: IntPairMap
  lists: string[][]
  /** list bit · 65536 + unit → index into `singles`: the list's one-unit word */
  singleIndex: IntMap
  singles: string[]
}

const PAIR_BITS = 20
function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - PAIR_BITS)
}

export function compileLexicons<K extends string>(spec: LexiconSpec<K>): LexiconIndex<K> {
  const keys = Object.keys(spec) as K[]
  if (keys.length > 30) throw new Error('at most 30 word lists')
  const first = new Uint32Array(65536)
  const single = new Uint32Array(65536)
  const pairs = new Uint8Array(1 << PAIR_BITS)
  const lists: string[][] = [[]]
  const singles: string[] = ['']
  const buckets = new Map<number, string[]>()
  const oneUnit: [number, string][] = []
  keys.forEach((k, bit) => {
    for (const w of new Set(spec[k])) {
      if (!w) continue
      const c = w.charCodeAt(0)
      first[c] = (first[c] ?? 0) | (1 << bit)
      if (w.length === 1) {
        single[c] |= 1 << bit
        oneUnit.push([bit * 65536 + c, w])
        continue
      }
      pairs[pairSlot(c, w.charCodeAt(1))] = 1
      const key = (bit * 65536 + c) * 65536 + w.charCodeAt(1)
      const list = buckets.get(key)
      if (list) list.push(w)
      else buckets.set(key, [w])
    }
  })
  const byPair = new IntPairMap(buckets.size)
  for (const [key, list] of buckets) {
    list.sort((a, b) => b.length - a.length)
    lists.push(list)
    byPair.set(Math.floor(key / 65536), key % 65536, lists.length - 1)
  }
  const singleIndex = new IntMap(oneUnit.length)
  for (const [key, w] of oneUnit) {
    singles.push(w)
    singleIndex.set(key, singles.length - 1)
  }
  for (let c = 48; c <= 122; c++) if (c <= 57 || (c >= 65 && c <= 90) || c >= 97) first[c] |= ALNUM_BIT
  return { keys, first, single, pairs, byPair, lists, singleIndex, singles }
}

/**
 * Every position where a word of a list starts (longest word per list and position), and — to the
 * optional `onRun` — every run of Latin letters and digits, in one pass over the text.
 */
export function findHits<K extends string>(text: string, index: LexiconIndex<K>, onRun?: RunSink): Record<K, Hits> {
  // one list per bit, indexed: out[keys[bit]] in the loop would be a slow keyed property access
  const lists: Hits[] = index.keys.map(() => hitList())
  const { first, single, pairs, byPair, singleIndex, singles, keys } = index
  const words = index.lists
  const n = text.length
  let runEnd = 0
  for (let i = 0; i < n; i++) {
    // to the next character some word (or a Latin run) starts with
    i = nextMarked(text, first, i)
    if (i < 0) break
    const c = text.charCodeAt(i)
    let mask = first[c]
    if (mask & ALNUM_BIT) {
      if (onRun && i >= runEnd) runEnd = onRun(text, i)
      mask &= ~ALNUM_BIT
      if (mask === 0) continue
    }
    const next = text.charCodeAt(i + 1)
    // no longer word can start here: only one-character words remain
    const onlySingles = pairs[pairSlot(c, next)] === 0
    if (onlySingles) mask &= single[c]
    // each set bit, lowest first
    while (mask !== 0) {
      const low = mask & -mask
      mask ^= low
      const bit = 31 - Math.clz32(low)
      if (!onlySingles) {
        // the longest word through the next character, else the one-character word
        const k = byPair.get(bit * 65536 + c, next, 0)
        if (k !== 0) {
          let found = false
          for (const w of words[k]) {
            if (text.startsWith(w, i)) {
              addHit(lists[bit], i, i + w.length, w)
              found = true
              break
            }
          }
          if (found) continue
        }
        if ((single[c] & low) === 0) continue
      }
      addHit(lists[bit], i, i + 1, singles[singleIndex.get(bit * 65536 + c, 0)])
    }
  }
  const out = {} as Record<K, Hits>
  keys.forEach((k, bit) => (out[k] = lists[bit]))
  return out
}
