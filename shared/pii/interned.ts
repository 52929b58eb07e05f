/**
 * Interned reasons. The same few hundred explanations (label 身份证号码, area code 340705 valid) recur
 * across hundreds of thousands of findings in a long text; building each per candidate cost two or three
 * objects per finding, kept alive as long as the finding, and a large share of the scanner's
 * garbage-collection time. A finding's `reasons` array is still its own; only the (frozen) reasons in it
 * are shared, so sharing is invisible to callers.
 */
import { reasonWith, type Reason, type ReasonCode } from './reasons'

/** A memoised builder. Bounded: hostile input with endless distinct keys only refills it. */
export function interned<K, T = Reason>(make: (key: K) => T, limit = 8192): (key: K) => T {
  const cache = new Map<K, T>()
  // consecutive findings often share a reason (cells of one column, rows of one list): check the last first
  let lastKey: K | undefined
  let last: T | undefined
  return (key: K): T => {
    if (key === lastKey && last !== undefined) return last
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

/** A reason quoting one word, interned by that word. */
export function quoting(code: ReasonCode, param: string): (word: string) => Reason {
  return interned((word: string) => reasonWith(code, { [param]: word }))
}

export const labelReason = quoting('label', 'label')
export const columnReason = quoting('columnHeader', 'header')
export const contextReason = quoting('context', 'word')

/**
 * `reasons` plus one more, as a new array of exactly that length. push() would leave the array with
 * room for ~20 (and these arrays live on in the findings); concat() is a slow generic builtin.
 */
export function withReason(reasons: readonly Reason[], reason: Reason): Reason[] {
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
