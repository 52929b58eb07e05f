/**
 * HEALTH: a diagnosis verb + disease (确诊为新冠肺炎), disability category and level (肢体残疾二级),
 * pregnancy and family-planning terms (孕前优生健康检查), mental-health and minors' markers, and
 * cells under 病种/残疾类别 headers. A bare disease name counts only when the sentence is about a person;
 * a heading names a programme, not someone's condition, and a 《title》 is a document.
 */
import type { ScanContext } from '../scan-context'
import { emit } from '../scan-context'
import { columnReason } from '../interned'
import { personIndicators } from '../data/health-lexicon'
import { alternation, lineStartOf } from '../context'
import type { LexiconKey } from '../lexicons'

const DISABILITY = /(?:视力|听力|言语|肢体|智力|精神|多重|视听)(?:残疾|障碍)(?:[一二三四1-4]级)?|[一二三四1-4]级(?:视力|听力|言语|肢体|智力|精神|多重)?残疾|(?:重度|中度|轻度|极重度)残疾|残疾(?:等级|类别|程度)[:：]?[一二三四1-4]级|残疾(?:类别|类型)[:：]?(?:视力|听力|言语|肢体|智力|精神|多重)(?:残疾)?|伤残[一二三四五六七八九十]{1,2}级|[一二三四五六七八九十]{1,2}级伤残/g
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

function sentenceAround(text: string, start: number, end: number): string {
  let s = start
  while (s > 0 && start - s < 60 && !'。；;\n！？'.includes(text[s - 1] ?? '')) s--
  let e = end
  while (e < text.length && e - end < 60 && !'。；;\n！？'.includes(text[e] ?? '')) e++
  return text.slice(s, e)
}

export function detectHealth(ctx: ScanContext): void {
  const text = ctx.text
  const firstLineStart = lineStartOf(text, text.search(/\S/) + 1)
  const push = (start: number, end: number, confidence: number, rule: string, reasons: string[]): void => {
    if (inBookTitle(text, start) || isHeading(text, start, firstLineStart)) return
    emit(ctx, 'HEALTH', start, end, confidence, rule, reasons)
  }
  // verb + disease: 确诊为新冠肺炎, 患有精神分裂症 (an optional 了 between)
  const diseaseAt = new Map<number, number>()
  for (const h of ctx.hits.disease) diseaseAt.set(h.start, h.end)
  const attached = new Set<number>()
  for (const v of ctx.hits.diagnosisVerb) {
    const at = text[v.end] === '了' ? v.end + 1 : v.end
    const dEnd = diseaseAt.get(at)
    if (dEnd === undefined) continue
    attached.add(at)
    push(v.start, dEnd, 0.9, 'health-diagnosis', [`diagnosis ${v.word} + disease term`])
  }
  if (text.includes('残') || text.includes('障碍')) {
    DISABILITY.lastIndex = 0
    for (let m = DISABILITY.exec(text); m; m = DISABILITY.exec(text)) {
      push(m.index, m.index + m[0].length, /级|重度|中度|轻度/.test(m[0]) ? 0.9 : 0.75, 'health-disability', ['disability category or level'])
    }
  }
  for (const [key, rule, base] of TERMS) {
    for (const h of ctx.hits[key]) {
      if (key === 'disease' && attached.has(h.start)) continue
      const { start, end } = h
      const ci = ctx.tables.indexAt(start)
      const reasons = [`lexicon ${rule.slice(7)}: ${h.word}`]
      let confidence = base
      if (ci >= 0 && ctx.tables.kinds[ci] === 'health') {
        confidence = 0.9
        reasons.push(columnReason(ctx.tables.headers[ci]))
      } else if (PERSON.test(sentenceAround(text, start, end))) {
        confidence += 0.25
        reasons.push('sentence is about a person')
      }
      push(start, end, confidence, rule, reasons)
    }
  }
  const { count, starts, ends, kinds, headers } = ctx.tables
  for (let i = 0; i < count; i++) {
    if (kinds[i] !== 'health' || ends[i] === starts[i]) continue
    const v = text.slice(starts[i], ends[i])
    if (/^(?:无|否|-|—|\/|健康|正常|良好)$/.test(v)) continue
    push(starts[i], ends[i], 0.85, 'health-table-header', [columnReason(headers[i])])
  }
}
