/**
 * HEALTH: a diagnosis verb + disease (确诊为新冠肺炎), disability category and level (肢体残疾二级),
 * pregnancy and family-planning terms (孕前优生健康检查), mental-health and minors' markers, and
 * cells under 病种/残疾类别 headers. A bare disease name counts only when the sentence is about a person;
 * a heading names a programme, not someone's condition, and a 《title》 is a document.
 */
import { emit, type ScanContext } from '../scan-context'
import { columnReason, withReason } from '../interned'
import { personIndicators } from '../data/health-lexicon'
import { alternation, lineStartOf } from '../context'
import type { LexiconKey } from '../lexicons'

const DISABILITY = /(?:视力|听力|言语|肢体|智力|精神|多重|视听)(?:残疾|障碍)(?:[一二三四1-4]级)?|[一二三四1-4]级(?:视力|听力|言语|肢体|智力|精神|多重)?残疾|(?:重度|中度|轻度|极重度)残疾|残疾(?:等级|类别|程度)[:：]?[一二三四1-4]级|残疾(?:类别|类型)[:：]?(?:视力|听力|言语|肢体|智力|精神|多重)(?:残疾)?|伤残[一二三四五六七八九十]{1,2}级|[一二三四五六七八九十]{1,2}级伤残/g
const FIELD = /^残疾(?:等级|类别|程度|类型)/
const TERMS: readonly [LexiconKey, string, number][] = [
  ['pregnancy', 'health-pregnancy', 0.6],
  ['mental', 'health-mental', 0.5],
  ['minors', 'health-minor', 0.5],
  ['disease', 'health-disease', 0.45],
]
const PERSON = new RegExp(alternation(personIndicators))
const HEADING_END = /(?:名单|公示|公告|通知|通报|情况|汇总|报告|统计表|一览表|名册|清单)\s*$/

/** A line longer than this is never a heading; bounds the look-around on texts with no line breaks. */
const HEADING_SCAN = 400
const NON_SPACE = /\S/g

/**
 * A heading line: short, without sentence punctuation, and either the document's first line (with more
 * text below) or ending like a title (…名单, …公示).
 */
function isHeading(text: string, pos: number, firstLineStart: number): boolean {
  let ls = pos
  while (ls > 0 && pos - ls <= HEADING_SCAN && text.charCodeAt(ls - 1) !== 10) ls--
  if (pos - ls > HEADING_SCAN) return false
  let le = pos
  while (le < text.length && le - ls <= HEADING_SCAN && text.charCodeAt(le) !== 10) le++
  if (le - ls > HEADING_SCAN) return false
  const line = text.slice(ls, le).trim()
  if (line.length > 40 || /[，。；：:,;]/.test(line)) return false
  if (HEADING_END.test(line)) return true
  if (ls !== firstLineStart) return false
  NON_SPACE.lastIndex = le
  return NON_SPACE.test(text)
}

/** Inside a 《document title》 on this line: the nearest 《 or 》 before `pos` is an opening one. */
function inBookTitle(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x300a) return true
    if (c === 0x300b || c === 10) return false
  }
  return false
}

const SENTENCE_END = new Set([...'。；;\n！？'].map((c) => c.charCodeAt(0)))

/** Bounds of the sentence around [start, end), at most 60 characters either side. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start
  while (s > 0 && start - s < 60 && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--
  let e = end
  while (e < text.length && e - end < 60 && !SENTENCE_END.has(text.charCodeAt(e))) e++
  return [s, e]
}

/** Sorted starts of the person names found (names run before this detector). */
function nameStarts(ctx: ScanContext): Int32Array {
  return Int32Array.from(ctx.nameStarts).sort()
}

/** Some value of the sorted `a` in [from, to). */
function anyIn(a: Int32Array, from: number, to: number): boolean {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < a.length && a[lo] < to
}

export function detectHealth(ctx: ScanContext): void {
  const text = ctx.text
  const firstLineStart = lineStartOf(text, text.search(/\S/) + 1)
  const push = (start: number, end: number, confidence: number, rule: string, reasons: string[]): void => {
    if (inBookTitle(text, start) || isHeading(text, start, firstLineStart)) return
    emit(ctx, 'HEALTH', start, end, confidence, rule, reasons)
  }
  // a sentence is about a person when it says so (患者, 其子, 男，…) or names one
  let names: Int32Array | null = null
  const aboutPerson = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    if (PERSON.test(text.slice(s, e))) return true
    names ??= nameStarts(ctx)
    return anyIn(names, s, e)
  }
  // verb + disease: 确诊为新冠肺炎, 患有精神分裂症 (an optional 了 between)
  const diseaseAt = new Map<number, number>()
  const diseases = ctx.hits.disease
  for (let k = 0; k < diseases.count; k++) diseaseAt.set(diseases.starts[k], diseases.ends[k])
  const attached = new Set<number>()
  const hits = ctx.hits.diagnosisVerb
  for (let k = 0; k < hits.count; k++) {
    // hits are column-wise (lexicon-index.ts)
    const vStart = hits.starts[k]
    const vEnd = hits.ends[k]
    const vWord = hits.words[k]
    const at = text[vEnd] === '了' ? vEnd + 1 : vEnd
    const dEnd = diseaseAt.get(at)
    if (dEnd === undefined) continue
    attached.add(at)
    push(vStart, dEnd, 0.9, 'health-diagnosis', [`diagnosis ${vWord} + disease term`])
  }
  if (text.includes('残') || text.includes('障碍')) {
    DISABILITY.lastIndex = 0
    for (let m = DISABILITY.exec(text); m; m = DISABILITY.exec(text)) {
      const end = m.index + m[0].length
      // "一、二级为重度残疾" defines a term; a field (残疾等级：一级), a table row or a sentence about
      // someone reports one
      if (!FIELD.test(m[0]) && ctx.tables.indexAt(m.index) < 0 && !aboutPerson(m.index, end)) {
        push(m.index, end, 0.45, 'health-disability', ['disability category or level', 'no person in the sentence'])
        continue
      }
      push(m.index, end, /级|重度|中度|轻度/.test(m[0]) ? 0.9 : 0.75, 'health-disability', ['disability category or level'])
    }
  }
  for (const [key, rule, base] of TERMS) {
    const hits = ctx.hits[key]
    for (let k = 0; k < hits.count; k++) {
      // hits are column-wise (lexicon-index.ts)
      const start = hits.starts[k]
      const end = hits.ends[k]
      const hWord = hits.words[k]
      if (key === 'disease' && attached.has(start)) continue
      const ci = ctx.tables.indexAt(start)
      let reasons = [`lexicon ${rule.slice(7)}: ${hWord}`]
      let confidence = base
      if (ci >= 0 && ctx.tables.kindOf(ci) === 'health') {
        confidence = 0.9
        reasons = withReason(reasons, columnReason(ctx.tables.headerOf(ci)))
      } else if (aboutPerson(start, end)) {
        confidence += 0.25
        reasons = withReason(reasons, 'sentence is about a person')
      }
      push(start, end, confidence, rule, reasons)
    }
  }
  const tables = ctx.tables
  const { count, starts, ends } = tables
  for (let i = 0; i < count; i++) {
    if (tables.kindOf(i) !== 'health' || ends[i] === starts[i]) continue
    const v = text.slice(starts[i], ends[i])
    if (/^(?:无|否|-|—|\/|健康|正常|良好)$/.test(v)) continue
    push(starts[i], ends[i], 0.85, 'health-table-header', [columnReason(tables.headerOf(i))])
  }
}
