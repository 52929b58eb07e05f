/**
 * Every condition in the text from the lexicon hits and the condition patterns, grown to its qualifiers
 * and merged, with the evidence around it (labels, verbs, statistics, programmes, organisations).
 */
import type { HealthClass, HealthEvidence } from '../data/health-model'
import type { ScanContext } from '../scan-context'
import { captureClauses, chainConditions } from './health-clauses'
import { AGGREGATE_AFTER, AGGREGATE_BEFORE, ALLERGEN, ANIMAL_BEFORE, BEFORE_CONDITION, BODY, BODY_PHRASE, CATEGORY_BEFORE, CAUSE_BEFORE, CROP_AFTER, CROP_BEFORE, DIAGNOSIS_VERB, GENERAL_AFTER, JOIN, KIND_BEFORE, ONSET_BEFORE, LABEL_VALUE, NEGATED, NOT_A_CONDITION, ONGOING_AFTER, ONGOING_BEFORE, PLANT_DISEASE, PRODUCT_AFTER, PROGRAMME_AFTER, SUBSTANCE, TREATED_AT, TRIGGER_BEFORE } from './health-grammar'
import { COPULA_BEFORE, INSTITUTION, INSTITUTION_START, PLACE_PREFIX, POPULATION_AFTER, PROGRAMME_WORDS, type Span, anyIn, atHits, clauseStart, nameStarts, phraseAfter, rank } from './health-text'
import { complaintLead, labelValueEnd } from './health-phrases'
import { subjectBefore } from './health-colloquial'
import { verbLed } from './health-verb-led'
import { qualifierAfter } from './health-tails'
import { wordBand } from './name-context'
import { getTables } from './name-tables'
import { rawConditions } from './health-candidates'

/** An infection named by its pathogen: the words before 病毒感染 name the virus. */
const PATHOGEN_WORD = /^(?:病毒|细菌|真菌|杆菌|球菌)/
const PATHOGEN_NAME = /(?:(?![出现患有因为是的了和与及在于被伴致诊断查将开展做好加强防治控对从向等类型种])[\u4e00-\u9fffA-Za-z]){1,4}$/
const PACKS_AFTER = /^共?[0-9一二三四五六七八九十两]+(?:盒|支|瓶|片|粒|袋|剂|板)/
/** a body part's character (腹 of 腹痛, 肢 of 肢骨性), and the sides or regions written before one (右上|腹痛) */
const BODY_CHAR = new RegExp(`^[${BODY}]`)
const DIRECTION_BEFORE = /[上下左右双侧]$/
/** a body part written out before its last character: 双下|肢, 右上|腹, 胆总|管 (not 餐后|腹: after a meal) */
const PART_BEFORE = new RegExp(`(?:[上下左右双侧总]|[${BODY}])+$`)
/** 狂犬病疫苗: one vaccine named by its disease (not a list that ends with one) */
const VACCINE = /^[^、及和与，,]+疫苗$/
/** the classes of what is given to someone (a treatment, one that tells of a condition, an operation) */
const GIVEN = new Set<HealthClass>(['treatment', 'revealing', 'procedure'])
/** after a treatment's word, what names its service instead: a room, a machine, supplies, records, staff */
const SERVICE_AFTER = /^(?:室|机(?!构)|机位|耗材|管路|岗位|记录|专区|区|科|中心|病房|护士|设备|质控)/
const WHEN_TREATED = /(?:术后|产后|放疗后|化疗后)(?:辅助|巩固|维持)?$/
/** a treatment's words that open with how long or how often it goes on (长期氧疗, 每日透析) */
const ONGOING_START = /^(?:长期|每日|每天|每周|定期)/
/** a value measured on someone, with its unit (血糖1.9mmol/L, 血压180/110mmHg, 体温39.2℃): no count of cases */
const MEASURED_AFTER = /^[0-9]+(?:\.[0-9]+)?(?:\/[0-9]+)?\s*(?:mmol|μmol|umol|mg|g\/|U\/|IU|mmHg|kPa|℃|°C|次\/分|bpm|kg|cm|mm|ml|mL)/
/** a device's noun after a condition (防褥疮气垫床) */
const DEVICE_AFTER = /^[^，。；;\n]{0,2}(?:气垫床|床垫|垫|床|袜|鞋|护具|护栏|装置|设备|器材|用品)/
const DURATION_AFTER = /^[0-9]+(?:\.[0-9]+)?\s*余?(?:天|日|周|个月|月|小时|次|回|个疗程)|^[0-9]{1,2}(?:\.[0-9]+)?\s*余?年/

/**
 * Every condition in the text, grown to its qualifiers, with the evidence found around it (without the
 * person evidence, which needs the sentence). Sorted by start, non-overlapping.
 */
export function conditionSpans(ctx: ScanContext): Span[] {
  const text = ctx.text
  const raw = rawConditions(ctx)

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
        if (sp.start < wordStart && sp.start > 0 && ((wordBand(getTables(), text, sp.start - 1) >= 1 && wordBand(getTables(), text, sp.start) < 1) || text.startsWith('查体', sp.start - 1))) sp.start++
        sp.evidence.set('modifier', '')
        // a body part or qualifier makes a generic word specific: 腰椎骨折, 肺部感染
        if (sp.cls === 'generic') sp.cls = 'disease'
      }
    }
    // 术后化疗, 产后康复治疗, 术后辅助化疗: when the treatment is given, and what for, belongs to it
    if (sp.cls === 'treatment' || sp.cls === 'revealing') sp.start -= WHEN_TREATED.exec(text.slice(Math.max(0, sp.start - 5), sp.start))?.[0].length ?? 0
    // 周围神经病 + 变, 腰椎间盘突出 + 症: the word's own ending, cut by a shorter dictionary entry
    if (text[sp.end] === '变' && text[sp.end - 1] === '病') sp.end++
    else if (text[sp.end] === '后' && text[sp.end - 1] === '术') sp.end++
    else if (text[sp.end] === '症' && text[sp.end + 1] !== '状' && !sp.word.endsWith('症')) sp.end++
    sp.end += qualifierAfter(ctx, sp.end)
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

  let subjectNames: Int32Array | null = null
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
    // 老人疼痛加重, 她一到晚上就心慌: a person right before a complaint in its clause, or a quotation of someone's words
    if (!sp.evidence.has('subject') && SAID_OF.has(sp.cls)) {
      subjectNames ??= nameStarts(ctx)
      const who = subjectBefore(text, sp.start, subjectNames)
      if (who !== null) sp.evidence.set('subject', who)
    }
    const after = text.slice(sp.end, sp.end + 14)
    // a treatment or an operation given to someone: where, how long or how often says whose it is
    if (GIVEN.has(sp.cls) && !sp.evidence.has('trigger')) {
      if (TREATED_AT.test(text.slice(Math.max(0, sp.start - 16), sp.start))) sp.evidence.set('trigger', '在…医院')
      else if (ONGOING_AFTER.test(after)) sp.evidence.set('trigger', after.slice(0, 1))
      else {
        // (长期氧疗: how long it goes on may open the treatment's own words)
        const on = ONGOING_BEFORE.exec(before) ?? ONGOING_START.exec(text.slice(sp.start, sp.end))
        if (on) sp.evidence.set('trigger', on[0])
      }
    }
    const phrase = phraseAfter(text, sp.end)
    // 住院治疗12天, 透析3次: a duration or a count of sessions is the person's, not a number of cases
    // 共14盒: a medicine's dispensed quantity, not a number of cases
    if ((AGGREGATE_AFTER.test(after) && !DURATION_AFTER.test(after) && !MEASURED_AFTER.test(after) && !(sp.cls === 'medication' && PACKS_AFTER.test(after))) || GENERAL_AFTER.test(after)) sp.evidence.set('aggregate', '')
    // (狂犬病疫苗, 麻疹-腮腺炎-风疹联合减毒活疫苗, 含百日咳成分疫苗, 破伤风针: a vaccine, not a condition)
    else if (PROGRAMME_AFTER.test(after) || PROGRAMME_WORDS.test(phrase) || VACCINE.test(text.slice(sp.start, sp.end))) sp.evidence.set('programme', '')
    if (sp.cls === 'medication' && PRODUCT_AFTER.test(after)) sp.evidence.set('product', '')
    // 防褥疮气垫床, 防跌倒护栏: a device named by what it prevents
    if (text[sp.start - 1] === '防' && DEVICE_AFTER.test(after)) sp.evidence.set('product', '')
    if (PLANT_DISEASE.test(text.slice(Math.max(0, sp.start - 2), sp.end)) || CROP_BEFORE.test(text.slice(Math.max(0, sp.start - 8), sp.start)) || CROP_AFTER.test(after)) sp.evidence.set('nonHuman', '')
    if (INSTITUTION.test(phrase) || INSTITUTION_START.test(text.slice(sp.end, sp.end + 2)) || PLACE_PREFIX.test(text.slice(Math.max(0, sp.start - 3), sp.start))) sp.evidence.set('organisation', '')
    // 透析室, 透析机位, 化疗耗材, 透析记录: the service, its room or its paperwork, not someone's treatment
    if (sp.cls === 'revealing' && SERVICE_AFTER.test(after)) sp.evidence.set('organisation', '')
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
        for (const ev of ['trigger', 'aggregate', 'programme', 'label', 'subject'] as const) {
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
  for (let g = 0; g < grown.length; g++) {
    const sp = grown[g]
    if (!(sp.evidence.has('trigger') || sp.evidence.has('label')) || LIST_EXCLUDE.some((e) => sp.evidence.has(e))) continue
    // (an item that is a condition of its own — 失眠、头痛 — stays its own span)
    const nextStart = g + 1 < grown.length ? grown[g + 1].start : text.length
    for (let m = LIST_ITEM_AFTER.exec(text.slice(sp.end, sp.end + 8)); m && sp.end + m[0].length <= nextStart; m = LIST_ITEM_AFTER.exec(text.slice(sp.end, sp.end + 8))) sp.end += m[0].length
    const cs = clauseStart(text, sp.start, 24)
    const items = LIST_ITEMS_BEFORE.exec(text.slice(cs, sp.start))
    // (items that are conditions already, 二甲双胍、阿卡波糖, are spans of their own: none is taken over)
    const prevEnd = g > 0 ? grown[g - 1].end : -1
    if (items && prevEnd <= sp.start - items[0].length && TRIGGER_BEFORE.test(text.slice(cs, sp.start - items[0].length))) sp.start -= items[0].length
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
  // 情绪低落，经常一个人掉眼泪: the next clause's complaint is said of the same person
  for (let k = 1; k < grown.length; k++) {
    const a = grown[k - 1]
    const b = grown[k]
    if (a.evidence.has('subject') && !b.evidence.has('subject') && COMMA_SUBJECT_GAP.test(text.slice(a.end, b.start))) b.evidence.set('subject', a.evidence.get('subject') ?? '')
  }
  return chainConditions(text, grown, nameStarts(ctx))
}

export const LIST_EXCLUDE: readonly HealthEvidence[] = ['aggregate', 'programme', 'organisation', 'population', 'nonHuman', 'product']
/** 、拒食 at the end of a list: a short item closed by the clause's end, 等 or 症状 */
export const LIST_ITEM_AFTER = /^、[\u4e00-\u9fff]{1,5}?(?:[0-9一二三四五六七八九十两半]+余?(?:天|日|周|个月|年|小时))?(?=[，。；;\n”"]|等|症状|的情况|$)/
/** Between two symptoms of one list over a comma: the comma and at most 伴/伴有/并 */
export const COMMA_LIST_GAP = /^[，,]\s*(?:伴有|伴|并)?$/
/** The kinds of condition a person's own words describe (a named disease or treatment has its own ties). */
const SAID_OF = new Set<HealthClass>(['complaint', 'symptom', 'generic', 'sign'])
/** Between two complaints of one person over a comma: how often, or 还, 也 */
const COMMA_SUBJECT_GAP = /^[，,、]\s*(?:经常|老是|总是|还|也|又|一个人)?$/
/** 低热、 before the condition: short items right after what ties them to someone */
export const LIST_ITEMS_BEFORE = /(?:[\u4e00-\u9fff]{1,5}、)+$/
