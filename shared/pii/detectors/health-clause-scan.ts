/**
 * Where the clause model (health-clause-model.ts) is asked during a scan: the clauses no HEALTH finding reads, near a
 * HEALTH candidate and a person, outside a table's cells. What it reports starts after the clause's last name and the
 * person word or time that opens it.
 */
import type { ScanContext } from '../scan-context'
import { MAX_CLAUSE, candidateFeature, clausesNear, hasStrongCharacter, onlyCommaBetween, probabilityOf } from './health-clause-model'
import { anyIn, personWordsIn } from './health-text'

/**
 * Where a clause is read as someone's ailment: the model at or above this, when nothing in the clause was found. Chosen
 * on the fitting folders left out one at a time (scripts/pii-fit-health-clauses.ts --cv): at 0.8 the model added 115
 * of the 446 labels the rules left unread, with 39 clauses no label was in; at 0.9, 84 with 25. Checked again on
 * 2026-12-07 with 62 folders (sets 24–28 and prose-dev-health6 added, offsets mapped through the normalisation): at 0.8
 * it adds 207 of the 825 labels the rules leave, with 45 false clauses; at 0.7, 243 with 71; at 0.9, 149 with 17. With 64
 * (prose-dev-health7 and 8 added): at 0.8, 330 of 1,125 with 58; at 0.7, 392 with 86 (the added clauses right 0.85 and
 * 0.82 of the time; 0.8 keeps HEALTH precision at the 0.9 goal).
 */
export const CLAUSE_THRESHOLD = 0.8
/** how far from a clause a person and a HEALTH candidate are looked for */
const NEAR = 120

/** how far before a clause a HEALTH candidate that reaches into it may start (a condition's longest span) */
const SPAN_REACH = 120

/** The first index of the sorted `a` whose value is at or after `pos`. */
function firstAtOrAfter(a: Int32Array, pos: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((a[mid] ?? 0) < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

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
  const health = ctx.out.filter((c) => c.type === 'HEALTH')
  if (!health.length) return []
  const names = new Uint8Array(text.length)
  const people: number[] = []
  for (const c of ctx.names) {
    if (c.confidence < FOUND) continue
    names.fill(1, c.start, c.end)
    people.push(c.start)
  }
  // by start: the candidates of a clause, and the findings that make a clause read already
  const byStart = [...health].sort((x, y) => x.start - y.start)
  const healthAt = Int32Array.from(byStart, (h) => h.start)
  // person words, looked for only where a clause that is read can look for one (around the HEALTH candidates)
  const words: number[] = []
  const around = 2 * (NEAR + MAX_CLAUSE) + 4
  for (let k = 0, from = 0; k < healthAt.length; ) {
    const ws = Math.max(from, (healthAt[k] ?? 0) - around)
    let we = (healthAt[k] ?? 0) + around
    while (++k < healthAt.length && (healthAt[k] ?? 0) - around <= we) we = (healthAt[k] ?? 0) + around
    personWordsIn(text, ws, we, words)
    from = we
  }
  const wordsAt = Int32Array.from(words)
  const peopleAt = new Int32Array(people.length + words.length)
  peopleAt.set(people)
  peopleAt.set(words, people.length)
  peopleAt.sort()
  // only the clauses near a HEALTH candidate can pass the gate below: the rest of the text is not even cut
  const cl = clausesNear(text, healthAt, NEAR + 1)
  // each candidate's feature, made once when a clause first needs it (not once for every clause it is in)
  const ruleOf: (string | undefined)[] = new Array<string | undefined>(byStart.length)
  const featureOf = (h: number): string => {
    const c = byStart[h]
    return (ruleOf[h] ??= c ? candidateFeature(c) : '')
  }
  const found = byStart.filter((h) => h.confidence >= FOUND)
  const personIn = (s: number, e: number): boolean => {
    if (anyIn(wordsAt, s, e)) return true
    for (let i = s; i < e; i++) if (names[i]) return true
    return false
  }
  let f = 0
  let reach = -1
  const out: number[] = []
  for (let k = 0; k < cl.length; k += 2) {
    const s = cl[k] ?? 0
    const e = cl[k + 1] ?? 0
    // every finding that starts before the clause ends extends how far findings reach
    while (f < found.length && (found[f]?.start ?? 0) < e) reach = Math.max(reach, found[f++]?.end ?? 0)
    if (reach > s) continue
    // a cell of a recognised table is read by its column (a health column's cells are found there already)
    if (ctx.tables.indexAt(s) >= 0) continue
    // where people and health are talked about: only clauses with a person and a HEALTH candidate (however unsure)
    // within NEAR characters are read, not the pages of policy prose between the lists
    if (!anyIn(peopleAt, s - NEAR, e + NEAR) || !anyIn(healthAt, s - NEAR, e + NEAR)) continue
    const rules: string[] = []
    for (let h = firstAtOrAfter(healthAt, s - SPAN_REACH); h < byStart.length && (byStart[h]?.start ?? 0) < e; h++) {
      if ((byStart[h]?.end ?? 0) > s) rules.push(featureOf(h))
    }
    // a clause none of whose characters weighs much and with no candidate in it cannot reach the threshold: not weighed
    if (rules.length === 0 && !hasStrongCharacter(text, s, e)) continue
    // the clause's context as clauseContextTable gives it: a person here, or in the clause before in the same sentence
    let person = personIn(s, e)
    if (!person && k >= 2) {
      const pe = cl[k - 1] ?? 0
      person = onlyCommaBetween(text, pe, s) && personIn(cl[k - 2] ?? 0, pe)
    }
    const p = probabilityOf(text, s, e, names, rules, person)
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
