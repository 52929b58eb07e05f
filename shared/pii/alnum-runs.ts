/**
 * One pass over the Latin-alphanumeric runs of the normalised text, shared by every detector whose
 * matches start at a digit or a Latin letter. Each of those used to run its own global regex over the
 * whole text — five full passes, most of the scanner's per-character cost on Chinese prose. Now one
 * regex finds the runs, this pass notes where each detector's match could begin, and each detector
 * runs its regex sticky at just those places, which yields the same matches (see each start set).
 */
export type Starts = { at: Int32Array; count: number }

export type AlnumRuns = {
  /** runs of 8+ characters as flattened [start, end) pairs, ascending: document-number tokens */
  tokens: Starts
  /**
   * digits not preceded by a digit whose next 7 characters are all digits, spaces, dots, hyphens, line
   * breaks or X: where a digit run (digit-runs.ts) or a dotted quad (ip.ts) may start
   */
  numbers: Starts
  /** a province character right before a run: where a licence plate may start */
  plates: Starts
  /** 使 right before a run, or a run starting WJ: where a special plate may start */
  specialPlates: Starts
}

const RUN = /[0-9A-Za-z]+/g
export const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
const SHI = 0x4f7f // 使

// per UTF-16 unit: 1 = may continue a number (0-9 space . - \n X x \r), 2 = province character
const CLASS = new Uint8Array(65536)
for (const c of '0123456789 .-\nXx\r') CLASS[c.charCodeAt(0)] = 1
for (const c of PROVINCES) CLASS[c.charCodeAt(0)] = 2

function list(): Starts {
  return { at: new Int32Array(64), count: 0 }
}

function add(l: Starts, v: number): void {
  if (l.count === l.at.length) {
    const bigger = new Int32Array(l.at.length * 2)
    bigger.set(l.at)
    l.at = bigger
  }
  l.at[l.count++] = v
}

/** Whether text[p, p+7) all may belong to a number — the digit-run regex's look-ahead. */
function numberWindow(text: string, p: number): boolean {
  if (p + 7 > text.length) return false
  for (let i = p + 1; i < p + 7; i++) if (CLASS[text.charCodeAt(i)] !== 1) return false
  return true
}

export function findAlnumRuns(text: string): AlnumRuns {
  const out: AlnumRuns = { tokens: list(), numbers: list(), plates: list(), specialPlates: list() }
  RUN.lastIndex = 0
  // test(), not exec(): no match object per run (a dense text has a million runs); the run is
  // recovered by walking back from where the regex stopped
  while (RUN.test(text)) {
    const e = RUN.lastIndex
    let s = e - 1
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--
    if (e - s >= 8) {
      add(out.tokens, s)
      add(out.tokens, e)
    }
    const before = text.charCodeAt(s - 1)
    if (CLASS[before] === 2) add(out.plates, s - 1)
    if (before === SHI) add(out.specialPlates, s - 1)
    else if (text.charCodeAt(s) === 87 && text.charCodeAt(s + 1) === 74) add(out.specialPlates, s)
    let prevDigit = false
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i)
      const digit = c >= 48 && c <= 57
      if (digit && !prevDigit && numberWindow(text, i)) add(out.numbers, i)
      prevDigit = digit
    }
  }
  return out
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * Calls `onMatch(start, end)` for each match of the sticky regex `re` tried at `starts` (ascending),
 * skipping starts inside the previous match — what a global regex scan would report, provided every
 * match can only begin at one of `starts`. Uses test(): callers slice what they need.
 */
export function matchAt(text: string, re: RegExp, starts: Starts, onMatch: (start: number, end: number) => void): void {
  let next = 0
  const { at, count } = starts
  for (let k = 0; k < count; k++) {
    const p = at[k]
    if (p < next) continue
    re.lastIndex = p
    if (!re.test(text)) continue
    const end = re.lastIndex
    onMatch(p, end)
    next = Math.max(p + 1, end)
  }
}
