/**
 * Numeric identifiers (身份证, mobile, landline, bank card, 台胞证 digits) from runs of digits.
 * A run may contain single spaces, hyphens, dots or one line break between digit groups; the best
 * segmentation of a run into identifiers is chosen by dynamic programming over its groups, so
 * "1 2133070077 371302199111184338" yields the ID alone and "440305 19441004 2907" one ID.
 */
import { alnumRuns, type ScanContext } from '../scan-context'
import { reason } from '../reasons'
import { matchAt } from '../alnum-runs'
import { cellSeparatorOnLine } from '../table-lines'
import { classifyByShape, classifyDigits, type Classified, type Shape } from './classify-digits'
import { applyNumericContext } from './numeric-context'
import { ctx as C, labelBefore } from '../context'
import { scores } from '../data/scores'

const S = scores['digit-runs']

/**
 * Tried only at alnum-runs.ts's `numbers`: a match never starts after a digit (where the look-ahead
 * fails at one digit it fails at every later digit before the offending character), and the look-ahead
 * is the window test that list applies, so these are all the places a global scan could match.
 */
const RUN = /(?=[0-9 .\-\nXx\r]{7})\d+(?:(?: ?- ?| |\.|\r?\n *)\d+)*(?:[Xx](?:[0-9]{2})?(?![A-Za-z0-9]))?/y
const MAX_GROUPS_PER_SEGMENT = 6
const IPV4_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/

// separator kinds between digit groups, as small integers while segmenting, as strings in a Shape
const NL = 0
const DASH = 1
const DOT = 2
const SPACE = 3
// a line break between two rows of a tab-separated table: no number runs across it (a mobile's last cell,
// then the next row's 序号)
const ROW_BREAK = 4
const SEP_NAMES = ['nl', '-', '.', ' ', 'nl']

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isDigitOrX(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 88 || c === 120
}

const ONE_GROUP: Shape[] = Array.from({ length: 21 }, (_, n) => ({ groups: [n], seps: [] }))

/** Per-run scratch: group bounds, separator kinds, DP state. Reused, as runs are processed one at a time. */
const gStart: number[] = []
const gEnd: number[] = []
const sepKinds: number[] = []
// scores in Float64Arrays: a plain array written out of order turns generic and boxes every double
let best = new Float64Array(64)
const choiceFrom: number[] = []
const choiceC: (Classified | null)[] = []
const segScore = new Float64Array(MAX_GROUPS_PER_SEGMENT)
const segC: (Classified | null)[] = []

function sepKindAt(text: string, s: number, e: number): number {
  let dash = false
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) return inTableRow(text, i) ? ROW_BREAK : NL
    if (c === 45) dash = true
  }
  if (dash) return DASH
  return e - s === 1 && text.charCodeAt(s) === 46 ? DOT : SPACE
}

/** Whether the line that ends or the line that starts at the break `at` holds a tab: a table's row, not a wrapped number. */
function inTableRow(text: string, at: number): boolean {
  return cellSeparatorOnLine(text, at, -1) || cellSeparatorOnLine(text, at, 1)
}

/** Whether group `i` reads "86" or "0086" (a country code may be set off differently from the number). */
function isCountryCode(text: string, i: number): boolean {
  const s = gStart[i]
  const len = gEnd[i] - s
  if (len === 2) return text.startsWith('86', s)
  return len === 4 && text.startsWith('0086', s)
}

/** Whether group `i` looks like a long-distance area code (0 + 2-3 digits). */
function isAreaCode(text: string, i: number): boolean {
  const len = gEnd[i] - gStart[i]
  return (len === 3 || len === 4) && text.charCodeAt(gStart[i]) === 48
}

/** Separators of groups [i, j] consistent (one kind, at most one line break)? Mirrors how the shape is read. */
function consistent(text: string, i: number, j: number): boolean {
  let kind = -1
  let nl = 0
  for (let k = i; k < j; k++) {
    const s = sepKinds[k]
    if (s === ROW_BREAK) return false
    if (s === NL) nl++
    // a country code or a 长途区号 may be set off differently from the number: 0431-8595 2618
    else if (k === i && (isCountryCode(text, i) || isAreaCode(text, i))) continue
    else if (kind >= 0 && kind !== s) return false
    else kind = s
  }
  return nl <= 1
}

/**
 * Groups [i, j] written as a bank card is printed: four digits a group, the last one to four, four groups
 * at least (6230 5210 1381 2345 678). Read whole, such a run is one card; its tail is never a phone number.
 */
function cardGrouped(i: number, j: number): boolean {
  if (j - i < 3) return false
  for (let k = i; k < j; k++) if (gEnd[k] - gStart[k] !== 4 || sepKinds[k] === NL) return false
  return gEnd[j] - gStart[j] <= 4
}

/** An ID's check character typed in lower case, at the end or before a 残疾人证 suffix (…x12). */
function upper(v: string): string {
  return v.charCodeAt(v.length - 1) === 120 || v.charCodeAt(v.length - 3) === 120 ? v.toUpperCase() : v
}

/** The run's digits without separators (upper case; null until needed), and where each group starts in it. */
let runDigits: string | null = null
let groupCount = 0
const digitOffset: number[] = []

/**
 * Reading of groups [i, j]: settled from its shape when that suffices (most segments of a dated run,
 * 2024-03-15), else from a slice of the run's digits — not a fresh concatenation per segment.
 */
function classifySegment(text: string, i: number, j: number, todayKey: number): Classified | null {
  let dotted = false
  for (let k = i; k < j; k++) if (sepKinds[k] === DOT) dotted = true
  const from = digitOffset[i]
  const to = digitOffset[j + 1]
  const last = text.charCodeAt(gEnd[j] - 1)
  const quick = classifyByShape(to - from, text.charCodeAt(gStart[i]), last === 120 ? 88 : last, dotted)
  if (quick !== undefined) return quick
  // the run's digits, built once per run and only when some segment needs them
  if (runDigits === null) {
    let digits = ''
    for (let k = 0; k < groupCount; k++) digits += text.slice(gStart[k], gEnd[k])
    runDigits = upper(digits)
  }
  const v = runDigits.slice(from, to)
  if (i === j) return classifyDigits(v, ONE_GROUP[v.length] ?? { groups: [v.length], seps: [] }, todayKey)
  const groups: number[] = []
  const seps: string[] = []
  for (let k = i; k <= j; k++) {
    groups.push(gEnd[k] - gStart[k])
    if (k < j) seps.push(SEP_NAMES[sepKinds[k]])
  }
  return classifyDigits(v, { groups, seps }, todayKey)
}

function segmentRun(ctx: ScanContext, runStart: number, runEnd: number, letterBefore: boolean, letterAfter: boolean): void {
  const text = ctx.text
  let n = 0
  for (let i = runStart; i < runEnd; ) {
    const s = i
    while (i < runEnd && isDigitOrX(text.charCodeAt(i))) i++
    gStart[n] = s
    gEnd[n] = i
    n++
    const sepStart = i
    while (i < runEnd && !isDigitOrX(text.charCodeAt(i))) i++
    if (i > sepStart) sepKinds[n - 1] = sepKindAt(text, sepStart, i)
  }
  let offset = 0
  for (let k = 0; k < n; k++) {
    digitOffset[k] = offset
    offset += gEnd[k] - gStart[k]
  }
  digitOffset[n] = offset
  runDigits = null
  groupCount = n
  // best[k] = best total score for groups[0..k); choice[k] = segment start and reading, or none
  if (best.length < n + 1) best = new Float64Array(2 * n + 2)
  best[0] = 0
  for (let k = 1; k <= n; k++) {
    // readings of every segment ending at group k-1, gathered right to left (lengths add up) …
    const lo = Math.max(0, k - MAX_GROUPS_PER_SEGMENT)
    let len = 0
    for (let from = k - 1; from >= lo; from--) {
      len += gEnd[from] - gStart[from]
      segC[from - lo] = null
      if (len < 7 || len > 20) continue
      // glued to letters: part of a passport, permit, plate or code, not a number on its own
      if (((from === 0 && letterBefore) || (k === n && letterAfter)) && len < 11) continue
      if (!consistent(text, from, k - 1)) continue
      const c = classifySegment(text, from, k - 1, ctx.todayKey)
      if (!c) continue
      let hasNl = false
      for (let q = from; q < k - 1; q++) if (sepKinds[q] === NL) hasNl = true
      segC[from - lo] = c
      // a hair of credit per digit covered: on a tie, the reading that explains more of the run wins
      // a whole run of 16-19 digits that fails Luhn is still read as one card, not as pieces: the
      // label decides (numeric-context.ts), and a tail must not become a number of its own. Printed in
      // a card's groups, or after a card's label, the whole run is the card whatever its pieces could be.
      const whole = from === 0 && k === n
      const grouped = whole && c.type === 'BANK_CARD' && cardGrouped(from, k - 1)
      const asCard = grouped || (whole && c.type === 'BANK_CARD' && labelBefore(text, runStart, C.bank, 16) !== null)
      const conf = asCard ? S.segmentCardGroups : c.weak && c.type === 'BANK_CARD' && whole ? S.segmentWeakWholeCard : c.confidence
      if (grouped) segC[from - lo] = { ...c, cardGroups: true }
      segScore[from - lo] = best[from] + conf * (hasNl ? S.segmentAcrossLineBreak : 1) + len * 1e-4
    }
    // … then chosen left to right, a later one only if strictly better: best[k] = best score for
    // groups[0..k), choice[k] = the segment start and reading that reach it, or none
    best[k] = best[k - 1]
    choiceC[k] = null
    for (let from = lo; from < k; from++) {
      const c = segC[from - lo]
      if (c && segScore[from - lo] > best[k] + 1e-9) {
        best[k] = segScore[from - lo]
        choiceFrom[k] = from
        choiceC[k] = c
      }
    }
  }
  for (let k = n; k > 0; ) {
    const c = choiceC[k]
    if (!c) {
      k--
      continue
    }
    const from = choiceFrom[k]
    applyNumericContext(ctx, gStart[from], gEnd[k - 1], c)
    k = from
  }
}

export function detectDigitRuns(ctx: ScanContext): void {
  const text = ctx.text
  const runs = alnumRuns(ctx)
  matchAt(text, RUN, runs.numbers, (runStart, runEnd) => {
    const len = runEnd - runStart
    if (len < 7) return
    let separated = false
    for (let i = runStart; i < runEnd && !separated; i++) separated = !isDigitOrX(text.charCodeAt(i))
    // IPv4 and version strings belong to the IP detector
    if (separated && IPV4_LIKE.test(text.slice(runStart, runEnd))) return
    const letterBefore = isLetter(text.charCodeAt(runStart - 1))
    const letterAfter = isLetter(text.charCodeAt(runEnd))
    if (!separated) {
      // the common case: one unbroken run of digits
      if (len > 20 || ((letterBefore || letterAfter) && len < 11)) return
      const c = classifyDigits(upper(text.slice(runStart, runEnd)), ONE_GROUP[len], ctx.todayKey)
      if (c) applyNumericContext(ctx, runStart, runEnd, c)
      return
    }
    segmentRun(ctx, runStart, runEnd, letterBefore, letterAfter)
  })
}

/** "(0551)62723683", "（0551）6272 3683-801": an area code in brackets, which breaks a digit run. */
const PAREN_LANDLINE = /[(（](0[0-9]{2,3})[)）] ?([2-9][0-9]{2,3})[ -]?([0-9]{4})(?:(?:转|分机|-)([0-9]{1,5}))?(?![0-9])/y

export function detectBracketedLandlines(ctx: ScanContext): void {
  const text = ctx.text
  // tried only where a bracket stands before a run starting 0 (alnum-runs.ts): the only places it can match
  const { at, count } = alnumRuns(ctx).bracketedAreaCodes
  let next = 0
  for (let k = 0; k < count; k++) {
    if (at[k] < next) continue
    PAREN_LANDLINE.lastIndex = at[k]
    const m = PAREN_LANDLINE.exec(text)
    if (!m) continue
    next = m.index + m[0].length
    const v = `${m[1]}${m[2]}${m[3]}${m[4] ?? ''}`
    const groups = [m[1].length, m[2].length + m[3].length, ...(m[4] ? [m[4].length] : [])]
    const c = classifyDigits(v, { groups, seps: groups.slice(1).map(() => '-') }, ctx.todayKey)
    if (c?.type === 'LANDLINE') applyNumericContext(ctx, m.index, next, { ...c, reasons: [...c.reasons, reason('areaCodeBrackets')] })
  }
}
