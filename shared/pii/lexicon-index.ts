/**
 * One pass over the text for every word list (name labels, titles, health terms, confidential marks):
 * a 64K-entry table of first characters says which lists may start at a position, and only there are
 * the (longest-first) words compared. Much cheaper than one big regex alternation per list.
 */
export type Hit = { start: number; end: number; word: string }

export type LexiconSpec<K extends string> = Record<K, readonly string[]>

export type LexiconIndex<K extends string> = {
  keys: readonly K[]
  /** bit i set: list keys[i] has a word starting with this UTF-16 unit */
  first: Uint32Array
  /** per list: first unit → words, longest first */
  byFirst: Map<number, string[]>[]
}

export function compileLexicons<K extends string>(spec: LexiconSpec<K>): LexiconIndex<K> {
  const keys = Object.keys(spec) as K[]
  if (keys.length > 32) throw new Error('at most 32 word lists')
  const first = new Uint32Array(65536)
  const byFirst = keys.map((k, bit) => {
    const m = new Map<number, string[]>()
    for (const w of new Set(spec[k])) {
      if (!w) continue
      const c = w.charCodeAt(0)
      first[c] = (first[c] ?? 0) | (1 << bit)
      const list = m.get(c) ?? []
      list.push(w)
      m.set(c, list)
    }
    for (const list of m.values()) list.sort((a, b) => b.length - a.length)
    return m
  })
  return { keys, first, byFirst }
}

/** Every position where a word of a list starts (longest word per list and position). */
export function findHits<K extends string>(text: string, index: LexiconIndex<K>): Record<K, Hit[]> {
  const out = {} as Record<K, Hit[]>
  for (const k of index.keys) out[k] = []
  const { first, byFirst, keys } = index
  const n = text.length
  for (let i = 0; i < n; i++) {
    let mask = first[text.charCodeAt(i)] ?? 0
    if (mask === 0) continue
    for (let bit = 0; mask !== 0; bit++, mask >>>= 1) {
      if ((mask & 1) === 0) continue
      const words = byFirst[bit].get(text.charCodeAt(i))
      if (!words) continue
      for (const w of words) {
        if (text.startsWith(w, i)) {
          out[keys[bit]].push({ start: i, end: i + w.length, word: w })
          break
        }
      }
    }
  }
  return out
}
