/**
 * The conditions the text names before they are grown or judged: the health lexicon's hits and what the
 * condition patterns read (symptoms at a clause's start, positive results, lab readings, scores, graded
 * findings, signs, passive injuries, procedures). Sorted by start, longest first; they may overlap.
 */
import { healthLexicon } from '../data/health-lexicon'
import type { HealthClass } from '../data/health-model'
import { CodeSet } from '../int-tables'
import type { LexiconKey } from '../lexicons'
import type { ScanContext } from '../scan-context'
import { CELL_CHANGE, GRADE_FINDING, POINTS, SCORE_NAME, SCORE_NOT, SIGN_BEFORE, SIGN_HEAD, SIGN_HEAD_FIRST, GRADED, INJURY_GRADE, LAB_VALUE, ORGAN_OPERATED, ORGAN_TUMOUR, PLANNED_BEFORE, POSITIVE, POSITIVE_ITEM_BOUNDARY, PREGNANCY_WEEKS, PROCEDURE_STOP, VIA } from './health-grammar'
import { type Span, atHits, firstChars, matchesFrom, personEnds } from './health-text'
import { IMPAIRMENT, IMPAIRMENT_FIRST, LAB_QUALITY, SYMPTOM_AT, SYMPTOM_FIRST } from './health-phrases'
import { colloquialComplaints } from './health-colloquial'
import { passiveInjuries } from './health-injury'
import { wordBand } from './name-context'
import { getTables } from './name-tables'
import { TITRE, labReadings } from './health-labs'

const GENERIC = new Set(healthLexicon.generic)
/** a classifier after a bare number: a count (42个治疗量, 6次, 3袋), not a measurement */
const COUNT_AFTER = /^\s*(?:个|次|袋|份|人|例|名|轮|单位|治疗量|毫升|ml|mL)/
const SIGN_STARTS = firstChars(SIGN_HEAD_FIRST)
const IMPAIRMENT_STARTS = firstChars(IMPAIRMENT_FIRST)
/** Where a clause starts, or a word that opens a complaint (有, 伴, 常, 已, 仍) or joins one to another (偏瘫和构音障碍), by code. */
const CLAUSE_START_BEFORE = new CodeSet('，,、；;。\n\t：:有伴常已仍和及')
/** an organism found in a sample (检出 + …菌 / 病毒 / 支原体, and its abbreviation in brackets) */
const ORGANISM_FOUND = /检出((?:(?![，,。；;、\n]|阳性|阴性)[^\s]){2,16}?(?:杆菌|球菌|弧菌|螺旋体|真菌|病毒|支原体|衣原体|原虫|虫卵)(?:[（(][A-Za-z0-9-]{2,10}[）)])?)/g
/** what a sample that is no person's was taken from, in the clause before 检出 */
const SAMPLE_BEFORE = /(?:水|食品|食物|样品|批次|环境|土壤|空气|表面|餐具|原料|饲料|产品|水源|井)[^，,。；;\n]*$/
/** a person right before a complaint (母亲肚子胀, 孩子呼吸急促): where a symptom's clause starts too */
const PERSON_WORD_BEFORE = /(?:母亲|父亲|孩子|儿子|女儿|老人|患者|本人|妻子|丈夫|患儿)$/
/** the last characters of those words, to test before the pattern */
const PERSON_WORD_END = new CodeSet('亲子儿人者夫')
/** what ends an adjective in 性 (退行性, 遗传性, 原发性, 器质性), not a verb before a condition (有性病史, 患性病) */
const ADJECTIVE_BEFORE_XING = new CodeSet('行传发天业毒原变质能理激敏急慢伤经应')
/** the verb that gives a procedure to someone, right before its name */
const PROCEDURE_VERB_BEFORE = /(?:行|做|接受|实施|进行|予)$/

/** Every condition the lexicon or a pattern names, as it is written (health-spans.ts grows and judges them). */
export function rawConditions(ctx: ScanContext): Span[] {
  const text = ctx.text
  const raw: Span[] = []
  const add = (start: number, end: number, cls: HealthClass, word: string): Span => {
    const sp: Span = { start, end, cls, word, evidence: new Map() }
    raw.push(sp)
    return sp
  }
  const words = getTables()
  const fromHits = (key: LexiconKey, clsOf: (w: string) => HealthClass): void => {
    const h = ctx.hits[key]
    for (let k = 0; k < h.count; k++) {
      const start = h.starts[k]
      const end = h.ends[k]
      // a two-character term read across two words is neither (最|近视|力: 最近 and 视力)
      if (end - start === 2 && start > 0 && end < text.length && wordBand(words, text, start - 1) >= 1 && wordBand(words, text, end - 1) >= 1) continue
      // (退行|性病|变: 性 ends the adjective before it, and 病 starts the word after it — 退行性病变)
      if (end - start === 2 && text.charCodeAt(start) === 0x6027 && ADJECTIVE_BEFORE_XING.has(text.charCodeAt(start - 1)) && wordBand(words, text, end - 1) >= 1) continue
      add(start, end, clsOf(h.words[k]), h.words[k])
    }
  }
  fromHits('disease', (w) => (GENERIC.has(w) ? 'generic' : 'disease'))
  fromHits('nonCondition', () => 'none')
  fromHits('symptom', () => 'symptom')
  fromHits('treatment', () => 'treatment')
  fromHits('revealing', () => 'revealing')
  // 不能独坐，吞咽困难，…: a body part or function with a symptom's ending at a clause's start
  for (let p = SYMPTOM_FIRST.next(text, 0); p >= 0; p = SYMPTOM_FIRST.next(text, p + 1)) {
    const clause = p === 0 || CLAUSE_START_BEFORE.has(text.charCodeAt(p - 1))
    if (!clause && !(PERSON_WORD_END.has(text.charCodeAt(p - 1)) && PERSON_WORD_BEFORE.test(text.slice(Math.max(0, p - 3), p)))) continue
    SYMPTOM_AT.lastIndex = p
    const m = SYMPTOM_AT.exec(text)
    // (发现老人情绪异常时请…: after a person word, a complaint followed by 时 is a case foreseen, not one seen)
    if (m && (clause || text.charCodeAt(p + m[0].length) !== 0x65f6)) add(p, p + m[0].length, 'symptom', m[0].slice(0, 8))
  }
  let nameEnds: number[] | null = null
  if (text.includes('阳性')) {
    POSITIVE.lastIndex = 0
    for (let m = POSITIVE.exec(text); m; m = POSITIVE.exec(text)) {
      const end = m.index + m[0].length
      // 阳性率, 阳性病例12例: statistics
      if (/^(?:率|病例|者|或|\d|例|人|积水|容器|水体|样本|标本|的\d|的[一二三四五六七八九十]|[一二三四五六七八九十]*名)/.test(text.slice(end, end + 4))) continue
      let s = m.index
      while (s > 0 && m.index - s < 16 && !POSITIVE_ITEM_BOUNDARY.test(text[s - 1])) s--
      // (50023419800227****/HER2阳性: a cell's separator after a masked number is no part of the test's name)
      while (s < m.index && (text[s] === '/' || text[s] === ' ')) s++
      // (患者HIV-1/2抗体阳性: the person word before the test is its subject, not its name)
      const subject = /^(?:该患者|该患儿|患者|患儿|病人|本人|该生)/.exec(text.slice(s, m.index))
      if (subject && m.index - s - subject[0].length >= 2) s += subject[0].length
      // 学生闫雨萱PPD强阳性, 其其格阳性: the item starts after the person's name
      nameEnds ??= personEnds(ctx)
      let afterName = false
      for (const ne of nameEnds) {
        if (ne > s && ne <= m.index) {
          s = ne
          afterName = true
        }
      }
      const item = text.slice(s, m.index).replace(/^(?:检测|化验|检查|筛查)/, '')
      if (/\d+\s*(?:份|例|人|只|名)|其余|均/.test(text.slice(Math.max(0, s - 6), m.index))) continue
      if (item.replace(/(?:检测|化验|检查|筛查|试验|结果|呈|为|显示|提示|对|和|或)/g, '').length < 2) {
        if (afterName && item.length === 0) add(m.index, end, 'result', m[0]).evidence.set('trigger', 'a name')
        continue
      }
      add(m.index - item.length, end, 'result', m[0])
    }
  }
  // each pattern is tried only where the lexicon pass saw its first word (an organ, a lab test)
  atHits(ctx, 'organ', ORGAN_TUMOUR, (start, m) => add(start, start + m[0].length, 'disease', m[0]))
  // 胆囊手术, 甲状腺切除, 肺上开了刀: an organ operated on
  atHits(ctx, 'organ', ORGAN_OPERATED, (start, m) => add(start, start + m[0].length, 'procedure', m[0]))
  if (text.includes('功能')) {
    GRADED.lastIndex = 0
    for (let m = GRADED.exec(text); m; m = GRADED.exec(text)) add(m.index, m.index + m[0].length, 'disease', m[0])
  }
  // 孕24周 states someone's pregnancy by itself
  // (and 停经52天, G2P1: how long since the last period, how many pregnancies and births)
  if (text.includes('孕') || text.includes('停经') || text.includes('P')) {
    PREGNANCY_WEEKS.lastIndex = 0
    for (let m = PREGNANCY_WEEKS.exec(text); m; m = PREGNANCY_WEEKS.exec(text)) {
      const end = m.index + m[0].length
      // 拟孕34周左右剖宫产, 孕早期筛查: a plan or a programme's stage, not where someone is
      if (PLANNED_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) || /^(?:左右|前后|以[上后前内])|^[^，。；\n]{0,2}(?:筛查|检查|保健|建档|随访)/.test(text.slice(end, end + 6))) continue
      add(m.index, end, 'result', m[0]).evidence.set('trigger', m[0])
    }
  }
  // 损伤程度为轻伤二级: a forensic injury grade
  if (text.includes('伤') || text.includes('危险性') || text.includes('风险评估')) {
    INJURY_GRADE.lastIndex = 0
    for (let m = INJURY_GRADE.exec(text); m; m = INJURY_GRADE.exec(text)) add(m.index, m.index + m[0].length, 'disease', m[0])
  }
  // 听力重度下降, 记忆力严重减退: a faculty's decline with its degree or side
  if (text.includes('力') || text.includes('功能') || text.includes('认知') || text.includes('失能')) {
    matchesFrom(text, IMPAIRMENT_STARTS, IMPAIRMENT, (start, m) => add(start, start + m[0].length, 'disease', m[0]).evidence.set('modifier', ''))
  }
  // 甲胎蛋白986ng/mL, 复测158/96mmHg, 试管凝集1:200（++）: a measurement read by its shape; the item's
  // name starts after a person's name (李秀梅血红蛋白92g/L is 血红蛋白92g/L)
  const readings = labReadings(text)
  if (readings.length) nameEnds ??= personEnds(ctx)
  for (const r of readings) {
    let s = r.start
    for (const ne of nameEnds ?? []) if (ne > s && ne < r.end - 1) s = ne
    add(s, r.end, 'labValue', text.slice(s, Math.min(r.end, s + 8)))
  }
  // Barthel指数30分, MMSE评分9分: a clinical scale's score, read back from the points
  if (text.includes('分')) {
    POINTS.lastIndex = 0
    for (let m = POINTS.exec(text); m; m = POINTS.exec(text)) {
      const w = text.slice(Math.max(0, m.index - 16), m.index)
      const name = SCORE_NAME.exec(w)
      if (!name || SCORE_NOT.test(w.slice(0, w.length - name[0].length)) || /^\s*(?:满分|总分)/.test(name[0])) continue
      const start = m.index - name[0].length + (name[0].length - name[0].trimStart().length)
      add(start, m.index + m[0].length, 'score', name[0].trim().slice(0, 8))
    }
  }
  // Ⅲ级暴露, 左上肢肌力3级: a graded finding
  if (text.includes('级')) {
    GRADE_FINDING.lastIndex = 0
    for (let m = GRADE_FINDING.exec(text); m; m = GRADE_FINDING.exec(text)) add(m.index, m.index + m[0].length, 'disease', m[0])
  }
  // 咽部充血, 皮肤破损, 心脏杂音: a sign on a body part, read back from the sign's ending
  matchesFrom(text, SIGN_STARTS, SIGN_HEAD, (start, m) => {
    const body = SIGN_BEFORE.exec(text.slice(Math.max(0, start - 16), start))
    if (body && body[0]) add(start - body[0].length, start + m[0].length, 'sign', m[0])
  })
  if (text.includes('细胞') || text.includes('血')) {
    CELL_CHANGE.lastIndex = 0
    for (let m = CELL_CHANGE.exec(text); m; m = CELL_CHANGE.exec(text)) add(m.index, m.index + m[0].length, 'sign', m[0])
  }
  if (text.includes('1:') || text.includes('1：')) {
    TITRE.lastIndex = 0
    for (let m = TITRE.exec(text); m; m = TITRE.exec(text)) add(m.index, m.index + m[0].length, 'labValue', m[0].slice(0, 8))
  }
  // 分泌物培养检出耐甲氧西林金黄色葡萄球菌（MRSA）: the organism a sample from someone grew
  if (text.includes('检出')) {
    ORGANISM_FOUND.lastIndex = 0
    for (let m = ORGANISM_FOUND.exec(text); m; m = ORGANISM_FOUND.exec(text)) {
      const start = m.index + m[0].length - (m[1] ?? '').length
      const sp = add(start, m.index + m[0].length, 'result', '检出')
      // (井水检出大肠杆菌, 1批次检出沙门氏菌: water, food or a surface, not someone)
      if (SAMPLE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) sp.evidence.set('nonHuman', '')
      else sp.evidence.set('trigger', '检出')
    }
  }
  // 右小腿被钢筋划伤, 被狗咬伤左小腿: a wound written as what was done to the body
  for (const w of passiveInjuries(text)) add(w.start, w.end, 'disease', '伤').evidence.set('modifier', '')
  atHits(ctx, 'labName', LAB_VALUE, (start, m) => {
    // a reading has a figure or a graded result (尿蛋白（++）)
    if (!/[0-9]|[（(]\+/.test(m[0])) return
    // 机采血小板42个治疗量, 献血小板6次: a count of donations or doses, not a reading
    if (/[0-9.]$/.test(m[0]) && COUNT_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 4))) return
    let end = start + m[0].length
    while (end > start && /\s/.test(text[end - 1])) end--
    add(start, end, 'labValue', m[0])
  })
  // 血压控制不佳, 血糖偏高: a measurement's qualitative result
  const labs = ctx.hits.labName
  for (let k = 0; k < labs.count; k++) {
    const q = LAB_QUALITY.exec(text.slice(labs.ends[k], labs.ends[k] + 24))
    if (q) add(labs.starts[k], labs.ends[k] + q[0].length, 'labValue', labs.words[k])
  }
  const procs = ctx.hits.procedure
  for (let k = 0; k < procs.count; k++) {
    const at = procs.starts[k]
    let s = at
    while (s > 0 && at - s < 10 && /[\u4e00-\u9fff]/.test(text[s - 1]) && (!PROCEDURE_STOP.test(text[s - 1]) || VIA.test(text.slice(s - 1, s + 1)))) s--
    if (s < at) add(s, procs.ends[k], 'procedure', procs.words[k])
    // 再次行清创术, 予复位术: the procedure's own name right after the verb that gives it to someone
    else if (PROCEDURE_VERB_BEFORE.test(text.slice(Math.max(0, at - 2), at))) add(at, procs.ends[k], 'procedure', procs.words[k])
  }
  // 腰疼得直不起来, 眼睛越来越看不清, 老胃病: complaints in everyday words
  // (a part and a predicate that hold a disease's name, 胫骨骨折, are read from the name: it grows to its
  // qualifiers and cause there; a colloquial name, 老胃病, is one word)
  const diseases = ctx.hits.disease
  colloquialComplaints(ctx, (start, end, word, named) => {
    if (!named) for (let k = 0; k < diseases.count; k++) if (diseases.starts[k] >= start && diseases.ends[k] <= end) return null
    return add(start, end, 'complaint', word)
  })
  raw.sort((a, b) => a.start - b.start || b.end - a.end)
  return raw
}
