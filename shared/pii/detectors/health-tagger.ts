/**
 * 病情的字 — which characters of a clause belong to someone's condition, read by a small statistical tagger rather
 * than word by word: for each character, a logistic model over the characters around it (health-tagger-features.ts),
 * then a second over what the first made of its neighbours (health-tagger-boundary.ts). A run of characters the
 * second puts inside a condition is a span. What the lexicon and the grammar of complaints do
 * not reach (腿肿得按下去一个坑, 屙咗三四次夜尿) still shares characters and pairs with what they do, and the tagger says
 * where it starts and ends, not only that a clause tells of an ailment. The weights are data
 * (data/health-tagger-weights.ts), fitted by scripts/pii-fit-health-tagger.ts on the labelled notices already seen,
 * never on a blind set before it is scored.
 */
import type { ColumnKind } from '../column-kind'
import type { ScanContext } from '../scan-context'
import { healthBoundaryBias, healthBoundaryFingerprints, healthBoundaryQuantum, healthBoundaryWeights, healthTaggerBias, healthTaggerFingerprints, healthTaggerQuantum, healthTaggerWeights } from '../data/health-tagger-weights'
import { clauseContextTable, clausesNear, clausesOf } from './health-clause-model'
import { personWordsIn } from './health-text'
import { cutAndTrim } from './health-tagger-spans'
import { reasonWith, type Reason } from '../reasons'
import { scores } from '../data/scores'
import type { Candidate } from '../types'
import { base64Decode } from '../../crypto/base64'
import { featureParts, hashOf, interleave, lookUpSlots, tagWith, taggerOf } from './health-tagger-features'
import { type Boundary, boundaryWith } from './health-tagger-boundary'

/** A character inside a run is at or above INSIDE; a run is a span when one of its characters reaches SEED. */
export const INSIDE = 0.3
export const SEED = 0.6
/** One character at or above GAP between two inside joins them (白内障手|术 → one span). */
export const GAP = 0.1

/** The weights' table (health-tagger-features.ts lookUp): fingerprints, and weights in units of healthTaggerQuantum. */
const SLOTS = interleave(base64Decode(healthTaggerFingerprints), new Int8Array(base64Decode(healthTaggerWeights).buffer))
const Q = healthTaggerQuantum

/** The model as the tagger reads it (health-tagger-features.ts taggerOf). */
const MODEL = taggerOf(SLOTS, healthTaggerBias, Q)

/** The second pass's table has 2^BOUNDARY_BITS slots. */
export const BOUNDARY_BITS = 17
const BOUNDARY: Boundary = { slots: interleave(base64Decode(healthBoundaryFingerprints), new Int8Array(base64Decode(healthBoundaryWeights).buffer)), bias: healthBoundaryBias, q: healthBoundaryQuantum, dense: null }

/**
 * A clause whose first pass leaves every character below this (INSIDE: not one character inside a run) is not read
 * again: no span comes of it. On all 1,417 labelled documents the findings are the ones a second pass over every
 * clause gives (a unit test checks a folder).
 */
export const BOUNDARY_FLOOR = 0.3

/**
 * The model's probability, for each character of the clause [s, e), that it belongs to someone's condition,
 * written to probs[0 .. e − s). `names` marks the characters of found names.
 */
export function tagClause(text: string, s: number, e: number, names: Uint8Array, person: boolean, probs: Float64Array, cutoff = -1e9): void {
  tagWith(MODEL, text, s, e, names, person, probs, cutoff)
}

/**
 * Where the single characters, the flags and the clause's head leave the sum this many units (of the quantum) below
 * the bias-adjusted logit of INSIDE (3 in the logit), the pairs and the triple are not looked up and the character is
 * outside: on every labelled notice the spans are the ones the whole sum gives (a unit test checks a sample of them).
 */
export const TAG_SKIP_MARGIN = 60
export function skipCutoff(margin = TAG_SKIP_MARGIN): number {
  return (Math.log(INSIDE / (1 - INSIDE)) - healthTaggerBias) / Q - margin
}

/**
 * The spans of `probs` (a clause's, from tagClause): runs of characters at or above INSIDE, one character at or
 * above GAP between two inside joined, kept where one character reaches SEED and the run has two or more. Pushed to
 * `out` as start, end (offsets from the clause's start) and the run's highest probability.
 */
export function runsOf(probs: ArrayLike<number>, n: number, out: number[], inside = INSIDE, seed = SEED, gap = GAP): void {
  let runStart = -1
  let best = 0
  for (let i = 0; i <= n; i++) {
    let p = i < n ? (probs[i] ?? 0) : 0
    if (p < inside && p >= gap && i > 0 && i + 1 < n && (probs[i - 1] ?? 0) >= inside && (probs[i + 1] ?? 0) >= inside) p = inside
    if (p >= inside) {
      if (runStart < 0) {
        runStart = i
        best = 0
      }
      if (p > best) best = p
    } else if (runStart >= 0) {
      if (best >= seed && i - runStart >= 2) out.push(runStart, i, best)
      runStart = -1
    }
  }
}

/**
 * The tagger over the whole text: for each clause (clausesOf), the first pass, then — where it found anything — the
 * second (health-tagger-boundary.ts), whose runs are the spans, as start, end, highest probability triples in text
 * offsets. `names` marks the characters of found names.
 */
export function taggedConditions(text: string, names: Uint8Array, cutoff = skipCutoff(), near: Int32Array | null = null, words?: readonly number[], skip?: (s: number, e: number) => boolean, floor = BOUNDARY_FLOOR): number[] {
  const clauses = near ? clausesNear(text, near, NEAR) : clausesOf(text)
  const context = clauseContextTable(text, clauses, names, [], words)
  const first = new Float64Array(64)
  const probs = new Float64Array(64)
  const runs: number[] = []
  const out: number[] = []
  for (let k = 0; k < clauses.length; k += 2) {
    const s = clauses[k] ?? 0
    const e = clauses[k + 1] ?? 0
    if (skip?.(s, e)) continue
    tagClause(text, s, e, names, context.person[k / 2] === 1, first, cutoff)
    let top = 0
    for (let i = 0; i < e - s; i++) if ((first[i] ?? 0) > top) top = first[i] ?? 0
    if (top < floor) continue
    // the second pass reads where the first pass's condition starts and ends
    boundaryWith(BOUNDARY, text, s, e, names, first, probs)
    runs.length = 0
    runsOf(probs, e - s, runs)
    for (let r = 0; r < runs.length; r += 3) out.push(s + (runs[r] ?? 0), s + (runs[r + 1] ?? 0), runs[r + 2] ?? 0)
  }
  return out
}

/** The same sum over tagFeatures' keys: what the fitting script computes, for the test that the two agree. */
export function tagProbabilityOfFeatures(keys: readonly number[]): number {
  let sum = 0
  for (const k of keys) {
    const [kind, a, b, c] = featureParts(k)
    sum += lookUpSlots(SLOTS, hashOf(kind, a, b, c))
  }
  return 1 / (1 + Math.exp(-(healthTaggerBias + Q * sum)))
}

/** How far from a name, a person word or a HEALTH candidate a clause is still read. */
export const NEAR = 120

/** Columns whose cells hold a value, never a condition. */
const VALUE_COLUMNS = new Set<ColumnKind>(['name', 'idCard', 'phone', 'address', 'bank', 'dob', 'email', 'plate', 'passport', 'hkMacao', 'taiwan', 'uscc', 'ip', 'numbering'])

/** A found name: the tagger reads its characters as N. */
const NAME_FOUND = 0.5

/**
 * The tagger's spans in a scan: taggedConditions with the found names masked, each cut where another type's
 * reported candidate (a name, a date, an identifier) stands, and trimmed of what is not a word character at
 * either end. Start, end, probability triples.
 */
export function taggedConditionsIn(ctx: ScanContext): number[] {
  const text = ctx.text
  const names = tagNameMask(ctx)
  // only the clauses near a name, a person word or a HEALTH candidate: someone's condition is told near them (on
  // the labelled notices, 2 of 9,863 spans lie further than NEAR from all three), and a long stretch of policy
  // prose is not read at all
  const words: number[] = []
  personWordsIn(text, 0, text.length, words)
  const at: number[] = [...words]
  for (let i = 0; i < text.length; i++) if (names[i] && (i === 0 || !names[i - 1])) at.push(i)
  for (const c of ctx.out) if (c.type === 'HEALTH') at.push(c.start)
  const near = Int32Array.from(at).sort()
  // a cell of a column that holds names, numbers, dates or addresses is no condition (a long list is mostly those)
  const tables = ctx.tables
  const inValueCell = (cs: number, ce: number): boolean => {
    if (!tables.count) return false
    const i = tables.indexAt(cs)
    return i >= 0 && (tables.starts[i] ?? 0) <= cs && ce <= (tables.ends[i] ?? 0) && VALUE_COLUMNS.has(tables.kindOf(i))
  }
  const runs = taggedConditions(text, names, skipCutoff(), near, words, inValueCell)
  if (!runs.length) return runs
  const taken = Uint8Array.from(names)
  for (const c of ctx.out) if (c.type !== 'HEALTH' && c.confidence >= NAME_FOUND) taken.fill(1, c.start, c.end)
  return cutAndTrim(text, runs, taken)
}

/** The characters the tagger reads as N: every found name, and its given name, wherever they stand. */
export function tagNameMask(ctx: ScanContext): Uint8Array {
  const text = ctx.text
  const names = new Uint8Array(text.length)
  // a found name, and its given name, wherever else they stand: the scan reports those mentions after this
  // (the repeated-name pass), so the tagger must neither read them as a condition nor cover them
  const said = new Set<string>()
  for (const c of ctx.names) {
    if (c.confidence < NAME_FOUND) continue
    names.fill(1, c.start, c.end)
    if (c.end - c.start >= 2) said.add(text.slice(c.start, c.end))
    if (c.end - c.start === 3) said.add(text.slice(c.start + 1, c.end))
  }
  if (!said.size) return names
  // one pass over the text, trying only where a said name's first two characters stand
  const byPair = new Map<number, string[]>()
  const first = new Uint8Array(65536)
  for (const n of said) {
    const key = n.charCodeAt(0) * 65536 + n.charCodeAt(1)
    const list = byPair.get(key)
    if (list) list.push(n)
    else byPair.set(key, [n])
    first[n.charCodeAt(0)] = 1
  }
  for (let i = 0; i + 1 < text.length; i++) {
    if (first[text.charCodeAt(i)] !== 1) continue
    const list = byPair.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))
    if (list) for (const n of list) if (text.startsWith(n, i)) names.fill(1, i, i + n.length)
  }
  return names
}

/** What, on an unsure candidate, rules its place out for the tagger: it names a group, a programme or advice. */
const RULED_OUT = new Set<string>(['statistics', 'programme', 'healthOrganisation', 'healthPopulation', 'noPersonInDocument', 'healthNonHuman', 'healthProduct', 'advice', 'negated'])

/** a number alone, as the tagger may read one (a vote's 17/0/0, a date's 12/10 in a table cell) */
const BARE_NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/

/**
 * The tagger's spans in a scan, reported. Where a reported finding already holds some of a span's characters it grows
 * forward to hold the rest (the whole condition: 腹胀 → 腹胀明显; only forward, since the rules chose a finding's start
 * against what stands before it — a verb, a name, 双眼). Elsewhere a span is a finding of its own where `admit` says
 * the place is about someone, unless the rules ruled that place out (a programme, advice, a class of people).
 */
export function addTaggedConditions(ctx: ScanContext, admit: (start: number, end: number) => boolean, push: (start: number, end: number, confidence: number, rule: string, reasons: Reason[]) => void): void {
  const S = scores.health
  const tagged = taggedConditionsIn(ctx)
  if (!tagged.length) return
  const health: Candidate[] = ctx.out.filter((c) => c.type === 'HEALTH').sort((x, y) => x.start - y.start)
  for (let k = 0; k < tagged.length; k += 3) {
    const a = tagged[k] ?? 0
    const b = tagged[k + 1] ?? 0
    const p = tagged[k + 2] ?? 0
    let best: Candidate | null = null
    let ruledOut = false
    for (const c of health) {
      if (c.start >= b) break
      if (c.end <= a) continue
      if (c.confidence >= 0.5) {
        if (!best || c.confidence > best.confidence) best = c
      } else if (c.confidence <= S.ruledOut || c.reasons.some((r) => RULED_OUT.has(r.code))) ruledOut = true
    }
    if (best) {
      if (a <= best.end) best.end = Math.max(best.end, b)
      // a number alone (a vote's 17/0/0, a date's 12/10 in a table) is no condition by itself; beside one it may
      // be its value, above
    } else if (!ruledOut && !BARE_NUMBER.test(ctx.text.slice(a, b)) && admit(a, b)) push(a, b, Math.min(p, S.taggerCap), 'health-tagger', [reasonWith('healthTagged', { value: p.toFixed(2) })])
  }
}
