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
import type { ScanContext } from '../scan-context'
import { CodeSet } from '../int-tables'

/** Where clauses end: sentence and clause punctuation, quotation marks and line breaks (not 、, which lists). */
const BREAK = new CodeSet('，,。；;！？!?\n：:“”"「」『』【】\t')

function isSpace(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 0xa0 || (c >= 9 && c <= 13)
}

/** Clauses of `text` as [start, end) pairs, trimmed of spaces; only those a complaint could be (2–60 characters). */
export function clausesOf(text: string): number[] {
  const out: number[] = []
  let s = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !BREAK.has(text.charCodeAt(i))) continue
    let a = s
    let b = i
    while (a < b && isSpace(text.charCodeAt(a))) a++
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--
    if (b - a >= 2 && b - a <= 60) out.push(a, b)
    s = i + 1
  }
  return out
}

/** One character as the model reads it: a digit 0, a Latin letter a, a character of a found name N. */
function token(text: string, i: number, names: Uint8Array): string {
  if (names[i]) return 'N'
  const c = text.charCodeAt(i)
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return '0'
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'a'
  return text[i] ?? ''
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
const UNI = new Map<number, number>()
const BI = new Map<number, number>()
const FIRST_W = new Map<number, number>()
const LAST_W = new Map<number, number>()
const OTHER = new Map<string, number>()
for (const [k, w] of healthClauseWeights) {
  if (k.length === 1) UNI.set(k.charCodeAt(0), w)
  else if (k.length === 2 && k[0] === '^') FIRST_W.set(k.charCodeAt(1), w)
  else if (k.length === 2 && k[1] === '$') LAST_W.set(k.charCodeAt(0), w)
  else if (k.length === 2 && k[0] !== '#' && k[0] !== '@') BI.set(k.charCodeAt(0) * 65536 + k.charCodeAt(1), w)
  else OTHER.set(k, w)
}
const N = 'N'.charCodeAt(0)
const ZERO = '0'.charCodeAt(0)
const LATIN = 'a'.charCodeAt(0)

/** token() as a code: the same reading, one character at a time. */
function tokenCode(text: string, i: number, names: Uint8Array): number {
  if (names[i]) return N
  const c = text.charCodeAt(i)
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return ZERO
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LATIN
  return c
}

/** The model's probability that the clause [s, e) tells of someone's ailment (the features of clauseFeatures, summed in place). */
export function clauseProbability(text: string, s: number, e: number, names: Uint8Array, context: ClauseContext): number {
  let z = healthClauseBias
  let prev = -1
  let first = -1
  let count = 0
  for (let i = s; i < e; i++) {
    const t = tokenCode(text, i, names)
    if ((t === N || t === ZERO || t === LATIN) && t === prev) continue
    if (first < 0) first = t
    z += UNI.get(t) ?? 0
    if (prev >= 0) z += BI.get(prev * 65536 + t) ?? 0
    prev = t
    count++
  }
  z += (FIRST_W.get(first) ?? 0) + (LAST_W.get(prev) ?? 0) + (OTHER.get(count < 5 ? '#s' : count < 12 ? '#m' : count < 25 ? '#l' : '#x') ?? 0)
  for (const r of context.rules) z += OTHER.get(r) ?? 0
  if (context.person) z += OTHER.get('@person') ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** The same sum over clauseFeatures' strings: what the fitting script computes, for the test that the two agree. */
export function clauseProbabilityOfFeatures(features: readonly string[]): number {
  const all = new Map<string, number>(healthClauseWeights.map(([k, w]) => [k, w]))
  let z = healthClauseBias
  for (const f of features) z += all.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

const PERSON_WORD = /她|他|其|老人|老伴|孩子|本人|自己|患者|母亲|父亲|妈|爸|妻子|丈夫|爱人|儿子|女儿|奶奶|爷爷|患儿|产妇|孕妇/

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
 * The context of each clause of `clauses` (clausesOf): the HEALTH candidates in it, and a person in it or in the
 * clause before in the same sentence. Each candidate is put into the clauses it overlaps (found by binary search),
 * so the work grows with the text, not with clauses times candidates.
 */
export function clauseContexts(text: string, clauses: readonly number[], names: Uint8Array, health: readonly { start: number; end: number; rule: string; confidence: number }[]): ClauseContext[] {
  const n = clauses.length / 2
  const out: ClauseContext[] = []
  let prevPerson = false
  let prevEnd = -1
  for (let k = 0; k < n; k++) {
    const s = clauses[2 * k] ?? 0
    const e = clauses[2 * k + 1] ?? 0
    let here = PERSON_WORD.test(text.slice(s, e))
    for (let i = s; i < e && !here; i++) if (names[i]) here = true
    // the clause before counts when it is in the same sentence (only a comma between)
    const sameSentence = prevEnd >= 0 && /^[，,\s]*$/.test(text.slice(prevEnd, s))
    out.push({ rules: [], person: here || (sameSentence && prevPerson) })
    prevPerson = here
    prevEnd = e
  }
  for (const h of health) {
    for (let k = firstEndingAfter(clauses, h.start); k < n && (clauses[2 * k] ?? 0) < h.end; k++) out[k]?.rules.push(`C:${h.rule}:${Math.min(9, Math.floor(h.confidence * 10))}`)
  }
  return out
}

/**
 * Where a clause is read as someone's ailment: the model at or above this, when nothing in the clause was found. Chosen
 * on the fitting folders left out one at a time (scripts/pii-fit-health-clauses.ts --cv): at 0.8 the model added 115
 * of the 446 labels the rules left unread, with 39 clauses no label was in; at 0.9, 84 with 25.
 */
export const CLAUSE_THRESHOLD = 0.8
/** a found name's confidence, and a HEALTH finding's, from which they count as found (the reporting threshold) */
const FOUND = 0.5
/** what opens a clause before the complaint: the person it is about, and when */
const LEAD = /^(?:她|他|其|老人|老伴|孩子|本人|自己|患者)*(?:最近|近来|现在|如今|平时|这几天|这段时间|今年|去年|前年)?/

/**
 * The clauses no HEALTH finding reads that the model says tell of someone's ailment, each as [start, end,
 * probability], the person and the time that open it left out (they are not the ailment).
 */
export function ailingClauses(ctx: ScanContext): number[] {
  const text = ctx.text
  const cl = clausesOf(text)
  if (!cl.length) return []
  const names = new Uint8Array(text.length)
  for (const c of ctx.names) if (c.confidence >= FOUND) names.fill(1, c.start, c.end)
  const health = ctx.out.filter((c) => c.type === 'HEALTH')
  const contexts = clauseContexts(text, cl, names, health)
  // how many characters up to each position a HEALTH finding covers: a clause with one in it is read already
  const covered = new Uint8Array(text.length)
  for (const h of health) if (h.confidence >= FOUND) covered.fill(1, h.start, h.end)
  const upTo = new Int32Array(text.length + 1)
  for (let i = 0; i < text.length; i++) upTo[i + 1] = (upTo[i] ?? 0) + (covered[i] ?? 0)
  const out: number[] = []
  for (let k = 0; k < cl.length; k += 2) {
    const s = cl[k] ?? 0
    const e = cl[k + 1] ?? 0
    if ((upTo[e] ?? 0) > (upTo[s] ?? 0)) continue
    const context = contexts[k / 2]
    if (!context) continue
    const p = clauseProbability(text, s, e, names, context)
    if (p < CLAUSE_THRESHOLD) continue
    // the ailment is what follows the last name in the clause (复查提示王德胜|左下肢短缩约2cm), and the person word or
    // time that opens it
    let a = s
    for (let i = e - 1; i >= s; i--) {
      if (names[i]) {
        a = i + 1
        break
      }
    }
    const lead = LEAD.exec(text.slice(a, e))
    if (lead) a += lead[0].length
    if (e - a >= 2) out.push(a, e, p)
  }
  return out
}
