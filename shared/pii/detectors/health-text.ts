/**
 * Shared reading helpers for the HEALTH detector: sentence and clause bounds, headings, titles, quoted
 * campaign names, what the phrase after a condition names (an organisation, a programme, a class of
 * people), the evidence names and the span type the condition passes share.
 */
import type { HealthClass, HealthEvidence } from '../data/health-model'
import type { LexiconKey } from '../lexicons'
import type { ScanContext } from '../scan-context'
import { CodeSet } from '../int-tables'
import { reason, type Reason, type ReasonCode } from '../reasons'
import { figurativeHealthIdioms } from '../data/health-lexicon'

export const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分]|关于)/
export const HEADING_END = /(?:名单|公示|公告|通知|通报|情况|汇总|报告|统计表|一览表|名册|清单)\s*$/

/**
 * What the noun phrase after a condition word turns out to be. The phrase runs to the clause's
 * punctuation or to a word that starts a predicate (在, 到, 住, 致…), at most 10 characters: when it ends
 * in an institution's word (县结核病防治所, 区聋哑学校, 艾滋病自愿咨询检测门诊) the condition word names
 * an organisation; when it holds a programme's word (糖尿病健康管理项目, 双向筛查覆盖率) a programme.
 */
export const PHRASE_STOP = /[，。；;：:、\n\t（()）“”"《》在于到住入转被后时致伴并已因为是了和与及经由享送赴往至去来]/
export const INSTITUTION = /(?:医院|卫生院|门诊|中心|防治所|防治站|研究所|服务站|工作站|学校|学院|协会|学会|联合会|基金会|委员会|办公室|领导小组|工作组|病区|病房|之家|培训班|研究院|实验室|[^学]科(?!学|技|普)|专科|俱乐部|救助站|福利院)/
/** The word itself is followed by an institution's one-character ending or a profession's: 戒毒所, 结核病院, 血防站, 心理咨询师 (read on the text after the word: a phrase may stop at 致 of 所致). */
export const INSTITUTION_START = /^(?:所|院|站|馆|师)(?![有以在致得属谓述长傅])/
export const PROGRAMME_WORDS = /(?:政策|救治|健康管理|管理服务|康复服务|随访管理|项目|宣传|防治|筛查|防控|工作|活动|知识|讲座|课程|台账|覆盖率|知晓率|督导|专项|救助|补贴|培训|义诊|示范区|计划|(?<![0-9一二三四五六七八九十两几数每上下本近当次])(?:日|周)(?![内后前]))/
/** An administrative unit right before the word: 县艾滋病…, 市精神卫生中心 name an institution. */
export const PLACE_PREFIX = /(?:(?:^|[^\u4e00-\u9fff]|[^社街小城辖本全该我])(?:省|市|县|州|旗)|(?:^|[^\u4e00-\u9fff])区)$/
/** The condition qualifies a class of people: 结核病患者居家治疗督导, 艾滋病感染者家庭, 致孤儿童. */
export const POPULATION_AFTER = /^[^，。；;、\n在于到住入转被后时为是了和与及经由]{0,7}?(?:患者|病人|病患|感染者|患儿|儿童|老年人|老人|家庭|人群|群体|者)(?![，。；;、\n）)]|$)/
/** 系艾滋病感染者, 是一名精神障碍患者: the class is said of someone. */
export const COPULA_BEFORE = /(?:系|是|(?<![曾并可特专均代])为|属于?|作为|一名|该名?)$/

/**
 * Whether a lexicon word (a disability, a mental-health or pregnancy term) names an organisation, a
 * programme or a class of people rather than someone's condition; the reason, or null.
 */
export function groupOf(text: string, start: number, end: number, word: string): Reason | null {
  const phrase = phraseAfter(text, end)
  if (INSTITUTION.test(word) || INSTITUTION.test(phrase) || INSTITUTION_START.test(text.slice(end, end + 2)) || PLACE_PREFIX.test(text.slice(Math.max(0, start - 3), start))) return EVIDENCE_REASON.organisation
  if (PROGRAMME_WORDS.test(phrase)) return EVIDENCE_REASON.programme
  if (POPULATION_AFTER.test(text.slice(end, end + 8)) && !COPULA_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return EVIDENCE_REASON.population
  return null
}

export function phraseAfter(text: string, end: number): string {
  let e = end
  while (e < text.length && e - end < 10 && !PHRASE_STOP.test(text[e])) e++
  return text.slice(end, e)
}

/** A line longer than this is never a heading; bounds the look-around on texts with no line breaks. */
export const HEADING_SCAN = 400
export const NON_SPACE = /\S/g

/**
 * A heading line: short, without sentence punctuation, and either the document's first line (with more
 * text below) or ending like a title (…名单, …公示).
 */
export function isHeading(text: string, pos: number, firstLineStart: number): boolean {
  let ls = pos
  while (ls > 0 && pos - ls <= HEADING_SCAN && text.charCodeAt(ls - 1) !== 10) ls--
  if (pos - ls > HEADING_SCAN) return false
  let le = pos
  while (le < text.length && le - ls <= HEADING_SCAN && text.charCodeAt(le) !== 10) le++
  if (le - ls > HEADING_SCAN) return false
  const line = text.slice(ls, le).trim()
  if (line.length > 40 || /[，。；：:,;]/.test(line)) return false
  if (HEADING_END.test(line)) return true
  // a section heading (一、…, （二）…, 3. …) or a notice's title (关于…的通报) names a topic, never someone's condition
  if (SECTION_HEADING.test(line)) return true
  if (ls !== firstLineStart) return false
  NON_SPACE.lastIndex = le
  return NON_SPACE.test(text)
}


/** “两癌筛查”: a short quoted name is a campaign's or a programme's. */
export function quotedName(text: string, start: number, end: number): boolean {
  // bounded look-around: an unbounded lastIndexOf/indexOf would walk the whole text at every term
  const open = text.slice(Math.max(0, start - 4), start).lastIndexOf('“')
  if (open < 0 || /[”\n，。]/.test(text.slice(Math.max(0, start - 4) + open + 1, start))) return false
  const close = text.slice(end, end + 7).indexOf('”')
  return close >= 0 && !/[\n，。]/.test(text.slice(end, end + close))
}

const FIGURATIVE = new RegExp(figurativeHealthIdioms.join('|'), 'g')
/** Whether [start, end) overlaps an idiom that speaks of illness and means something else (不能头痛医头、脚痛医脚). */
export function inFigurativeIdiom(text: string, start: number, end: number): boolean {
  // (an idiom overlapping the span starts at most five characters before it)
  const from = Math.max(0, start - 5)
  const window = text.slice(from, end + 5)
  FIGURATIVE.lastIndex = 0
  for (let m = FIGURATIVE.exec(window); m; m = FIGURATIVE.exec(window)) if (from + m.index < end && from + m.index + m[0].length > start) return true
  return false
}

/** Inside a 《document title》 on this line: the nearest 《 or 》 before `pos` is an opening one. */
export function inBookTitle(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x300a) return true
    if (c === 0x300b || c === 10) return false
  }
  return false
}

export const SENTENCE_END = new CodeSet('。；;\n！？')
export const CLAUSE_END = new CodeSet('。；;\n！？，,：:')

/** Bounds of the sentence around [start, end), at most 60 characters either side. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start
  while (s > 0 && start - s < 60 && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--
  let e = end
  while (e < text.length && e - end < 60 && !SENTENCE_END.has(text.charCodeAt(e))) e++
  return [s, e]
}

/** Start of the clause before `pos`, at most `max` characters back. */
export function clauseStart(text: string, pos: number, max: number): number {
  let s = pos
  while (s > 0 && pos - s < max && !CLAUSE_END.has(text.charCodeAt(s - 1))) s--
  return s
}

/** Sorted starts of the person names found (names run before this detector). */
export function nameStarts(ctx: ScanContext): Int32Array {
  // asked several times per scan, after the name detectors: sorted once while the list stays as it is
  if (sortedFor !== ctx.nameStarts || sortedLength !== ctx.nameStarts.length) {
    sortedFor = ctx.nameStarts
    sortedLength = ctx.nameStarts.length
    sorted = new Int32Array(ctx.nameStarts).sort()
  }
  return sorted
}
let sortedFor: number[] | null = null
let sortedLength = 0
let sorted = new Int32Array(0)

/** A name candidate at least this sure is a person the text names (weaker ones are guesses: 莫西林 in 阿莫西林). */
export const CONFIRMED_NAME = 0.5

/** Sorted starts of the names the name detectors are sure of (CONFIRMED_NAME or more). */
export function confirmedNameStarts(ctx: ScanContext): Int32Array {
  const starts: number[] = []
  const names = ctx.names
  for (let k = 0; k < names.length; k++) if (names[k].confidence >= CONFIRMED_NAME) starts.push(names[k].start)
  return new Int32Array(starts).sort()
}

/** Some value of the sorted `a` in [from, to). */
export function anyIn(a: Int32Array, from: number, to: number): boolean {
  return firstIn(a, from, to) >= 0
}

/** The first of the sorted `a` in [from, to), or −1. */
export function firstIn(a: Int32Array, from: number, to: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < a.length && a[lo] < to ? a[lo] : -1
}

/** What each piece of health evidence says, as a reason code (reasons.ts). */
export const EVIDENCE_CODE: Record<HealthEvidence, ReasonCode> = {
  trigger: 'tiedBy',
  label: 'afterLabel',
  person: 'aboutPerson',
  documentPerson: 'documentPerson',
  list: 'listedConditions',
  aggregate: 'statistics',
  programme: 'programme',
  modifier: 'qualifiers',
  organisation: 'healthOrganisation',
  population: 'healthPopulation',
  impersonal: 'noPersonInDocument',
  nonHuman: 'healthNonHuman',
  product: 'healthProduct',
  subject: 'complaintOfSubject',
}

/** The evidence that quotes nothing, as its (shared) reason. */
export const EVIDENCE_REASON = Object.fromEntries(Object.entries(EVIDENCE_CODE).map(([e, code]) => [e, reason(code)])) as Record<HealthEvidence, Reason>

export type Span = { start: number; end: number; cls: HealthClass; word: string; evidence: Map<HealthEvidence, string> }

/** Ends of the person names found so far (names run before this detector). */
export function personEnds(ctx: ScanContext): number[] {
  const ends: number[] = []
  const names = ctx.names
  for (let k = 0; k < names.length; k++) ends.push(names[k].end)
  return ends
}

/** Runs the sticky `re` at each place the lexicon pass saw a word of `key`; one match per place, left to right. */
export function atHits(ctx: ScanContext, key: LexiconKey, re: RegExp, onMatch: (start: number, m: RegExpExecArray) => void): void {
  const h = ctx.hits[key]
  let next = 0
  for (let k = 0; k < h.count; k++) {
    const p = h.starts[k]
    if (p < next) continue
    re.lastIndex = p
    const m = re.exec(ctx.text)
    if (!m) continue
    next = p + m[0].length
    onMatch(p, m)
  }
}

/** The characters the given words start with, for `matchesFrom`. */
export function firstChars(words: readonly string[]): CodeSet {
  return new CodeSet(words.map((w) => w[0] ?? '').join(''))
}

/**
 * The matches of a sticky `re` left to right, without overlap, tried only where a character it can start with
 * stands: the same matches as a global search, without the regex engine walking every position of a long text.
 */
export function matchesFrom(text: string, first: CodeSet, re: RegExp, onMatch: (start: number, m: RegExpExecArray) => void): void {
  for (let p = first.next(text, 0); p >= 0; ) {
    re.lastIndex = p
    const m = re.exec(text)
    if (!m || m[0].length === 0) {
      p = first.next(text, p + 1)
      continue
    }
    onMatch(p, m)
    p = first.next(text, p + m[0].length)
  }
}

/** When spans merge, the merged one takes the most specific class. */
export function rank(cls: HealthClass): number {
  switch (cls) {
    case 'disease':
      return 6
    case 'result':
      return 5
    case 'phrase':
      return 5
    case 'medication':
      return 3
    case 'procedure':
      return 4
    case 'treatment':
    case 'revealing':
      return 3
    case 'labValue':
    case 'score':
      return 2
    case 'generic':
    case 'sign':
      return 1
    case 'symptom':
    case 'complaint':
      return 0
    case 'none':
      return -1
  }
}

/** words for the person a clause is about (a found name counts too); no one of them begins another */
const PERSON_WORD_LIST = ['她', '他', '其', '老人', '老伴', '孩子', '本人', '自己', '患者', '母亲', '父亲', '妈', '爸', '妻子', '丈夫', '爱人', '儿子', '女儿', '奶奶', '爷爷', '患儿', '产妇', '孕妇']
/** the person words by their first character (one-character words match there and then) */
const PERSON_BY_FIRST = new Map<number, string[]>()
const PERSON_FIRST = new Uint8Array(65536)
for (const w of PERSON_WORD_LIST) {
  PERSON_FIRST[w.charCodeAt(0)] = 1
  PERSON_BY_FIRST.set(w.charCodeAt(0), [...(PERSON_BY_FIRST.get(w.charCodeAt(0)) ?? []), w])
}

/**
 * Where a person word starts in [from, to) (one may run past `to`), left to right without overlap as a global search
 * for them would find them, pushed onto `out`. One look-up a character: a regular expression searching on from `from`
 * would read on past `to` to its next match, however far.
 */
export function personWordsIn(text: string, from: number, to: number, out: number[]): void {
  const end = Math.min(to, text.length)
  for (let i = Math.max(0, from); i < end; i++) {
    const c = text.charCodeAt(i)
    if (PERSON_FIRST[c] === 0) continue
    for (const w of PERSON_BY_FIRST.get(c) ?? []) {
      if (w.length === 1 || text.startsWith(w, i)) {
        out.push(i)
        i += w.length - 1
        break
      }
    }
  }
}
