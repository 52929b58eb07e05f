/**
 * Every condition in the text from the lexicon hits and the condition patterns, grown to its qualifiers
 * and merged, with the evidence around it (labels, verbs, statistics, programmes, organisations).
 */
import { healthLexicon } from '../data/health-lexicon'
import type { HealthClass, HealthEvidence } from '../data/health-model'
import { CodeSet } from '../int-tables'
import type { LexiconKey } from '../lexicons'
import type { ScanContext } from '../scan-context'
import { captureClauses, chainConditions } from './health-clauses'
import { AFTER_CONDITION, AGGREGATE_AFTER, AGGREGATE_BEFORE, ALLERGEN, ANIMAL_BEFORE, BEFORE_CONDITION, BODY, BODY_PHRASE, CATEGORY_BEFORE, CAUSE_BEFORE, CELL_CHANGE, CROP_AFTER, CROP_BEFORE, DIAGNOSIS_VERB, GRADE_FINDING, POINTS, SCORE_NAME, SCORE_NOT, SIGN_BEFORE, SIGN_HEAD, SIGN_HEAD_FIRST, GENERAL_AFTER, GRADED, INJURY_GRADE, JOIN, KIND_BEFORE, ONSET_BEFORE, LABEL_VALUE, LAB_VALUE, NEGATED, NOT_A_CONDITION, ONGOING_AFTER, ONGOING_BEFORE, ORGAN_TUMOUR, PLANNED_BEFORE, PLANT_DISEASE, POSITIVE, PRODUCT_AFTER, POSITIVE_ITEM_BOUNDARY, PREGNANCY_WEEKS, PROCEDURE_STOP, PROGRAMME_AFTER, SUBSTANCE, TREATED_AT, TRIGGER_BEFORE } from './health-grammar'
import { COPULA_BEFORE, INSTITUTION, INSTITUTION_START, PLACE_PREFIX, POPULATION_AFTER, PROGRAMME_WORDS, type Span, anyIn, atHits, firstChars, matchesFrom, clauseStart, nameStarts, personEnds, phraseAfter, rank } from './health-text'
import { IMPAIRMENT, IMPAIRMENT_FIRST, LAB_QUALITY, SYMPTOM_AT, SYMPTOM_FIRST, complaintLead, labelValueEnd } from './health-phrases'
import { verbLed } from './health-verb-led'
import { wordBand } from './name-context'
import { getTables } from './name-tables'
import { passiveInjuries } from './health-injury'
import { TITRE, labReadings } from './health-labs'

export const GENERIC = new Set(healthLexicon.generic)
/** a classifier after a bare number: a count (42个治疗量, 6次, 3袋), not a measurement */
const COUNT_AFTER = /^\s*(?:个|次|袋|份|人|例|名|轮|单位|治疗量|毫升|ml|mL)/
/** An infection named by its pathogen: the words before 病毒感染 name the virus. */
const PATHOGEN_WORD = /^(?:病毒|细菌|真菌|杆菌|球菌)/
const PATHOGEN_NAME = /(?:(?![出现患有因为是的了和与及在于被伴致诊断查将开展做好加强防治控对从向等类型种])[\u4e00-\u9fffA-Za-z]){1,4}$/
const PACKS_AFTER = /^共?[0-9一二三四五六七八九十两]+(?:盒|支|瓶|片|粒|袋|剂|板)/
const SIGN_STARTS = firstChars(SIGN_HEAD_FIRST)
const IMPAIRMENT_STARTS = firstChars(IMPAIRMENT_FIRST)
/** Where a clause starts, or a word that opens a complaint (有, 伴, 常, 已, 仍), by code. */
const CLAUSE_START_BEFORE = new CodeSet('，,、；;。\n\t：:有伴常已仍')
/** a body part's character (腹 of 腹痛, 肢 of 肢骨性), and the sides or regions written before one (右上|腹痛) */
const BODY_CHAR = new RegExp(`^[${BODY}]`)
const DIRECTION_BEFORE = /[上下左右双侧]$/
/** a body part written out before its last character: 双下|肢, 右上|腹, 胆总|管 (not 餐后|腹: after a meal) */
const PART_BEFORE = new RegExp(`(?:[上下左右双侧总]|[${BODY}])+$`)
/** 狂犬病疫苗: one vaccine named by its disease (not a list that ends with one) */
const VACCINE = /^[^、及和与，,]+疫苗$/
const WHEN_TREATED = /(?:术后|产后|放疗后|化疗后)(?:辅助|巩固|维持)?$/
const DURATION_AFTER = /^[0-9]+(?:\.[0-9]+)?\s*(?:余?天|日|周|个月|月|小时|次|个疗程)/

/**
 * Every condition in the text, grown to its qualifiers, with the evidence found around it (without the
 * person evidence, which needs the sentence). Sorted by start, non-overlapping.
 */
export function conditionSpans(ctx: ScanContext): Span[] {
  const text = ctx.text
  const raw: Span[] = []
  const add = (start: number, end: number, cls: HealthClass, word: string): Span => {
    const sp: Span = { start, end, cls, word, evidence: new Map() }
    raw.push(sp)
    return sp
  }
  const fromHits = (key: LexiconKey, clsOf: (w: string) => HealthClass): void => {
    const h = ctx.hits[key]
    for (let k = 0; k < h.count; k++) add(h.starts[k], h.ends[k], clsOf(h.words[k]), h.words[k])
  }
  fromHits('disease', (w) => (GENERIC.has(w) ? 'generic' : 'disease'))
  fromHits('nonCondition', () => 'none')
  fromHits('symptom', () => 'symptom')
  fromHits('treatment', () => 'treatment')
  // 不能独坐，吞咽困难，…: a body part or function with a symptom's ending at a clause's start
  for (let p = 0, n = text.length; p < n; p++) {
    if (!SYMPTOM_FIRST.has(text.charCodeAt(p)) || (p > 0 && !CLAUSE_START_BEFORE.has(text.charCodeAt(p - 1)))) continue
    SYMPTOM_AT.lastIndex = p
    const m = SYMPTOM_AT.exec(text)
    if (m) add(p, p + m[0].length, 'symptom', m[0].slice(0, 8))
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
  if (text.includes('功能')) {
    GRADED.lastIndex = 0
    for (let m = GRADED.exec(text); m; m = GRADED.exec(text)) add(m.index, m.index + m[0].length, 'disease', m[0])
  }
  // 孕24周 states someone's pregnancy by itself
  if (text.includes('孕')) {
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
    while (s > 0 && at - s < 10 && /[\u4e00-\u9fff]/.test(text[s - 1]) && !PROCEDURE_STOP.test(text[s - 1])) s--
    if (s < at) add(s, procs.ends[k], 'procedure', procs.words[k])
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end)

  // grow each to its qualifiers, then merge what overlaps or touches (慢性肾衰竭 + 尿毒症期)
  let grown: Span[] = []
  let claimed = -1
  for (const sp of raw) {
    // leftmost-longest, as a reader segments: 发热|症状, not 发|热症; 衰竭 inside 肾衰竭 is the same word
    if (sp.start < claimed) continue
    claimed = sp.end
    if (sp.cls === 'none') continue
    if (sp.cls === 'disease' || sp.cls === 'generic' || sp.cls === 'symptom' || sp.cls === 'sign') {
      const window = text.slice(Math.max(0, sp.start - 14), sp.start)
      const m = BEFORE_CONDITION.exec(window)
      const body = BODY_PHRASE.exec(window)
      if (sp.word.includes('过敏') || sp.word === '中毒') {
        const a = sp.word === '中毒' ? SUBSTANCE.exec(window) : ALLERGEN.exec(window)
        if (a && a[0]) {
          sp.start -= a[0].length
          if (sp.cls === 'generic') sp.cls = 'disease'
        }
      } else if (PATHOGEN_WORD.test(sp.word) && PATHOGEN_NAME.test(window)) {
        // 巨细胞病毒感染, 幽门螺杆菌感染: the pathogen's name belongs to the infection
        sp.start -= PATHOGEN_NAME.exec(window)?.[0].length ?? 0
        sp.evidence.set('modifier', '')
      } else if ((m && m[0]) || (body && body[0]) || KIND_BEFORE.test(window) || (BODY_CHAR.test(sp.word[0] ?? '') && DIRECTION_BEFORE.test(window))) {
        // qualifiers and body parts chain: 胸12椎体 + 爆裂性 + 骨折, 右侧 + 基底节区 + 脑出血
        const wordStart = sp.start
        for (let round = 0; round < 4; round++) {
          const w = text.slice(Math.max(0, sp.start - 14), sp.start)
          const grow = Math.max(BEFORE_CONDITION.exec(w)?.[0].length ?? 0, BODY_PHRASE.exec(w)?.[0].length ?? 0, KIND_BEFORE.exec(w)?.[0].length ?? 0)
          if (!grow) break
          sp.start -= grow
        }
        // a qualifier that began at a body part (肢|骨性 of 双下肢骨性关节炎) leaves the rest of the part before it
        const part = BODY_CHAR.test(text[sp.start] ?? '') ? PART_BEFORE.exec(text.slice(Math.max(0, sp.start - 8), sp.start + 1)) : null
        if (part && part[0].length > 1) sp.start -= part[0].length - 1
        // a qualifier never begins inside a word: 创|面感染, 铁|皮划伤, 知|道中风 — the word before keeps its character
        if (sp.start < wordStart && sp.start > 0 && wordBand(getTables(), text, sp.start - 1) >= 1 && wordBand(getTables(), text, sp.start) < 1) sp.start++
        sp.evidence.set('modifier', '')
        // a body part or qualifier makes a generic word specific: 腰椎骨折, 肺部感染
        if (sp.cls === 'generic') sp.cls = 'disease'
      }
    }
    // 术后化疗, 产后康复治疗, 术后辅助化疗: when the treatment is given, and what for, belongs to it
    if (sp.cls === 'treatment') sp.start -= WHEN_TREATED.exec(text.slice(Math.max(0, sp.start - 5), sp.start))?.[0].length ?? 0
    // 周围神经病 + 变, 腰椎间盘突出 + 症: the word's own ending, cut by a shorter dictionary entry
    if (text[sp.end] === '变' && text[sp.end - 1] === '病') sp.end++
    else if (text[sp.end] === '后' && text[sp.end - 1] === '术') sp.end++
    else if (text[sp.end] === '症' && text[sp.end + 1] !== '状' && !sp.word.endsWith('症')) sp.end++
    const tail = AFTER_CONDITION.exec(text.slice(sp.end, sp.end + 24))
    if (tail && tail[0]) sp.end += tail[0].length
    const last = grown[grown.length - 1]
    const joined = last && sp.start > last.end && sp.start - last.end <= 2 && rank(sp.cls) >= 1 && rank(last.cls) >= 1 && JOIN.test(text.slice(last.end, sp.start))
    const touching = last && (joined || (sp.start === last.end && rank(sp.cls) >= 1 && rank(last.cls) >= 1))
    if (last && (sp.start < last.end || touching)) {
      if (sp.end > last.end) last.end = sp.end
      if (rank(sp.cls) > rank(last.cls)) last.cls = sp.cls
      for (const [k, v] of sp.evidence) last.evidence.set(k, v)
      continue
    }
    grown.push(sp)
  }

  // labelled values: whatever follows 诊断：/症状：/既往史： is health data, word or not
  let labelNames: Int32Array | null = null
  if (ctx.hits.healthField.count) {
    atHits(ctx, 'healthField', LABEL_VALUE, (matchStart, m) => {
      const value = (m[1] ?? '').trim()
      if (!value || NOT_A_CONDITION.test(value)) return
      const start = matchStart + m[0].length - (m[1] ?? '').length + ((m[1] ?? '').length - (m[1] ?? '').trimStart().length)
      labelNames ??= nameStarts(ctx)
      // 病情：尿毒症，长期透析: the value runs on over the clauses that continue the condition
      const end = labelValueEnd(text, start + value.length, (s, e) => grown.some((g) => g.start < e && s < g.end), labelNames)
      // 伤情：被害人张嘉欣经…检查，右肘部…: a value that names someone is the narrative, not the condition
      if (anyIn(labelNames, start, end)) return
      const label = m[0].slice(0, m[0].indexOf(value)).replace(/[\s：:]+$/, '')
      const inside = grown.filter((g) => g.start < end && start < g.end)
      if (inside.length) {
        for (const g of inside) {
          g.evidence.set('label', label)
          g.start = Math.min(g.start, start)
          g.end = Math.max(g.end, end)
        }
        return
      }
      grown.push({ start, end, cls: 'disease', word: value.slice(0, 8), evidence: new Map([['label', label]]) })
    })
    grown.sort((a, b) => a.start - b.start)
    // the label widened some spans: merge again
    for (let i = 1; i < grown.length; i++) {
      const a = grown[i - 1]
      const b = grown[i]
      if (b.start < a.end) {
        a.end = Math.max(a.end, b.end)
        for (const [k, v] of b.evidence) a.evidence.set(k, v)
        if (rank(b.cls) > rank(a.cls)) a.cls = b.cls
        grown.splice(i--, 1)
      }
    }
  }

  // verb-led: a medicine someone takes (平时吃左乙拉西坦) and a condition named by its ending (曾患川崎病)
  if (ctx.hits.healthVerb.count || ctx.hits.drugForm.count) grown = verbLed(ctx, grown)

  for (const sp of grown) {
    const cs = clauseStart(text, sp.start, 24)
    const before = text.slice(cs, sp.start)
    if (NEGATED.test(before)) {
      sp.evidence.set('aggregate', 'negated')
      continue
    }
    // 高处坠落致左股骨骨折, 车祸致颅脑损伤: how it happened is part of the condition
    const cause = CAUSE_BEFORE.exec(before)
    if (cause) sp.start -= cause[0].length
    // 突发左侧肢体无力, 反复头晕一周: how it comes on is part of the complaint
    else {
      const onset = ONSET_BEFORE.exec(before)
      if (onset) sp.start -= onset[0].length
    }
    const trig = TRIGGER_BEFORE.exec(before)
    // 确诊的肺结核患者: a relative clause names a class of people, not someone's diagnosis
    if (trig && !trig[0].includes('的')) {
      sp.evidence.set('trigger', trig[0].replace(/[^\u4e00-\u9fff]+$/, ''))
      const verb = DIAGNOSIS_VERB.exec(before)
      if (verb) sp.start -= verb[0].length
    } else if (!trig) {
      // 自述近两周头晕，晨起明显，双下肢轻度浮肿: the clauses after a complaint's lead go on with it
      const lead = complaintLead(text, sp.start)
      if (lead) sp.evidence.set('trigger', lead)
    }
    const after = text.slice(sp.end, sp.end + 14)
    if ((sp.cls === 'treatment' || sp.cls === 'procedure') && !sp.evidence.has('trigger') && TREATED_AT.test(text.slice(Math.max(0, sp.start - 16), sp.start))) sp.evidence.set('trigger', '在…医院')
    if ((sp.cls === 'treatment' || sp.cls === 'procedure') && !sp.evidence.has('trigger') && ONGOING_AFTER.test(after)) sp.evidence.set('trigger', after.slice(0, 1))
    if ((sp.cls === 'treatment' || sp.cls === 'procedure') && !sp.evidence.has('trigger')) {
      const on = ONGOING_BEFORE.exec(before)
      if (on) sp.evidence.set('trigger', on[0])
    }
    const phrase = phraseAfter(text, sp.end)
    // 住院治疗12天, 透析3次: a duration or a count of sessions is the person's, not a number of cases
    // 共14盒: a medicine's dispensed quantity, not a number of cases
    if ((AGGREGATE_AFTER.test(after) && !DURATION_AFTER.test(after) && !(sp.cls === 'medication' && PACKS_AFTER.test(after))) || GENERAL_AFTER.test(after)) sp.evidence.set('aggregate', '')
    // (狂犬病疫苗, 麻疹-腮腺炎-风疹联合减毒活疫苗, 含百日咳成分疫苗, 破伤风针: a vaccine, not a condition)
    else if (PROGRAMME_AFTER.test(after) || PROGRAMME_WORDS.test(phrase) || VACCINE.test(text.slice(sp.start, sp.end))) sp.evidence.set('programme', '')
    if (sp.cls === 'medication' && PRODUCT_AFTER.test(after)) sp.evidence.set('product', '')
    if (PLANT_DISEASE.test(text.slice(Math.max(0, sp.start - 2), sp.end)) || CROP_BEFORE.test(text.slice(Math.max(0, sp.start - 8), sp.start)) || CROP_AFTER.test(after)) sp.evidence.set('nonHuman', '')
    if (INSTITUTION.test(phrase) || INSTITUTION_START.test(phrase) || PLACE_PREFIX.test(text.slice(Math.max(0, sp.start - 3), sp.start))) sp.evidence.set('organisation', '')
    if (POPULATION_AFTER.test(after) && !COPULA_BEFORE.test(before)) sp.evidence.set('population', '')
    if ((AGGREGATE_BEFORE.test(before) && !sp.evidence.has('trigger')) || CATEGORY_BEFORE.test(before) || ANIMAL_BEFORE.test(before)) sp.evidence.set('programme', '')
  }
  grown = captureClauses(ctx, grown)
  // a 、-list shares what ties it to someone (伴乏力、食欲不振、恶心) and what says it is statistics
  // (高血压、糖尿病患者规范管理率)
  let i = 0
  while (i < grown.length) {
    let j = i
    while (j + 1 < grown.length && grown[j + 1].start - grown[j].end <= 1 && /^[、和及与]?$/.test(text.slice(grown[j].end, grown[j + 1].start))) j++
    if (j > i) {
      const shared = new Map<HealthEvidence, string>()
      for (let k = i; k <= j; k++)
        for (const ev of ['trigger', 'aggregate', 'programme', 'label'] as const) {
          const v = grown[k].evidence.get(ev)
          if (v !== undefined && !shared.has(ev)) shared.set(ev, v)
        }
      for (let k = i; k <= j; k++) {
        grown[k].evidence.set('list', '')
        for (const [ev, v] of shared) if (!grown[k].evidence.has(ev)) grown[k].evidence.set(ev, v)
      }
    }
    i = j + 1
  }
  // 口腔溃疡、拒食; 低热、关节痛: a short item in the same 、-list as someone's condition is one too, known or not
  for (const sp of grown) {
    if (!(sp.evidence.has('trigger') || sp.evidence.has('label')) || LIST_EXCLUDE.some((e) => sp.evidence.has(e))) continue
    for (let m = LIST_ITEM_AFTER.exec(text.slice(sp.end, sp.end + 8)); m; m = LIST_ITEM_AFTER.exec(text.slice(sp.end, sp.end + 8))) sp.end += m[0].length
    const cs = clauseStart(text, sp.start, 24)
    const items = LIST_ITEMS_BEFORE.exec(text.slice(cs, sp.start))
    if (items && TRIGGER_BEFORE.test(text.slice(cs, sp.start - items[0].length))) sp.start -= items[0].length
  }
  // 咳嗽、咳黄痰3天，发热38.6℃; 发热、咳嗽4天，伴流涕: a symptom list goes on over a comma when the next
  // clause starts with another condition — what tied the first to someone ties the next
  for (let k = 1; k < grown.length; k++) {
    const a = grown[k - 1]
    const b = grown[k]
    const tie = a.evidence.get('trigger') ?? a.evidence.get('label')
    if (tie === undefined || b.evidence.has('trigger') || b.evidence.has('label') || !COMMA_LIST_GAP.test(text.slice(a.end, b.start))) continue
    if (LIST_EXCLUDE.some((e) => a.evidence.has(e) || b.evidence.has(e))) continue
    b.evidence.set('trigger', tie)
    b.evidence.set('list', '')
  }
  return chainConditions(text, grown, nameStarts(ctx))
}

export const LIST_EXCLUDE: readonly HealthEvidence[] = ['aggregate', 'programme', 'organisation', 'population', 'nonHuman', 'product']
/** 、拒食 at the end of a list: a short item closed by the clause's end, 等 or 症状 */
export const LIST_ITEM_AFTER = /^、[\u4e00-\u9fff]{1,5}?(?:[0-9一二三四五六七八九十两半]+余?(?:天|日|周|个月|年|小时))?(?=[，。；;\n”"]|等|症状|的情况|$)/
/** Between two symptoms of one list over a comma: the comma and at most 伴/伴有/并 */
export const COMMA_LIST_GAP = /^[，,]\s*(?:伴有|伴|并)?$/
/** 低热、 before the condition: short items right after what ties them to someone */
export const LIST_ITEMS_BEFORE = /(?:[\u4e00-\u9fff]{1,5}、)+$/
