/**
 * The Latin-alphanumeric runs of the normalised text, met once and shared by every detector whose
 * matches start at (or right before) a digit or a Latin letter: digit runs, document numbers, IPv4,
 * plates, "1985年…出生", "长江路12号". Each of those used to run its own global regex over the whole
 * text — most of the scanner's per-character cost on Chinese prose. Now the lexicon pass hands each run
 * to onRun (lexicon-index.ts), which notes where each detector's match could begin, and each detector
 * runs its regex sticky at just those places: the same matches (see each start set), far fewer tries.
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
  /** four characters before a run's end when 年 follows it: where "1985年5月出生" may start */
  years: Starts
  /** a bracket right before a run starting 0: where "(0551)62723683" may start */
  bracketedAreaCodes: Starts
  /** a road word (路, 街, 大道 …) right before a run: where "长江路12号" may start */
  roadNumbers: Starts
  /** four digits followed by . - or / (1991.11生, 1979-11-02出生) */
  dottedYears: Starts
}

/** for findAlnumRuns only: finds a run's first character, the run itself is walked with char codes */
const RUN = /[0-9A-Za-z]+/g
export const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
const SHI = 0x4f7f // 使
const NIAN = 0x5e74 // 年
const DA = 0x5927 // 大
const DAO = 0x9053 // 道
const JIE = 0x8857 // 街
const HU = 0x80e1 // 胡
const TONG = 0x540c // 同

// per UTF-16 unit: 1 = may continue a number (0-9 space . - \n X x \r), 2 = province character,
// 3 = last character of a road word
const CLASS = new Uint8Array(65536)
for (const c of '0123456789 .-\nXx\r') CLASS[c.charCodeAt(0)] = 1
for (const c of PROVINCES) CLASS[c.charCodeAt(0)] = 2
for (const c of '路街巷弄道同') CLASS[c.charCodeAt(0)] = 3

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

/**
 * Collects runs as the lexicon pass meets them (lexicon-index.ts calls `onRun` at each run's first
 * character): one walk over the text serves both, and no regex match is made per run.
 */
export function alnumCollector(): { onRun: (text: string, start: number) => number; result: AlnumRuns } {
  const result: AlnumRuns = { tokens: list(), numbers: list(), plates: list(), specialPlates: list(), years: list(), bracketedAreaCodes: list(), roadNumbers: list(), dottedYears: list() }
  const onRun = (text: string, s: number): number => {
    let e = s
    let prevDigit = false
    for (let c = text.charCodeAt(e); isAlnum(c); c = text.charCodeAt(++e)) {
      const digit = c <= 57
      if (digit && !prevDigit && numberWindow(text, e)) add(result.numbers, e)
      prevDigit = digit
    }
    if (e - s >= 8) {
      add(result.tokens, s)
      add(result.tokens, e)
    }
    const before = text.charCodeAt(s - 1)
    if (CLASS[before] === 2) add(result.plates, s - 1)
    // 皖 A 5K321: the province set off by a space
    else if (before === 32 && CLASS[text.charCodeAt(s - 2)] === 2) add(result.plates, s - 2)
    if (before === SHI) add(result.specialPlates, s - 1)
    else if (text.charCodeAt(s) === 87 && text.charCodeAt(s + 1) === 74) add(result.specialPlates, s)
    if (e - s >= 4 && text.charCodeAt(e) === NIAN) add(result.years, e - 4)
    if (e - s === 4) {
      const sep = text.charCodeAt(e)
      if (sep === 46 || sep === 45 || sep === 47) add(result.dottedYears, s)
    }
    if ((before === 40 || before === 0xff08) && text.charCodeAt(s) === 48) add(result.bracketedAreaCodes, s - 1)
    if (CLASS[before] === 3) {
      // 大道, 大街, 胡同 start one character earlier than 路, 街, 巷, 弄 (and are tried first)
      const two = text.charCodeAt(s - 2)
      if ((two === DA && (before === DAO || before === JIE)) || (two === HU && before === TONG)) add(result.roadNumbers, s - 2)
      if (before !== DAO && before !== TONG) add(result.roadNumbers, s - 1)
    }
    return e
  }
  return { onRun, result }
}

/** The runs of `text` on their own (when no lexicon pass collected them). */
export function findAlnumRuns(text: string): AlnumRuns {
  const { onRun, result } = alnumCollector()
  RUN.lastIndex = 0
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) RUN.lastIndex = onRun(text, m.index)
  return result
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

