/**
 * HEALTH: a person's condition, as a careful reader sees it. A condition word (a disease from the curated
 * list or THUOCL's medical words, an injury, a symptom, a treatment that reveals one, a test result, a lab
 * value) is grown to the whole condition with its qualifiers (慢性肾功能衰竭（尿毒症期）, 2型糖尿病,
 * 宫颈癌三期, 左肩锁骨骨折) and scored by a small logistic model (data/health-model.ts) over the evidence
 * that it is somebody's: a verb that ties it to someone (确诊, 诊断为, 患有, 出现, 伴, 诉), a label
 * (症状：, 诊断：, 既往史：), a person in the sentence or the document, a list with other conditions — and
 * the evidence that it is not: statistics (共有确诊病例37例, 患者规范管理率) and programmes (两癌筛查活动,
 * 全国爱眼日). Disability category and level, pregnancy and family-planning terms, mental-health and
 * minors' markers, and cells under 病种/残疾类别 headers as before. A heading names a programme, not
 * someone's condition, and a 《title》 is a document.
 */
import { alternation, lineEndOf, lineStartOf } from '../context'
import { personIndicators } from '../data/health-lexicon'
import { type HealthClass, type HealthEvidence, healthModel } from '../data/health-model'
import { columnReason, withReason } from '../interned'
import { reason, reasonWith, type Reason } from '../reasons'
import type { LexiconKey } from '../lexicons'
import { type ScanContext, emit } from '../scan-context'
import { adviceEvidence } from './health-advice'
import { ailingClauses } from './health-clause-scan'
import { addTaggedConditions } from './health-tagger'
import { AGGREGATE_BEFORE, ANIMAL_AFTER, ANIMAL_BEFORE, ASSESSED_LEVEL, COUNT_AFTER, DISABILITY, DISABILITY_TOPIC, FIELD, GUIDANCE_AFTER, GUIDANCE_BEFORE, STATISTICS } from './health-grammar'
import { conditionSpans } from './health-spans'
import { wordBand } from './name-context'
import { getTables } from './name-tables'
import { EVIDENCE_REASON, type Span, anyIn, confirmedNameStarts, groupOf, inBookTitle, inFigurativeIdiom, isHeading, nameStarts, quotedName, sentenceBounds } from './health-text'
import { scores } from '../data/scores'
import { extendConditionTails } from './health-tails'
import { CLASS_REASON, DISABILITY_REASON, NEGATED, afterLabel, mentalHealthTerm, minorsTerm, pregnancyTerm, tiedBy } from './health-reasons'

const S = scores.health

const TERMS: readonly [LexiconKey, string, number, (word: string) => Reason][] = [
  ['pregnancy', 'health-pregnancy', S.pregnancyWord, pregnancyTerm],
  ['mental', 'health-mental', S.mentalHealthWord, mentalHealthTerm],
  ['minors', 'health-minor', S.minorsWord, minorsTerm],
]
const PERSON = new RegExp(alternation(personIndicators))
/** Words for a class of people (孕产妇, 留守儿童): someone's data only beside a name. */
const PEOPLE_CLASS = /孕产妇|孕妇|产妇|儿童|孤儿/
const PREGNANT_PERSON = /^(?:高危)?(?:孕产妇|孕妇|产妇)$/

/** Symptoms: ordinary words too, so they count only when something ties them to someone. */
const LISTED_CLASSES = new Set<HealthClass>(['symptom'])

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

const GROUP_EVIDENCE: readonly HealthEvidence[] = ['organisation', 'population', 'nonHuman', 'product']
const TIE_EVIDENCE: readonly HealthEvidence[] = ['trigger', 'list', 'person', 'documentPerson', 'subject']

export function detectHealth(ctx: ScanContext): void {
  const text = ctx.text
  // the first line is the notice's title, unless it is a row about someone (冉春燕／…／HER2阳性乳腺癌: cells, or a
  // sure name in it)
  const sure = confirmedNameStarts(ctx)
  let firstLineStart = lineStartOf(text, text.search(/\S/) + 1)
  // (only a short line can be a heading: a bounded look)
  const firstLine = text.slice(firstLineStart, Math.min(firstLineStart + 200, lineEndOf(text, firstLineStart)))
  if (/[／|｜\t]/.test(firstLine)) firstLineStart = -1
  // (a heading that names someone tells of them: 关于王秀英患精神分裂症的情况报告)
  const heading = (start: number): boolean => isHeading(text, start, firstLineStart) && !anyIn(sure, lineStartOf(text, start), lineEndOf(text, start))
  const push = (start: number, end: number, confidence: number, rule: string, reasons: Reason[]): void => {
    if (inBookTitle(text, start) || heading(start) || inFigurativeIdiom(text, start, end)) return
    emit(ctx, 'HEALTH', start, end, confidence, rule, reasons)
  }
  // a sentence is about a person when it says so (患者, 其子, 男，…) or names one
  let names: Int32Array | null = null
  // (a guess at a name — 莫西林 in 阿莫西林 — names nobody: the sentence's and the document's subject need a sure one)
  const aboutPerson = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    if (PERSON.test(text.slice(s, e))) return true
    return anyIn(sure, s, e)
  }
  const nameNear = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    names ??= nameStarts(ctx)
    return anyIn(names, s, e)
  }
  const sureNameNear = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    return anyIn(sure, s, e)
  }
  const documentAboutPerson = sure.length > 0 || /该患者|该病例|患者[于系自之因]|病例\d*[：:]|当事人|申请人|来电人/.test(text)
  // a sentence of figures about a population (发病1.27万例, 规范管理率为94.1%) is statistics, not a person
  // the figures of a condition itself (糖化血红蛋白7.8%, 50%葡萄糖注射液) are the person's, not a population's
  const spans = conditionSpans(ctx)
  const statistics = (start: number, end: number): boolean => {
    const [s, e] = sentenceBounds(text, start, end)
    if (!STATISTICS.test(text.slice(s, e))) return false
    if (!STATISTICS.test(withoutSpans(text, s, e, spans))) return false
    names ??= nameStarts(ctx)
    return !anyIn(names, s, e)
  }

  if (spans.length) {
    // 出现呕吐、阵发性腹痛，随后腹泻十余次: a complaint with nothing of its own tying it to someone, in the sentence
    // of a condition that is tied (a verb, a label), is listed with it
    const tied = spans.map((sp) => sp.evidence.has('trigger') || sp.evidence.has('label'))
    for (let i = 0; i < spans.length; i++) {
      const sp = spans[i]
      if (tied[i] || sp.evidence.has('list') || !LISTED_CLASSES.has(sp.cls)) continue
      const [ss, se] = sentenceBounds(text, sp.start, sp.end)
      let j = i - 1
      while (j >= 0 && spans[j].start >= ss && !tied[j]) j--
      let k = i + 1
      while (k < spans.length && spans[k].end <= se && !tied[k]) k++
      const beside = (j >= 0 && spans[j].start >= ss) || (k < spans.length && spans[k].end <= se)
      if (beside) sp.evidence.set('list', '')
    }
    for (const sp of spans) {
      // 一旦出现…, 不可自行服用…, 老年人和患有…: advice, a hypothetical or a class, where nobody is named
      if (!sureNameNear(sp.start, sp.end)) {
        const [ss, se] = sentenceBounds(text, sp.start, sp.end)
        const advice = adviceEvidence(text, sp.start, sp.end, ss, se)
        if (advice) sp.evidence.set(advice, '')
      }
      if (statistics(sp.start, sp.end)) sp.evidence.set('aggregate', '')
      else if (aboutPerson(sp.start, sp.end)) sp.evidence.set('person', '')
      else if (documentAboutPerson) sp.evidence.set('documentPerson', '')
      else sp.evidence.set('impersonal', '')
      // an organisation or a class of people is what the words name: what
      // would tie them to someone (伴, a list, a person elsewhere) does not count then
      if (GROUP_EVIDENCE.some((e) => sp.evidence.has(e))) for (const e of TIE_EVIDENCE) sp.evidence.delete(e)
      let z = healthModel.bias[sp.cls]
      // the condition's words are the value itself: the explanation names its kind, not the words
      const reasons: Reason[] = [CLASS_REASON[sp.cls]]
      for (const [ev, detail] of sp.evidence) {
        z += healthModel.weights[ev]
        reasons.push(detail === 'negated' ? NEGATED : ev === 'trigger' ? tiedBy(detail) : ev === 'label' ? afterLabel(detail) : EVIDENCE_REASON[ev])
      }
      push(sp.start, sp.end, sigmoid(z), `health-${sp.cls}`, reasons)
    }
  }

  if (text.includes('残') || text.includes('障碍') || text.includes('工伤') || /(?:视力|听力|言语|肢体|智力|精神)[一二三四1-4]级/.test(text)) {
    DISABILITY.lastIndex = 0
    for (let m = DISABILITY.exec(text); m; m = DISABILITY.exec(text)) {
      const end = m.index + m[0].length
      // 重度残疾人护理补贴, 严重精神障碍患者规范管理: a benefit or a programme's population
      if (/^人(?:[0-9０-９]|护理|生活|家庭|补贴|两项|康复|就业|托养)|^患者(?:规范|管理|监护|救治|救助|服务|逐人|家庭|[0-9])/.test(text.slice(end, end + 4))) {
        push(m.index, end, S.ruledOut, 'health-disability', [DISABILITY_REASON, EVIDENCE_REASON.programme])
        continue
      }
      // 其中视力残疾5名、听力残疾9名: a category and how many people are in it
      if (COUNT_AFTER.test(text.slice(end, end + 5))) {
        push(m.index, end, S.ruledOut, 'health-disability', [DISABILITY_REASON, EVIDENCE_REASON.aggregate])
        continue
      }
      // 不属于重度残疾, 为防止严重精神障碍…: ruled out, or what a programme prevents
      const lead = text.slice(Math.max(0, m.index - 8), m.index)
      // (严重精神障碍 names the register and its programme — 严重精神障碍患者管理, 在册严重精神障碍患者 — and is
      // never how a notice gives someone's diagnosis, which it names: 精神分裂症)
      if (/(?:不属于|不是|不符合|未达到?|非)$/.test(lead) || AGGREGATE_BEFORE.test(lead) || (lead.endsWith('严重') && m[0] === '精神障碍')) {
        push(m.index, end, S.ruledOut, 'health-disability', [DISABILITY_REASON, EVIDENCE_REASON.programme])
        continue
      }
      const group = groupOf(text, m.index, end, m[0])
      if (group && (group !== EVIDENCE_REASON.population || !aboutPerson(m.index, end))) {
        push(m.index, end, S.ruledOut, 'health-disability', [DISABILITY_REASON, group])
        continue
      }
      // "一、二级为重度残疾" defines a term; a field (残疾等级：一级), a table row or a sentence about
      // someone reports one
      if (ctx.tables.indexAt(m.index) < 0 && statistics(m.index, end)) {
        push(m.index, end, S.ruledOut, 'health-disability', [DISABILITY_REASON, EVIDENCE_REASON.aggregate])
        continue
      }
      if (!FIELD.test(m[0]) && ctx.tables.indexAt(m.index) < 0 && !aboutPerson(m.index, end) && !(documentAboutPerson && /级/.test(m[0]) && !/为|是|指/.test(text.slice(end, end + 2)))) {
        push(m.index, end, S.disabilityNoPerson, 'health-disability', [DISABILITY_REASON, reason('noPersonInSentence')])
        continue
      }
      push(m.index, end, /级|重度|中度|轻度/.test(m[0]) ? S.disabilityWithLevel : S.disability, 'health-disability', [DISABILITY_REASON])
    }
  }
  if (text.includes('级') && DISABILITY_TOPIC.test(text)) {
    ASSESSED_LEVEL.lastIndex = 0
    for (let m = ASSESSED_LEVEL.exec(text); m; m = ASSESSED_LEVEL.exec(text)) {
      const end = m.index + m[0].length
      const start = end - (m[1] ?? '').length
      // the assessment must be of someone (a name or a person word in the sentence) and on disability
      if (!aboutPerson(start, end) || !DISABILITY_TOPIC.test(text.slice(Math.max(0, start - 300), end))) continue
      push(start, end, S.assessedLevel, 'health-disability', [reason('disabilityLevel'), reasonWith('assessedLevel', { level: m[1] ?? '' }), EVIDENCE_REASON.person])
    }
  }
  const words = getTables()
  for (const [key, rule, base, termReason] of TERMS) {
    const hits = ctx.hits[key]
    for (let k = 0; k < hits.count; k++) {
      // hits are column-wise (lexicon-index.ts)
      const start = hits.starts[k]
      const end = hits.ends[k]
      const hWord = hits.words[k]
      // a term read across two words is neither (安全生|产检|查: 生产 and 检查; 待|孕妇|女: 待孕 and 妇女)
      if (start > 0 && end < text.length && wordBand(words, text, start - 1) >= 1 && wordBand(words, text, end - 1) >= 1) continue
      const ci = ctx.tables.indexAt(start)
      let reasons = [termReason(hWord)]
      let confidence = base
      if (GUIDANCE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || GUIDANCE_AFTER.test(text.slice(end, end + 6)) || quotedName(text, start, end) || ANIMAL_AFTER.test(text.slice(end, end + 2)) || ANIMAL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
        push(start, end, S.ruledOut, rule, withReason(reasons, reason('advice')))
        continue
      }
      // 在册残疾儿童43名, 孕产妇12人: a class of people and how many are in it
      if (ci < 0 && COUNT_AFTER.test(text.slice(end, end + 5))) {
        push(start, end, S.ruledOut, rule, withReason(reasons, EVIDENCE_REASON.aggregate))
        continue
      }
      const group = ci >= 0 ? null : groupOf(text, start, end, hWord)
      if (group && (group !== EVIDENCE_REASON.population || !aboutPerson(start, end))) {
        push(start, end, S.ruledOut, rule, withReason(reasons, group))
        continue
      }
      if (ci >= 0 && ctx.tables.kindOf(ci) === 'health') {
        confidence = S.inHealthColumn
        reasons = withReason(reasons, columnReason(ctx.tables.headerOf(ci)))
      } else if (statistics(start, end)) {
        confidence = S.ruledOut
        reasons = withReason(reasons, EVIDENCE_REASON.aggregate)
      } else if (aboutPerson(start, end)) {
        confidence += S.aboutPersonBonus
        reasons = withReason(reasons, EVIDENCE_REASON.person)
        // 孕产妇, 留守儿童: a class of people is someone's only beside a name; 孕妇, 产妇 name the person even
        // then (产妇宋佳怡, 与产妇通话), not a condition (孕24周, 怀孕 say that)
        if (PEOPLE_CLASS.test(hWord) && (PREGNANT_PERSON.test(hWord) || !nameNear(start, end))) {
          confidence = S.classOfPeople
          reasons = withReason(reasons, EVIDENCE_REASON.population)
        }
      } else if (PEOPLE_CLASS.test(hWord)) {
        confidence = S.classOfPeopleAlone
        reasons = withReason(reasons, EVIDENCE_REASON.population)
      }
      push(start, end + termTail(text, end, rule), confidence, rule, reasons)
    }
  }
  // 肚子鼓得跟扣了口锅一样: a clause nothing above read, that the clause model says tells of someone's ailment
  const ailing = ailingClauses(ctx)
  for (let k = 0; k < ailing.length; k += 3) {
    const p = ailing[k + 2] ?? 0
    push(ailing[k] ?? 0, ailing[k + 1] ?? 0, Math.min(p, S.clauseCap), 'health-clause', [reasonWith('healthClause', { value: p.toFixed(2) })])
  }
  // 腿肿得按下去一个坑: the characters the tagger reads as someone's condition (health-tagger.ts), where the sentence
  // or the notice is about someone and the sentence is not statistics
  addTaggedConditions(ctx, (a, b) => (documentAboutPerson || aboutPerson(a, b)) && !statistics(a, b), push)
  // 右乳浸润性导管癌（Ⅱ期）, 尿蛋白3+, 发烧38.6℃: a bracketed qualifier and a value's sign or unit belong to the condition
  extendConditionTails(ctx)
  const tables = ctx.tables
  const { count, starts, ends } = tables
  for (let i = 0; i < count; i++) {
    if (tables.kindOf(i) !== 'health' || ends[i] === starts[i]) continue
    const v = text.slice(starts[i], ends[i])
    if (/^(?:无|否|-|—|\/|健康|正常|良好)$/.test(v)) continue
    // 致贫原因: 年老体弱, 丧偶, 因学致贫 are circumstances; the cell is health data when it names a condition
    if (CAUSE_HEADER.test(tables.headerOf(i)) && !namesCondition(ctx, starts[i], ends[i])) continue
    // 精神分裂症，长期服药: a cell of several clauses is one condition, as sure as the word found inside it
    let confidence = S.healthCell
    if (/[，,]/.test(v)) for (const c of ctx.out) if (c.type === 'HEALTH' && c.start >= starts[i] && c.end <= ends[i]) confidence = Math.max(confidence, c.confidence)
    push(starts[i], ends[i], confidence, 'health-table-header', confidence > S.healthCell ? [columnReason(tables.headerOf(i)), reason('conditionInCell')] : [columnReason(tables.headerOf(i))])
  }
}

const PEOPLE_COUNT = /\d\s*万?(?:例|人次|人|名)|率/
/** The text of [s, e) with the condition spans in it blanked out. */
function withoutSpans(text: string, s: number, e: number, spans: readonly Span[]): string {
  let out = ''
  let at = s
  for (const sp of spans) {
    // a span that counts people itself (3名手足口病病例) keeps its figures
    if (sp.end <= at || sp.start >= e || PEOPLE_COUNT.test(text.slice(sp.start, sp.end))) continue
    if (sp.start > at) out += text.slice(at, sp.start)
    out += ' '
    at = Math.min(e, sp.end)
  }
  return out + text.slice(at, e)
}

/** Columns of a household's circumstances (致贫原因, 困难原因): only some of their cells are conditions. */
const CAUSE_HEADER = /原因|类型|情况/

/** A condition, treatment or disability word lies in [start, end). */
function namesCondition(ctx: ScanContext, start: number, end: number): boolean {
  // 因病, 因残, 因学: the kind of cause, not a condition
  if (/^因[病残学灾婚丧](?:致贫|返贫)?$/.test(ctx.text.slice(start, end).trim())) return false
  for (const key of ['disease', 'symptom', 'treatment', 'revealing', 'organ', 'procedure'] as const) {
    const h = ctx.hits[key]
    for (let k = 0; k < h.count; k++) if (h.starts[k] >= start && h.ends[k] <= end) return true
  }
  DISABILITY.lastIndex = 0
  const m = DISABILITY.exec(ctx.text.slice(start, end))
  return m !== null || /残疾|瘫|病|癌|伤/.test(ctx.text.slice(start, end))
}

/** What belongs to a pregnancy term after it: 孕检结果显示…, 自然流产史, 人工流产1次. */
const PREGNANCY_TAIL = /^(?:结果(?:显示|示|提示|为)?[^，。；;\n]{1,20}|史|[0-9一二三四五六七八九十两]+次|约?[0-9一二三四五六七八九十]+(?:\+[0-9])?(?:周|个多?月)余?|[早中晚]期(?:（孕[0-9]+(?:\+[0-9])?周）)?)/
function termTail(text: string, end: number, rule: string): number {
  if (rule !== 'health-pregnancy') return 0
  return PREGNANCY_TAIL.exec(text.slice(end, end + 24))?.[0].length ?? 0
}
