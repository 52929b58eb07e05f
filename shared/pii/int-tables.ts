/**
 * Hash tables keyed by small non-negative integers (a pair of characters as one number, see
 * name-tables.ts pairKey), in typed arrays with open addressing. The name model asks tens of them per
 * surname in the text; a Map's lookup is a call into a generic builtin that hashes and walks its own
 * buckets, where a probe here is a multiply, a shift and one or two array reads the optimising compiler
 * inlines. Built once from the data files, never changed afterwards.
 */

/** table size for `count` keys: a power of two, at most half full */
function bitsFor(count: number): number {
  let bits = 4
  while (1 << bits < count * 2) bits++
  return bits
}

/** A non-negative integer key → an integer value. Negative keys are never stored and never found. */
export class IntMap {
  private readonly keys: Int32Array
  private readonly vals: Int32Array
  private readonly shift: number
  private readonly mask: number
  size = 0

  constructor(capacity: number) {
    const bits = bitsFor(capacity)
    this.keys = new Int32Array(1 << bits).fill(-1)
    this.vals = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
  }

  /** Sets `key` (>= 0) to `value`; the table must have been made large enough for every key. */
  set(key: number, value: number): void {
    if (key < 0) return
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.keys[h]
      if (k === key || k === -1) break
      h = (h + 1) & this.mask
    }
    if (this.keys[h] === -1) {
      if (this.size * 2 >= this.keys.length) throw new Error('IntMap full')
      this.size++
    }
    this.keys[h] = key
    this.vals[h] = value
  }

  /** The value of `key`, or `missing` (a negative key, or NaN, is never found). */
  get(key: number, missing: number): number {
    if (!(key >= 0)) return missing
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.keys[h]
      if (k === key) return this.vals[h]
      if (k === -1) return missing
      h = (h + 1) & this.mask
    }
  }

  has(key: number): boolean {
    if (!(key >= 0)) return false
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.keys[h]
      if (k === key) return true
      if (k === -1) return false
      h = (h + 1) & this.mask
    }
  }
}

/** Two non-negative integer keys (a pair's key and a third character, or two pairs' keys) → an integer value. */
export class IntPairMap {
  private readonly keys1: Int32Array
  private readonly keys2: Int32Array
  private readonly vals: Int32Array
  private readonly shift: number
  private readonly mask: number
  size = 0

  constructor(capacity: number) {
    const bits = bitsFor(capacity)
    this.keys1 = new Int32Array(1 << bits).fill(-1)
    this.keys2 = new Int32Array(1 << bits)
    this.vals = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
  }

  private slot(a: number, b: number): number {
    return Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) >>> this.shift
  }

  set(a: number, b: number, value: number): void {
    if (a < 0 || b < 0) return
    let h = this.slot(a, b)
    for (;;) {
      const k = this.keys1[h]
      if (k === -1 || (k === a && this.keys2[h] === b)) break
      h = (h + 1) & this.mask
    }
    if (this.keys1[h] === -1) {
      if (this.size * 2 >= this.keys1.length) throw new Error('IntPairMap full')
      this.size++
    }
    this.keys1[h] = a
    this.keys2[h] = b
    this.vals[h] = value
  }

  /** The value of (a, b), or `missing` (negative or NaN keys are never found). */
  get(a: number, b: number, missing: number): number {
    if (!(a >= 0 && b >= 0)) return missing
    let h = this.slot(a, b)
    for (;;) {
      const k = this.keys1[h]
      if (k === a && this.keys2[h] === b) return this.vals[h]
      if (k === -1) return missing
      h = (h + 1) & this.mask
    }
  }
}

/** A set of UTF-16 units with Set's has(), answered from a table (no hashing per character). */
export class CodeSet {
  private readonly table = new Uint8Array(65536)

  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1
  }

  /** (NaN, past a text's ends, is in no set) */
  has(code: number): boolean {
    return this.table[code] === 1
  }

  /**
   * The first index at or after `from` whose character is in the set, -1 if none. A walk over a whole text is this
   * small method, compiled at once, rather than a loop inside a large function that waits for on-stack replacement.
   */
  next(text: string, from: number): number {
    return nextMarked(text, this.table, from)
  }
}

/**
 * The first index at or after `from` whose character has a non-zero entry in `table` (indexed by char code), -1 if
 * none: the engine's walks over a whole text, a small function compiled at once.
 */
export function nextMarked(text: string, table: Uint8Array | Uint32Array, from: number): number {
  for (let i = from, n = text.length; i < n; i++) if (table[text.charCodeAt(i)] !== 0) return i
  return -1
}
