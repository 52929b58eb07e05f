/**
 * Whole clauses as one condition: after a diagnosis or an examination lead the clause is the finding,
 * and neighbouring conditions of one person written as several clauses are joined.
 */
import type { HealthEvidence } from '../data/health-model'
import type { ScanContext } from '../scan-context'
import { NOT_A_CONDITION } from './health-grammar'
import { CLAUSE_END, type Span, anyIn, firstIn, nameStarts, rank } from './health-text'
import { CodeSet } from '../int-tables'

/**
 * Words after which the rest of the clause is the finding itself, when a condition word lies in it:
 * 诊断为右手中指、环指末节粉碎性骨折伴甲床损伤, 胸部CT示右上肺斑片状影伴空洞形成. `from` says where the
 * finding starts: right after the word (a diagnosis is all of what follows) or at the first condition
 * word (出现 may be followed by a time: 出现间断发热、夜间盗汗).
 */
/** Leads after which the clause is a condition even when no word of it is known. */
export const STRONG_LEAD = /^(?:被诊断为|诊断为|确诊为|初步诊断为|诊为|检查为|评估为|病理结果为|(?:检查|检测|化验|体检)结果(?:显示|提示|为)|.*(?:CT|MRI|B超|彩超|造影|胃镜|肠镜|胸片|心电图|脑电图|X线|精液常规|血常规|尿常规)(?:检查)?(?:示|提示|显示))$/
/** 心电图提示…, 精液常规示…: the examination and what it showed are one finding. */
export const EXAM_LEAD = /^(?:CT|X线|MRI|B超|彩超|造影|胃镜|肠镜|心电图|脑电图|胸片|精液常规)(?:检查)?(?:示|提示|显示)$/
export const DIAGNOSIS_LEAD = /^(?:被诊断为|诊断为|确诊为|初步诊断为|诊为|确诊)$/
export const CLAUSE_FROM_WORD = /^(?:被诊断为|诊断为|确诊为|初步诊断为|诊为|检查为|评估为|病理结果为|确诊|查出|检出|.*(?:示|见|提示|显示))$/
/** Where a captured clause stops early: the clause turns to what was done about it. */
export const CLAUSE_STOP = /症状|等|的|(?<!小)时|及时|(?<![反效适])应|请|要|就医|就诊|到|送|经|于|并于|后|遂|即|被|在|已|现|予|给予|未|无|均|需|需要|建议|按|按照/

/** Between two conditions of one person: a comma or 、 and a few words that carry no new subject or action. */
export const CHAIN_GAP = /^(?:[，,、]\s*)?(?:伴有|伴|并发|合并|致|及)?[^，,。；;：:\n\t（）()“”"《》]{0,6}$/
/** What a gap may not hold: a time, an action, a place of care, another subject, a number of cases. */
export const CHAIN_BREAK = /[0-9０-９]|目前|现在|平时|吃|服|注射|佩戴|植入|每周|每天|每日|每月|长期|经|送|到|于|在|(?<!午)后|已|未|无|予|给予|行|就诊|就医|住院|治疗|医院|年|月|日|其|他|她|患者|本人|家属|丈夫|妻子|母亲|父亲|男方|女方|病例|例|人|名|和|或|等|建议|需|要|请/
export const CHAIN_EXCLUDE: readonly HealthEvidence[] = ['aggregate', 'programme', 'organisation', 'population', 'nonHuman', 'product']

/**
 * A condition written as several clauses (左上臂刀刺伤，肱动脉部分断裂，失血性休克（轻度）; 脑出血倒地昏迷;
 * 2型糖尿病、残肢端溃疡) is one finding: neighbouring conditions whose gap holds no new subject, time or
 * action are joined with the words between them. Statistics, programmes and organisations never join.
 */
export function chainConditions(text: string, spans: Span[], names: Int32Array): Span[] {
  if (spans.length < 2) return spans
  const out: Span[] = [spans[0]]
  for (let k = 1; k < spans.length; k++) {
    const a = out[out.length - 1]
    const b = spans[k]
    const gap = text.slice(a.end, b.start)
    const joinable =
      b.start >= a.end &&
      gap.length <= 8 &&
      CHAIN_GAP.test(gap) &&
      !CHAIN_BREAK.test(gap) &&
      !anyIn(names, a.end, b.start) &&
      !CHAIN_EXCLUDE.some((e) => a.evidence.has(e) || b.evidence.has(e)) &&
      rank(a.cls) >= 0 &&
      rank(b.cls) >= 0
    if (!joinable) {
      out.push(b)
      continue
    }
    a.end = b.end
    for (const [ev, v] of b.evidence) if (!a.evidence.has(ev)) a.evidence.set(ev, v)
    if (rank(b.cls) > rank(a.cls)) a.cls = b.cls
    a.evidence.set('list', '')
  }
  return out
}

/** 以 of 以…为… (以检查为契机, 以预防为主) earlier in the clause; not 所以, 可以, 予以, 加以, 难以 …, nor 以及, 以来, 以后, 以上 … */
const YI_COMPOUND_BEFORE = new CodeSet('所可予加难足得用借据之')
const YI_COMPOUND_AFTER = new CodeSet('及来后前上下内外往便免致')
function inYiWeiFrame(text: string, leadStart: number): boolean {
  for (let i = leadStart - 1; i >= 0 && leadStart - i <= 20; i--) {
    const c = text.charCodeAt(i)
    if (CLAUSE_END.has(c)) return false
    if (c === 0x4ee5 && !(i > 0 && YI_COMPOUND_BEFORE.has(text.charCodeAt(i - 1))) && !YI_COMPOUND_AFTER.has(text.charCodeAt(i + 1))) return true
  }
  return false
}

/**
 * After a word that introduces a condition, the whole clause up to its punctuation is the condition:
 * the spans inside it become one (with the evidence of all), widened to the clause.
 */
export function captureClauses(ctx: ScanContext, grown: Span[]): Span[] {
  const text = ctx.text
  const leads = ctx.hits.healthLead
  if (!leads.count) return grown
  // merged-away spans are marked, new ones collected: no splicing inside the loop (quadratic on long texts)
  const gone = new Uint8Array(grown.length)
  const added: Span[] = []
  let names: Int32Array | null = null
  let prevEnd = -1
  for (let h = 0; h < leads.count; h++) {
    // 被诊断为 holds 诊断为: one lead per place
    if (leads.starts[h] < prevEnd) continue
    prevEnd = leads.ends[h]
    const lead = leads.words[h]
    const leadEnd = leads.ends[h]
    // 以节前检查为契机: 为 in 以…为… makes what follows a purpose, not what the examination found
    if (lead.endsWith('为') && inYiWeiFrame(text, leads.starts[h])) continue
    let end = leadEnd
    while (end < text.length && end - leadEnd < 40 && !CLAUSE_END.has(text.charCodeAt(end))) end++
    if (end - leadEnd >= 40) continue
    // the first span inside the clause
    let lo = 0
    let hi = grown.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (grown[mid].end <= leadEnd) lo = mid + 1
      else hi = mid
    }
    while (lo < grown.length && gone[lo]) lo++
    if (lo >= grown.length || grown[lo].start >= end || grown[lo].start < leadEnd - 4) {
      // 诊断为亚临床甲状腺功能减退症, 彩超示左乳外上象限实性结节: a diagnosis or imaging finding names a
      // condition whether or not the word is in a list
      if (STRONG_LEAD.test(lead) && end > leadEnd + 1) {
        let stop = end
        const s2 = CLAUSE_STOP.exec(text.slice(leadEnd, end))
        if (s2) stop = leadEnd + s2.index
        if (stop - leadEnd >= 2 && stop - leadEnd <= 30 && !NOT_A_CONDITION.test(text.slice(leadEnd, stop))) {
          added.push({ start: EXAM_LEAD.test(lead) ? leads.starts[h] : leadEnd, end: stop, cls: 'disease', word: lead, evidence: new Map([['trigger', lead]]) })
        }
      }
      continue
    }
    const first = grown[lo]
    // a diagnosis verb belongs to the finding (确诊为…, as the verb-attached reading does); other leads do not
    const from = DIAGNOSIS_LEAD.test(lead) || EXAM_LEAD.test(lead) ? leads.starts[h] : CLAUSE_FROM_WORD.test(lead) ? Math.min(leadEnd, first.start) : first.start
    // stop where the clause turns to what was done (…，到医院就诊) — but never inside a span
    let stop = end
    const tail = text.slice(first.end, end)
    const s2 = CLAUSE_STOP.exec(tail)
    if (s2) stop = first.end + s2.index
    let last = lo
    while (last + 1 < grown.length && (gone[last + 1] || grown[last + 1].start < stop)) last++
    while (last > lo && gone[last]) last--
    stop = Math.max(stop, grown[last].end)
    if (stop < end && /^[\s、和及]*$/.test(text.slice(stop, end))) stop = end
    // 诊断为脑梗死恢复期，左侧肢体偏瘫: the next clause is another condition of the same diagnosis
    while (stop === end && text[end] === '，' && CLAUSE_FROM_WORD.test(lead)) {
      let next = last + 1
      while (next < grown.length && (gone[next] || grown[next].start <= end)) next++
      if (next >= grown.length || grown[next].start > end + 2) break
      last = next
      end = grown[next].end
      while (end < text.length && end - leadEnd < 60 && !CLAUSE_END.has(text.charCodeAt(end))) end++
      stop = end
    }
    // (never over a name in the clause: 确诊肺结核（张桂兰） — the name would hide the condition; it ends before it. Any
    // reading counts, a weak one too: 由黎明送至 is read as a name only later, where it is found again)
    names ??= nameStarts(ctx)
    const named = firstIn(names, first.end, stop)
    if (named >= 0) {
      stop = named
      while (stop > first.end && /[\s（(，,、]/.test(text[stop - 1] ?? '')) stop--
      while (last > lo && grown[last].start >= stop) last--
    }
    const merged = grown[lo]
    for (let k = lo + 1; k <= last; k++) {
      if (gone[k]) continue
      gone[k] = 1
      for (const [ev, v] of grown[k].evidence) if (!merged.evidence.has(ev)) merged.evidence.set(ev, v)
      if (rank(grown[k].cls) > rank(merged.cls)) merged.cls = grown[k].cls
    }
    merged.start = Math.min(merged.start, from)
    merged.end = Math.max(merged.end, stop)
    if (!merged.evidence.has('trigger')) merged.evidence.set('trigger', lead)
  }
  const kept = grown.filter((_, k) => !gone[k])
  if (!added.length) return kept
  return kept.concat(added).sort((a, b) => a.start - b.start)
}
