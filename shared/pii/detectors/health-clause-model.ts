/**
 * 病情的句子 — a clause that tells of someone's ailment, read by a small statistical model rather than by its
 * words one by one: what the grammar of complaints (health-colloquial.ts) and the lexicon do not reach (肚子鼓得跟扣了
 * 口锅一样, 一宿一宿地不合眼) is often still said in the characters and pairs of characters such clauses share. A clause
 * is cut at sentence and clause punctuation; its features are its characters and character pairs (digits as 0,
 * Latin letters as a, the characters of a found name as N), its first and last characters, and its length band.
 * The weights are data (data/health-clause-weights.ts), fitted by scripts/pii-fit-health-clauses.ts on the labelled
 * notices already seen, never on a blind set before it is scored.
 */
import { healthClauseBias, healthClauseWeights } from '../data/health-clause-weights'
import { CodeSet } from '../int-tables'
import { personWordsIn } from './health-text'
import { T_DIGIT, T_LATIN, T_NAME, charToken } from './health-tagger-features'

/** Where clauses end: sentence and clause punctuation, quotation marks and line breaks (not 、, which lists). */
const BREAK = new CodeSet('，,。；;！？!?\n：:“”"「」『』【】\t')

function isSpace(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 0xa0 || (c >= 9 && c <= 13)
}

/** Clauses of `text` as [start, end) pairs, trimmed of spaces; only those a complaint could be (2–60 characters). */
export function clausesOf(text: string): number[] {
  const out: number[] = []
  clausesBetween(text, 0, text.length, out)
  return out
}

/**
 * The clauses of clausesOf that start in [from, to), `from` a clause's start (0 or just after a break), pushed to
 * `out`: the same clauses, read only where they are wanted.
 */
function clausesBetween(text: string, from: number, to: number, out: number[]): void {
  let s = from
  for (let i = from; i <= text.length && s < to; i++) {
    if (i < text.length && !BREAK.has(text.charCodeAt(i))) continue
    let a = s
    let b = i
    while (a < b && isSpace(text.charCodeAt(a))) a++
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--
    if (b - a >= 2 && b - a <= MAX_CLAUSE) out.push(a, b)
    s = i + 1
  }
}

/** A clause longer than this is no complaint (and is not read). */
export const MAX_CLAUSE = 60

/**
 * The clauses within `reach` characters of the sorted positions `at` (and the one before each such run, which a
 * clause's person may come from): the clauses of clausesOf there, in order, without cutting the rest of the text.
 */
export function clausesNear(text: string, at: Int32Array, reach: number): number[] {
  const out: number[] = []
  let done = 0
  for (let k = 0; k < at.length; ) {
    let ws = Math.max(done, (at[k] ?? 0) - reach - MAX_CLAUSE - 2)
    let we = (at[k] ?? 0) + reach
    while (++k < at.length && (at[k] ?? 0) - reach - MAX_CLAUSE - 2 <= we) we = (at[k] ?? 0) + reach
    // start at a clause's start: after the break before ws, or (none within a clause's length) after the next one
    let b = ws
    while (b > done && ws - b <= MAX_CLAUSE + 2 && !BREAK.has(text.charCodeAt(b - 1))) b--
    if (b > done && !BREAK.has(text.charCodeAt(b - 1))) {
      while (ws < text.length && !BREAK.has(text.charCodeAt(ws))) ws++
      b = ws + 1
    }
    const before = out.length
    clausesBetween(text, b, Math.min(text.length + 1, we), out)
    // a clause already taken by the run before is not taken twice
    if (before >= 2 && out.length > before && (out[before] ?? 0) <= (out[before - 2] ?? 0)) out.splice(before, 2)
    done = Math.max(done, we)
  }
  return out
}

/** One character as the model reads it (charToken): a digit 0, a Latin letter a, a character of a found name N. */
function token(text: string, i: number, names: Uint8Array): string {
  return String.fromCharCode(charToken(text, i, names))
}

/**
 * What the rest of the engine already read in a clause: each HEALTH candidate's rule with its confidence in
 * tenths (`C:health-symptom:3`), however unsure; and whether a name or a person word opens the clause or stands in
 * the one before it in the sentence.
 */
export type ClauseContext = { rules: string[]; person: boolean }

/** The clause's features (with repeats: a feature counts once per occurrence). */
export function clauseFeatures(text: string, s: number, e: number, names: Uint8Array, context: ClauseContext): string[] {
  const toks: string[] = []
  for (let i = s; i < e; i++) {
    const t = token(text, i, names)
    // a run of name characters, digits or letters is one token
    if ((t === 'N' || t === '0' || t === 'a') && toks[toks.length - 1] === t) continue
    toks.push(t)
  }
  const f: string[] = [`^${toks[0] ?? ''}`, `${toks[toks.length - 1] ?? ''}$`, `#${toks.length < 5 ? 's' : toks.length < 12 ? 'm' : toks.length < 25 ? 'l' : 'x'}`]
  for (const r of context.rules) f.push(r)
  if (context.person) f.push('@person')
  for (let i = 0; i < toks.length; i++) {
    f.push(toks[i] ?? '')
    if (i + 1 < toks.length) f.push(`${toks[i] ?? ''}${toks[i + 1] ?? ''}`)
  }
  return f
}

/** The weights by kind, keyed as numbers where the key is one or two characters: the scan allocates nothing per feature. */
const UNI = new Float64Array(65536)
/** character pairs in an open-addressing table of 32-bit keys (c1 << 16 | c2), so a look-up hashes no heap number */
const BI_BITS = 14
const BI_KEYS = new Int32Array(1 << BI_BITS).fill(-1)
const BI_VALUES = new Float64Array(1 << BI_BITS)
function biSlot(key: number): number {
  let h = Math.imul(key, 0x9e3779b1) >>> (32 - BI_BITS)
  while (BI_KEYS[h] !== -1 && BI_KEYS[h] !== key) h = (h + 1) & ((1 << BI_BITS) - 1)
  return h
}
function biGet(c1: number, c2: number): number {
  const key = (c1 << 16) | c2
  const h = biSlot(key)
  return BI_KEYS[h] === key ? (BI_VALUES[h] ?? 0) : 0
}
const FIRST_W = new Map<number, number>()
const LAST_W = new Map<number, number>()
const OTHER = new Map<string, number>()
for (const [k, w] of healthClauseWeights) {
  if (k.length === 1) UNI[k.charCodeAt(0)] = w
  else if (k.length === 2 && k[0] === '^') FIRST_W.set(k.charCodeAt(1), w)
  else if (k.length === 2 && k[1] === '$') LAST_W.set(k.charCodeAt(0), w)
  else if (k.length === 2 && k[0] !== '#' && k[0] !== '@') {
    const key = (k.charCodeAt(0) << 16) | k.charCodeAt(1)
    const h = biSlot(key)
    BI_KEYS[h] = key
    BI_VALUES[h] = w
  }
  else OTHER.set(k, w)
}
const PERSON_WEIGHT = OTHER.get('@person') ?? 0
/** characters that weigh at least STRONG on their own: a clause with none of them (and no candidate) is not weighed */
const STRONG = 0.5
const STRONG_CHAR = new Uint8Array(65536)
for (let c = 0; c < 65536; c++) if ((UNI[c] ?? 0) >= STRONG) STRONG_CHAR[c] = 1

/** Whether [s, e) holds a character the model weighs at least STRONG. */
export function hasStrongCharacter(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (STRONG_CHAR[text.charCodeAt(i)] === 1) return true
  return false
}

/** The model's probability that the clause [s, e) tells of someone's ailment (the features of clauseFeatures, summed in place). */
export function clauseProbability(text: string, s: number, e: number, names: Uint8Array, context: ClauseContext): number {
  return probabilityOf(text, s, e, names, context.rules, context.person)
}

/** clauseProbability with the context's parts given apart (the scan makes no object per clause). */
export function probabilityOf(text: string, s: number, e: number, names: Uint8Array, rules: readonly string[], person: boolean): number {
  let z = healthClauseBias
  let prev = -1
  let first = -1
  let count = 0
  for (let i = s; i < e; i++) {
    const t = charToken(text, i, names)
    if ((t === T_NAME || t === T_DIGIT || t === T_LATIN) && t === prev) continue
    if (first < 0) first = t
    z += UNI[t] ?? 0
    if (prev >= 0) z += biGet(prev, t)
    prev = t
    count++
  }
  z += (FIRST_W.get(first) ?? 0) + (LAST_W.get(prev) ?? 0) + (OTHER.get(count < 5 ? '#s' : count < 12 ? '#m' : count < 25 ? '#l' : '#x') ?? 0)
  for (const r of rules) z += OTHER.get(r) ?? 0
  if (person) z += PERSON_WEIGHT
  return 1 / (1 + Math.exp(-z))
}

/** The same sum over clauseFeatures' strings: what the fitting script computes, for the test that the two agree. */
export function clauseProbabilityOfFeatures(features: readonly string[]): number {
  const all = new Map<string, number>(healthClauseWeights.map(([k, w]) => [k, w]))
  let z = healthClauseBias
  for (const f of features) z += all.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** Whether only a comma or spaces stand in [from, to): two clauses of one sentence. */
export function onlyCommaBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0xff0c && c !== 44 && !isSpace(c)) return false
  }
  return true
}

/** A HEALTH candidate in a clause as a feature: its rule and its confidence in tenths (`C:health-symptom:3`). */
export function candidateFeature(h: { rule: string; confidence: number }): string {
  return `C:${h.rule}:${Math.min(9, Math.floor(h.confidence * 10))}`
}

/** The first clause (its index in pairs) whose end is after `pos`, by binary search over the clauses' ends. */
function firstEndingAfter(clauses: readonly number[], pos: number): number {
  let lo = 0
  let hi = clauses.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((clauses[2 * mid + 1] ?? 0) <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The context of the clauses of `clauses` (clausesOf), compactly: a person in each clause or in the one before it in
 * the same sentence (1/0), and the HEALTH candidates of the clauses that have any (`C:rule:tenths`). Each candidate
 * is put into the clauses it overlaps (found by binary search), so the work grows with the text, not with clauses
 * times candidates, and a clause with no candidate costs no object.
 */
export type ClauseContexts = { person: Uint8Array; rules: Map<number, string[]> }

export function clauseContextTable(text: string, clauses: readonly number[], names: Uint8Array, health: readonly { start: number; end: number; rule: string; confidence: number }[], found?: readonly number[]): ClauseContexts {
  const n = clauses.length / 2
  const person = new Uint8Array(n)
  // where a person word starts, found once over the whole text (or given, found already)
  let words = found
  if (!words) {
    const all: number[] = []
    personWordsIn(text, 0, text.length, all)
    words = all
  }
  let w = 0
  let prevHere = false
  let prevEnd = -1
  for (let k = 0; k < n; k++) {
    const s = clauses[2 * k] ?? 0
    const e = clauses[2 * k + 1] ?? 0
    while (w < words.length && (words[w] ?? 0) < s) w++
    let here = w < words.length && (words[w] ?? 0) < e
    for (let i = s; i < e && !here; i++) if (names[i]) here = true
    // the clause before counts when it is in the same sentence (only a comma or spaces between)
    person[k] = here || (prevEnd >= 0 && onlyCommaBetween(text, prevEnd, s) && prevHere) ? 1 : 0
    prevHere = here
    prevEnd = e
  }
  const rules = new Map<number, string[]>()
  for (const h of health) {
    for (let k = firstEndingAfter(clauses, h.start); k < n && (clauses[2 * k] ?? 0) < h.end; k++) {
      const rule = candidateFeature(h)
      const list = rules.get(k)
      if (list) list.push(rule)
      else rules.set(k, [rule])
    }
  }
  return { person, rules }
}

const NO_RULES: readonly string[] = []

/** The context of clause `k` from the table. */
export function contextAt(table: ClauseContexts, k: number): ClauseContext {
  return { rules: table.rules.get(k) ?? (NO_RULES as string[]), person: table.person[k] === 1 }
}

/** Every clause's context, one object each (the fitting script's form of clauseContextTable). */
export function clauseContexts(text: string, clauses: readonly number[], names: Uint8Array, health: readonly { start: number; end: number; rule: string; confidence: number }[]): ClauseContext[] {
  const table = clauseContextTable(text, clauses, names, health)
  return Array.from({ length: clauses.length / 2 }, (_, k) => contextAt(table, k))
}
