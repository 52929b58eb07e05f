/**
 * Numeric identifiers (身份证, mobile, landline, bank card, 台胞证 digits) from runs of digits.
 * A run may contain single spaces, hyphens, dots or one line break between digit groups; the best
 * segmentation of a run into identifiers is chosen by dynamic programming over its groups, so
 * "1 2133070077 371302199111184338" yields the ID alone and "440305 19441004 2907" one ID.
 */
import type { ScanContext } from '../scan-context'
import { classifyDigits, type Classified } from './classify-digits'
import { applyNumericContext } from './numeric-context'

const RUN = /(?=[0-9 .\-\nXx\r]{7})\d+(?:(?: ?- ?| |\.|\r?\n *)\d+)*(?:[Xx](?![A-Za-z0-9]))?/g
const MAX_GROUPS_PER_SEGMENT = 6

type Group = { start: number; end: number }

const SEPARATED = /[^0-9Xx]/

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}
const ONE_GROUP: { groups: number[]; seps: string[] }[] = Array.from({ length: 21 }, (_, n) => ({ groups: [n], seps: [] }))

function sepKind(s: string): string {
  if (s.includes('\n')) return 'nl'
  if (s.includes('-')) return '-'
  if (s === '.') return '.'
  return ' '
}

/** Segment of groups [i, j] → compact value and shape, or null if its separators are mixed. */
function segment(text: string, groups: Group[], seps: string[], i: number, j: number): { v: string; lens: number[]; seps: string[] } | null {
  if (i === j) {
    const g = groups[i]
    return { v: text.slice(g.start, g.end).toUpperCase(), lens: [g.end - g.start], seps: [] }
  }
  const lens: number[] = []
  const segSeps: string[] = []
  let v = ''
  let kind = ''
  let nl = 0
  for (let k = i; k <= j; k++) {
    const g = groups[k]
    v += text.slice(g.start, g.end)
    lens.push(g.end - g.start)
    if (k < j) {
      const s = seps[k]
      segSeps.push(s)
      if (s === 'nl') nl++
      // a country code may be set off differently from the number itself ("+86 138-1234-5678")
      else if (k === i && (v === '86' || v === '0086')) continue
      else if (kind && kind !== s) return null
      else kind = s
    }
  }
  if (nl > 1) return null
  return { v: v.toUpperCase(), lens, seps: segSeps }
}

export function detectDigitRuns(ctx: ScanContext): void {
  const text = ctx.text
  RUN.lastIndex = 0
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const runStart = m.index
    const runText = m[0]
    if (runText.length < 7) continue
    // IPv4 and version strings belong to the IP detector
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(runText)) continue
    const runEnd = runStart + runText.length
    const letterBefore = isLetter(text.charCodeAt(runStart - 1))
    const letterAfter = isLetter(text.charCodeAt(runEnd))
    if (!SEPARATED.test(runText)) {
      // the common case: one unbroken run of digits
      if (runText.length > 20 || ((letterBefore || letterAfter) && runText.length < 11)) continue
      const last = runText.charCodeAt(runText.length - 1)
      const c = classifyDigits(last === 120 ? runText.toUpperCase() : runText, ONE_GROUP[runText.length] ?? { groups: [runText.length], seps: [] }, ctx.today)
      if (c) applyNumericContext(ctx, runStart, runEnd, c)
      continue
    }
    const groups: Group[] = []
    const seps: string[] = []
    let i = 0
    while (i < runText.length) {
      const s = i
      for (let c = runText.charCodeAt(i); (c >= 48 && c <= 57) || c === 88 || c === 120; c = runText.charCodeAt(++i));
      groups.push({ start: runStart + s, end: runStart + i })
      const sepStart = i
      for (let c = runText.charCodeAt(i); i < runText.length && !(c >= 48 && c <= 57); c = runText.charCodeAt(++i));
      if (i > sepStart) seps.push(sepKind(runText.slice(sepStart, i)))
    }
    const n = groups.length
    // best[k] = best total score for groups[0..k); choice[k] = [segment start, classified] or null
    const best = new Float64Array(n + 1)
    const choice: ({ from: number; c: Classified } | null)[] = new Array<{ from: number; c: Classified } | null>(n + 1).fill(null)
    for (let k = 1; k <= n; k++) {
      best[k] = best[k - 1]!
      choice[k] = null
      for (let from = Math.max(0, k - MAX_GROUPS_PER_SEGMENT); from < k; from++) {
        const seg = segment(text, groups, seps, from, k - 1)
        if (!seg || seg.v.length < 7 || seg.v.length > 20) continue
        // glued to letters: part of a passport, permit, plate or code, not a number on its own
        if ((from === 0 && letterBefore) || (k === n && letterAfter)) if (seg.v.length < 11) continue
        const c = classifyDigits(seg.v, { groups: seg.lens, seps: seg.seps }, ctx.today)
        if (!c) continue
        // a hair of credit per digit covered: on a tie, the reading that explains more of the run wins
        const score = best[from] + c.confidence * (seg.seps.includes('nl') ? 0.9 : 1) + seg.v.length * 1e-4
        if (score > best[k] + 1e-9) {
          best[k] = score
          choice[k] = { from, c }
        }
      }
    }
    for (let k = n; k > 0; ) {
      const ch = choice[k]
      if (!ch) {
        k--
        continue
      }
      const start = groups[ch.from].start
      const end = groups[k - 1].end
      applyNumericContext(ctx, start, end, ch.c)
      k = ch.from
    }
  }
}

/** "(0551)62723683", "（0551）6272 3683-801": an area code in brackets, which breaks a digit run. */
const PAREN_LANDLINE = /[(（](0[0-9]{2,3})[)）] ?([2-9][0-9]{2,3})[ -]?([0-9]{4})(?:(?:转|分机|-)([0-9]{1,5}))?(?![0-9])/g

export function detectBracketedLandlines(ctx: ScanContext): void {
  const text = ctx.text
  if (!text.includes('(0') && !text.includes('（0')) return
  PAREN_LANDLINE.lastIndex = 0
  for (let m = PAREN_LANDLINE.exec(text); m; m = PAREN_LANDLINE.exec(text)) {
    const v = `${m[1]}${m[2]}${m[3]}${m[4] ?? ''}`
    const groups = [m[1].length, (m[2].length + m[3].length), ...(m[4] ? [m[4].length] : [])]
    const c = classifyDigits(v, { groups, seps: groups.slice(1).map(() => '-') }, ctx.today)
    if (c?.type === 'LANDLINE') applyNumericContext(ctx, m.index, m.index + m[0].length, { ...c, reasons: [...c.reasons, 'area code in brackets'] })
  }
}
