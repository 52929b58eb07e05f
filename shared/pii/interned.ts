/**
 * Interned reason strings. The same few hundred explanations ("label 身份证号码", "area code 340705
 * valid") recur across hundreds of thousands of findings in a long text; building each from a template
 * per candidate cost two or three short-lived-then-promoted strings per finding and most of the
 * scanner's garbage-collection time. A finding's `reasons` array is still its own; only the strings in
 * it are shared (strings are immutable, so sharing is invisible to callers).
 */

/** A memoised string builder. Bounded: hostile input with endless distinct keys only refills it. */
export function interned<K>(make: (key: K) => string, limit = 8192): (key: K) => string {
  const cache = new Map<K, string>()
  return (key: K): string => {
    let s = cache.get(key)
    if (s === undefined) {
      if (cache.size >= limit) cache.clear()
      s = make(key)
      cache.set(key, s)
    }
    return s
  }
}

export const labelReason = interned((label: string) => `label ${label}`)
export const columnReason = interned((header: string) => `column header ${header}`)
export const surnameReason = interned((surname: string) => `surname ${surname}`)
export const contextReason = interned((word: string) => `context ${word}`)
