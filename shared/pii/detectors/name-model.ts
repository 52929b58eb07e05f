/**
 * PERSON_NAME in running text by a small statistical model, not by special cases. Every surname in the
 * text (single, compound) anchors candidate readings — surname + one or two given characters, or a
 * space-padded 宋 洁 (an ideographic space) — and each reading is described by a few features:
 *  - how much more often its characters are written in names than in prose (name-stats.ts, from jieba
 *    and THUOCL), for the surname and each given character;
 *  - ordinary words it would cut through or be (高度, 周密, 王国; 明确 after 张伟明), places and idioms
 *    that contain it (石家庄, 掌声雷鸣);
 *  - the words before and after it (name-cues.ts: 来电人/网格员/其妻 before, 反映/表示/称 after,
 *    疾控/中心/市 after as evidence against) and the list structure around it (、, 和, line starts).
 * A logistic model (weights fitted on the labelled development notices by scripts/pii-fit-name-model.ts,
 * stored in name-weights.ts) turns them into a probability, which is the candidate's confidence; the
 * reasons name the evidence that counted. The best reading at each surname is proposed; overlap
 * resolution and document-level agreement (repeats.ts) do the rest.
 */
import { emit as emitCandidate, type ScanContext } from '../scan-context'
import type { Candidate } from '../types'
import { nameModelMinConfidence } from '../data/name-weights'
import { interned } from '../interned'
import { reason, reasonWith, type Reason } from '../reasons'
import { afterReason, beforeReason } from './name-context'
import { FEATURES, WEIGHTS, readNames, nameScore, type NameReading, type ReadingSink } from './name-readings'
import { nameEmbeddedInWord } from './name-given'
import { doubleArray, stringArray } from '../lexicon-index'
import { CodeSet } from '../int-tables'
import { scores } from '../data/scores'

export { FEATURES, FEATURE_COUNT, nameReadings, nameScore, type NameReading } from './name-readings'
export { nameEmbeddedInWord, givenNameOf, givenNameMentionAt } from './name-given'
export { orgAhead } from './name-context'
export { detectTransliteratedNames } from './name-transliterated'

const surnameReason = interned((key: number) => reasonWith('surname', { surname: key > 0xffff ? String.fromCharCode(Math.floor(key / 65536), key % 65536) : String.fromCharCode(key) }))
const likenessReason = interned((p: number) => reasonWith('nameLikeness', { value: (p / 100).toFixed(2) }))

/** the evidence against a reading that is reported all the same (a medicine's or a list of things' look) */
const THING = FEATURES.indexOf('medicine, food or animal word')
const THING_BESIDE = FEATURES.indexOf('list neighbour is a medicine, food or animal word')
const THING_LIST = FEATURES.indexOf('in a list of things (…等药物)')
/** the evidence against, reported all the same, by index (0: none) */
const AGAINST: readonly (Reason | null)[] = [null, reason('againstThing'), reason('againstThingBeside'), reason('againstThingList')]
function againstOf(f: Float64Array): number {
  if (f[THING]) return 1
  if (f[THING_BESIDE]) return 2
  if (f[THING_LIST]) return 3
  return 0
}

/** the context features (the characters right before and after), by index */
const CONTEXT = [FEATURES.indexOf('characters before, as names have them'), FEATURES.indexOf('characters after, as names have them')]
/** how much the context features together add to a reading's log-odds before a reason says so, either way */
const CONTEXT_SAYS = 1
const contextForReason = reason('nameContextFor')
const contextAgainstReason = reason('nameContextAgainst')
/** the context's part of a reading's log-odds: 1 above CONTEXT_SAYS, -1 below its negative, else 0 */
function contextOf(f: Float64Array): number {
  let z = 0
  for (const j of CONTEXT) z += (WEIGHTS[j] ?? 0) * (f[j] ?? 0)
  return z >= CONTEXT_SAYS ? 1 : z <= -CONTEXT_SAYS ? -1 : 0
}

const confirmedReason = reason('confirmedName')
const listedReason = reason('listedName')
/** a weak reading listed beside a sure name: a list of people, more likely than not */
const LISTED_NAME = scores['name-model'].listedBesideSureName
const DUN = 0x3001
/** where a list item ends: the next 、, a comma or stop, 等, 和 */
const LIST_ITEM_END = new CodeSet('、，,。；;：:\n等和（(')
/** the model's reading replaces a rule's shorter one at the same start from this probability */
const LONGER_READING = 0.9
/**
 * two readings of the same string, each at least this likely and each with a cue word beside it, pool their
 * evidence though neither is even odds (租户高山陈述 … 与黎明、高山自行协商)
 */
const MID_EVIDENCE = 0.35

/**
 * The best reading at each surname (readNames visits the readings in order of start), kept unless a
 * rule already read a name there: one object per scan, its visit() a method, so the visitor the
 * reading loop calls is always the same function.
 */
class BestReadings implements ReadingSink {
  readonly starts: number[] = []
  readonly ends: number[] = []
  // (arrays made in the kinds their values need: see stringArray)
  readonly probs: number[] = doubleArray()
  readonly befores: string[] = stringArray()
  readonly afters: string[] = stringArray()
  readonly sls: number[] = []
  readonly againsts: number[] = []
  readonly contexts: number[] = []
  private bestStart = -1
  private bestEnd = 0
  private bestP = 0
  private bestBefore = ''
  private bestAfter = ''
  private bestSl = 1
  private bestAgainst = 0
  private bestContext = 0
  /** the rules' names by start: one entry per start with the highest confidence and the furthest end */
  private readonly ruleStart: number[] = []
  private readonly ruleConf: number[] = doubleArray()
  private readonly ruleEnd: number[] = []
  private cursor = 0
  /** where the visitor ignores readings: at each rule's start, up to its end */
  readonly ignored = { starts: this.ruleStart, ends: this.ruleEnd }

  constructor(
    private readonly ctx: ScanContext,
    rules: Candidate[],
  ) {
    for (const c of rules) {
      const k = this.ruleStart.length - 1
      if (k >= 0 && this.ruleStart[k] === c.start) {
        this.ruleConf[k] = Math.max(this.ruleConf[k] ?? 0, c.confidence)
        this.ruleEnd[k] = Math.max(this.ruleEnd[k] ?? 0, c.end)
      } else {
        this.ruleStart.push(c.start)
        this.ruleConf.push(c.confidence)
        this.ruleEnd.push(c.end)
      }
    }
  }

  /** the entry at `start` or -1, for starts that never decrease from one call to the next */
  private ruleAt(start: number): number {
    while (this.cursor < this.ruleStart.length && (this.ruleStart[this.cursor] ?? 0) < start) this.cursor++
    return this.ruleStart[this.cursor] === start ? this.cursor : -1
  }

  flush(): void {
    if (this.bestStart < 0 || this.bestP < nameModelMinConfidence) return
    if (this.ctx.tables.inHeader(this.bestStart)) return
    const k = this.ruleAt(this.bestStart)
    if (k >= 0) {
      const rule = this.ruleConf[k] ?? 0
      // a rule read this name shorter (蒋友 of 蒋友良): the model's longer reading, when it is sure of it
      if (this.bestP < LONGER_READING) return
      this.bestP = Math.max(this.bestP, rule)
    }
    this.starts.push(this.bestStart)
    this.ends.push(this.bestEnd)
    this.probs.push(this.bestP)
    this.befores.push(this.bestBefore)
    this.afters.push(this.bestAfter)
    this.sls.push(this.bestSl)
    this.againsts.push(this.bestAgainst)
    this.contexts.push(this.bestContext)
  }

  visit(r: NameReading): void {
    if (r.start !== this.bestStart) {
      this.flush()
      this.bestStart = r.start
      this.bestP = -1
    }
    const k = this.ruleAt(r.start)
    if (k >= 0 && r.end <= (this.ruleEnd[k] ?? 0)) return
    const p = nameScore(r.features)
    if (p > this.bestP) {
      this.bestP = p
      this.bestEnd = r.end
      this.bestBefore = r.before
      this.bestAfter = r.after
      this.bestSl = r.surnameLen
      this.bestAgainst = againstOf(r.features)
      this.bestContext = contextOf(r.features)
    }
  }
}

/**
 * The best reading at each surname, then document-level agreement: the same string proposed in several
 * places is one person seen several times, so its occurrences pool their evidence (noisy-or, when one of
 * them is at least even odds) — except where the string is, there, part of a word or a place (金凤村).
 */
export function detectNamesByModel(ctx: ScanContext): void {
  const text = ctx.text
  // where the label, column and title rules already read a name with confidence, they have said it —
  // unless the model reads it longer with confidence
  let skip: Uint8Array | undefined
  const rules: Candidate[] = []
  for (const c of ctx.names) {
    // a transliterated name (古丽娜尔) is not re-read from its first characters either
    const translit = c.rule === 'name-transliterated'
    if (c.confidence < 0.85 && !translit) continue
    if (translit) (skip ??= new Uint8Array(text.length + 1)).fill(1, c.start, c.end)
    else rules.push(c)
  }
  // by start (the detectors' own order is nearly that: the sort is a merge of a few runs), one entry per
  // start with the highest confidence and the furthest end; the readings come in order of start, so one
  // cursor walks these
  rules.sort((a, b) => a.start - b.start)
  const best = new BestReadings(ctx, rules)
  // (the readings at a rule's start that end within its name are ignored: not read at all)
  readNames(text, best, skip, true, best.ignored)
  best.flush()
  const { starts, ends, probs, befores, afters, sls, againsts, contexts } = best
  // pool the evidence of repeated strings
  const pooled = new Map<string, { miss: number; max: number; count: number; mid: number }>()
  // a name the label, column and title rules found counts as a confirmed occurrence
  for (const c of ctx.names) {
    if (c.confidence < 0.85 || c.end - c.start > 4) continue
    const key = text.slice(c.start, c.end)
    const e = pooled.get(key)
    if (e) {
      e.miss *= 1 - c.confidence
      e.max = Math.max(e.max, c.confidence)
      e.count++
      e.mid++
    } else pooled.set(key, { miss: 1 - c.confidence, max: c.confidence, count: 1, mid: 1 })
  }
  for (let k = 0; k < starts.length; k++) {
    const key = text.slice(starts[k], ends[k])
    const e = pooled.get(key)
    const p = probs[k] ?? 0
    // (a mid reading counts only with a cue word beside it: the context, not the characters alone)
    const mid = p >= MID_EVIDENCE && (befores[k] || afters[k]) ? 1 : 0
    if (e) {
      e.miss *= 1 - p
      e.max = Math.max(e.max, p)
      e.count++
      e.mid += mid
    } else pooled.set(key, { miss: 1 - p, max: p, count: 1, mid })
  }
  // where names stand for sure (the rules', the model's at even odds or above): a weak reading in a 、-list
  // beside one of them is an item of a list of people (罗国栋、谢婷; 杨飞、邹敏具体负责)
  const sureEnds = new Set<number>()
  const sureStarts = new Set<number>()
  for (const c of ctx.names) {
    if (c.confidence < 0.85) continue
    sureEnds.add(c.end)
    sureStarts.add(c.start)
  }
  for (let k = 0; k < starts.length; k++) {
    if ((probs[k] ?? 0) < 0.5) continue
    sureEnds.add(ends[k] ?? 0)
    sureStarts.add(starts[k] ?? 0)
  }
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0
    const e = ends[k] ?? 0
    let p = probs[k] ?? 0
    let listed = false
    const pool = pooled.get(text.slice(s, e))
    let confirmed = false
    if (pool && pool.count > 1 && (pool.max >= 0.5 || pool.mid >= 2) && !nameEmbeddedInWord(text, s, e)) {
      const q = Math.min(scores['name-model'].pooledCeiling, 1 - pool.miss)
      if (q > p) {
        p = q
        confirmed = true
      }
    }
    if (p < 0.5 && ((text.charCodeAt(s - 1) === DUN && sureEnds.has(s - 1)) || (text.charCodeAt(e) === DUN && sureStarts.has(e + 1))) && (LIST_ITEM_END.has(text.charCodeAt(e)) || afters[k])) {
      p = LISTED_NAME
      listed = true
    }
    if (p < 0.5 && !confirmed && p < nameModelMinConfidence) continue
    const reasons = [surnameReason(sls[k] === 2 ? text.charCodeAt(s) * 65536 + text.charCodeAt(s + 1) : text.charCodeAt(s))]
    if (befores[k]) reasons.push(afterReason(befores[k] ?? ''))
    if (afters[k]) reasons.push(beforeReason(afters[k] ?? ''))
    const against = AGAINST[againsts[k] ?? 0]
    if (against) reasons.push(against)
    if (contexts[k] === 1) reasons.push(contextForReason)
    else if (contexts[k] === -1) reasons.push(contextAgainstReason)
    reasons.push(likenessReason(Math.round((probs[k] ?? 0) * 100)))
    if (confirmed) reasons.push(confirmedReason)
    if (listed) reasons.push(listedReason)
    emitCandidate(ctx, 'PERSON_NAME', s, e, p, 'name-model', reasons)
    ctx.nameStarts.push(s)
  }
}
