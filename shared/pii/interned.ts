/**
 * Interned reason strings. The same few hundred explanations ("label 身份证号码", "area code 340705
 * valid") recur across hundreds of thousands of findings in a long text; building each from a template
 * per candidate cost two or three strings per finding, kept alive as long as the finding, and a large
 * share of the scanner's garbage-collection time. A finding's `reasons` array is still its own; only
 * the strings in it are shared (strings are immutable, so sharing is invisible to callers).
 */

/** A memoised string builder. Bounded: hostile input with endless distinct keys only refills it. */
export function interned<K>(make: (key: K) => string, limit = 8192): (key: K) => string {
  const cache = new Map<K, string>()
  // consecutive findings often share a reason (cells of one column, rows of one list): check the last first
  let lastKey: K | undefined
  let last = ''
  return (key: K): string => {
    if (key === lastKey) return last
    let s = cache.get(key)
    if (s === undefined) {
      if (cache.size >= limit) cache.clear()
      s = make(key)
      cache.set(key, s)
    }
    lastKey = key
    last = s
    return s
  }
}

export const labelReason = interned((label: string) => `label ${label}`)
export const columnReason = interned((header: string) => `column header ${header}`)
export const contextReason = interned((word: string) => `context ${word}`)

/**
 * `reasons` plus one more, as a new array of exactly that length. push() would leave the array with
 * room for ~20 (and these arrays live on in the findings); concat() is a slow generic builtin.
 */
export function withReason(reasons: readonly string[], reason: string): string[] {
  switch (reasons.length) {
    case 0:
      return [reason]
    case 1:
      return [reasons[0], reason]
    case 2:
      return [reasons[0], reasons[1], reason]
    case 3:
      return [reasons[0], reasons[1], reasons[2], reason]
    default:
      return [...reasons, reason]
  }
}
