/**
 * Medicines and devices named after a verb of taking or wearing them, or with their dosage form, and
 * conditions named by their ending after 患/因/确诊.
 */
import { healthLexicon } from '../data/health-lexicon'
import type { HealthEvidence } from '../data/health-model'
import type { ScanContext } from '../scan-context'
import { CONDITION_ENDING } from './health-grammar'
import { qualifierAfter } from './health-tails'
import { SYMPTOM_PHRASE } from './health-phrases'
import { type Span, quotedName, rank } from './health-text'
import { adminStartingAt } from './gazetteer'
import { DRUG_FORM, DRUG_STEM, JOINED_DRUG, REGIMEN, TRAILING_DOSE, DOSE_IN_NAME, DRUG_NAME_STOP, DRUG_LEAD, NOT_DRUG, DRUG_END, DOSE, TAKING_VERBS, NOT_A_NAME, ordinaryWords } from './health-drugs'

const GENERAL_DISEASE = /^(?:重大|严重|其他|某种|相关|特定|一般|各类|各种|传染性)?疾病$/
/** A drug's dose right after a name, with how often it is taken: 5mg每晚一次, 10mg每日一次, 0.5g每日三次. */
const DOSED = /[0-9]+(?:\.[0-9]+)?\s*(?:mg|μg|ug|IU|毫克|微克)\s*[，,]?\s*((?:每日|每天|一日|每晚|每周|每早|每次)\s*[0-9一二三四两]+\s*次?)/g
/** Before a dosed name, not part of it: an order or a verb of taking. */
const DOSED_LEAD = /^(?:医嘱|遵医嘱|处方|长期|每日|每天|平时|继续|改服|加服|口服|服用|给予|予以|予|改为|改用|加用|停用)+/
/** A change of dose between the name and the dose: 加量至, 减为. */
const DOSE_CHANGE = /(?:加量|减量|调整|增加|减少|调|加|减|增|改)(?:至|到|为)$/
/** Verbs of any work (实施, 进行): their object is a treatment only when it says so. */
const GENERIC_WORK_VERBS = new Set(['实施', '进行'])
const MEDICAL_WORK = /治疗|疗法|康复|透析|化疗|放疗|氧疗|移植|术|插管|引流|洗胃|介入|搭桥|骨折|复位|切除|缝合|清创|截肢|置换/
/** A medicine's name and its dosage form at the words' start; after it, more words (not another medicine: 碳酸锂缓释片和喹硫平), */
const NAMED_FORM = '^[\\u4e00-\\u9fffA-Za-z0-9]{2,14}?(?:片|胶囊|颗粒|丸|口服液|注射液|滴眼液|软膏|乳膏|贴剂)'
const FORM_INSIDE = new RegExp(`${NAMED_FORM}(?=[\\u4e00-\\u9fff])(?![和及与并或])`)
/** another joined to it before the words go on (二甲双胍缓释片和甘精胰岛素: the first, the rest read after), or ending them (伐昔洛韦片和加巴喷丁: both) */
const FORM_BEFORE_JOIN = new RegExp(`${NAMED_FORM}(?=[和及与、][\\u4e00-\\u9fffA-Za-z]{2,12}?[（(，,。；;\\s0-9])`)
const FORM_THEN_JOIN = new RegExp(`${NAMED_FORM}[和及与、][\\u4e00-\\u9fffA-Za-z]{2,8}$`)
/** a count of packs inside a medicine's words (头孢曲松钠17支): goods, not a dose */
const PACKS_INSIDE = /[0-9一二三四五六七八九十]+(?:盒|支|瓶|袋|板|箱)/
/** what cannot be in a medicine's name before its stem (既往有青|霉素, 以阿托伐|他汀) */
const STEM_NAME_STOP = /[有者往既患以对因向其称说从于着放过打前后]/
/** a dosage form right after a stem (奥氮平片, 舍曲林胶囊) */
const FORM_AFTER = /^(?:缓释片|控释片|肠溶片|分散片|咀嚼片|缓释胶囊|肠溶胶囊|软胶囊|胶囊|口服液|注射液|注射剂|颗粒|滴眼液|软膏|乳膏|[钙钠钾]?片)/
/** Whether a city or county the gazetteer names, written without its suffix, starts at `s` and ends by `e` (长沙|星沙) */
function placeAt(text: string, s: number, e: number): boolean {
  for (let k = 2; k <= 3 && s + k <= e + 1; k++) {
    const w = text.slice(s, s + k)
    if (adminStartingAt(`${w}市`, 0) > 0 || adminStartingAt(`${w}县`, 0) > 0) return true
  }
  return false
}
/** Whether [s, e) overlaps a span of `spans`. */
function overlaps(spans: readonly Span[], s: number, e: number): boolean {
  for (const sp of spans) if (sp.start < e && s < sp.end) return true
  return false
}
/** Verbs after which only a treatment's name is read: 接受驱铅治疗, 进行康复训练. */
const TREATMENT_VERBS = new Set(['接受', '进行', '行', '实施'])
/** 行右乳改良根治术后目前…: the state after the operation is read with it. */
const TREATMENT_PHRASE = /^(?!了|过|对|相关|相应|有关)(?:(?![的和与及等])[\u4e00-\u9fffA-Za-z-]){1,16}?(?:治疗|疗法|康复训练|移植|置换|切除|修补|复位(?:[\u4e00-\u9fff]{0,4}固定)?|[内外]固定|引流|介入|搭桥|透析|化疗|放疗|切开|滤过|氧疗|洗胃|术后(?=[，。；、\s]|目前|仍|正|现|一直|恢复|需|[0-9])|术)(?![费的期中心点机站术后前])/
/** Between two operations done one after the other: 及, 和, 、, 并行, 后再行. */
const OPERATION_JOIN = /^(?:及|和|与|、|并行|，并行|，再行|后再行|后行)/
/** 行 is a treatment's verb only at a clause's start or after a time or place of care (术后行…, 医院行…, 6月行…), not in 进行, 银行. */
const XING_BEFORE = /[，、。；\s]|[院后并遂即再又予拟需均已期间月日]$/
/** A visit to a doctor right after a complaint: 到县人民医院就诊, 入院, 在村卫生室治疗. */
const CARE_VISIT = /^[，,]?(?:(?:到|至|去|赴|在|前往)[^，。；\n]{0,14}?(?:医院|卫生院|卫生室|卫生所|诊所|门诊|急诊|科|中心))?(?:就诊|就医|住院|入院|求医|看病|治疗)/
/** After these words the ending grammar needs a stronger ending: 因 is mostly a cause (因病致贫, 因工作原因). */
export const WEAK_CONDITION_VERB = new Set(['因'])
export const IN_WORD_BEFORE_YIN = /[原基诱死病成起主内外近远归基]/
const IN_WORD_BEFORE_SU = /[投起上申告控倾胜败公上反追]/

/** Verbs after which a 、-list of complaints is read. */
const LIST_VERBS = new Set(['出现', '伴有', '自述', '自诉', '主诉', '感到', '自感'])
const SHORT_LIST = /^[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+(?=[，。；;\n]|$)/
export const MEDICATION_VERBS = new Set(healthLexicon.medicationVerbs)
export const CONDITION_VERBS = new Set(healthLexicon.conditionVerbs)

/**
 * Medicines and devices after a verb of taking or wearing them, and conditions named by their ending after
 * 患/因/确诊: each widens the condition it overlaps or becomes one of its own (class `medication` or
 * `phrase`, scored by the model like the others, the verb as what ties it to someone).
 */
export function verbLed(ctx: ScanContext, grown: Span[]): Span[] {
  const text = ctx.text
  const h = ctx.hits.healthVerb
  const added: Span[] = []
  let next = 0
  for (let k = 0; k < h.count; k++) {
    const vs = h.starts[k]
    const verbEnd = h.ends[k]
    if (vs < next) continue
    const verb = h.words[k]
    // 服用了藿香正气水: the aspect particle belongs to the verb
    const ve = MEDICATION_VERBS.has(verb) && text[verbEnd] === '了' ? verbEnd + 1 : verbEnd
    const window = text.slice(ve, ve + 40)
    if (MEDICATION_VERBS.has(verb)) {
      const stop = DRUG_END.exec(window)
      let len = Math.min(stop ? stop.index : window.length, 24)
      let phrase = window.slice(0, len)
      // 服用索磷布韦维帕他韦片抗病毒治疗: after a verb of taking, the medicine ends at its dosage form
      const formed = TAKING_VERBS.has(verb) && !DRUG_FORM.test(phrase) ? FORM_INSIDE.exec(phrase) ?? FORM_BEFORE_JOIN.exec(phrase) : null
      if (formed) {
        len = formed[0].length
        phrase = formed[0]
      }
      // 服用异烟肼、利福平、吡嗪酰胺、乙胺丁醇四联…: a 、-list of medicines too long to take whole after a
      // verb of taking them — the first is the verb's object, the others are joined to it below
      // (not 注射用头孢曲松钠17支: a product's name and its count, sold, not taken)
      const listed = TAKING_VERBS.has(verb) && len > 16 && text[ve] !== '用' ? phrase.indexOf('、') : -1
      if (listed >= 2 && !PACKS_INSIDE.test(phrase.slice(0, listed))) {
        len = listed
        phrase = phrase.slice(0, listed)
      }
      // 多西环素联合利福平: two medicines joined are one treatment
      const name = phrase.replace(DRUG_FORM, '')
      // after 服用/口服 the object is a medicine whatever its name (长期服用恩替卡韦, 舍曲林)
      // (艾司西酞普兰片10mg: the form is read before the dose)
      const named = DRUG_FORM.test(phrase) || FORM_THEN_JOIN.test(phrase) || DRUG_FORM.test(phrase.replace(TRAILING_DOSE, '')) || DRUG_STEM.test(phrase) || (TAKING_VERBS.has(verb) && len <= 6 && /^[\u4e00-\u9fff]+$/.test(phrase) && !NOT_A_NAME.test(phrase) && !ordinaryWords(text, ve, len))
      // 替诺福韦300mg+拉米夫定300mg: medicines joined with their doses are one regimen
      const doses = (phrase.match(DOSE_IN_NAME) ?? []).length
      if (len < 2 || len > (doses ? 24 : 16) || NOT_DRUG.test(phrase) || !/[\u4e00-\u9fffA-Za-z]{2}/.test(name || phrase) || !named) {
        if (CONDITION_VERBS.has(verb)) addCondition(ve, verb)
        continue
      }
      len += DOSE.exec(text.slice(ve + len, ve + len + 24))?.[0].length ?? 0
      phrase = text.slice(ve, ve + len)
      const ev = new Map<HealthEvidence, string>([['trigger', verb]])
      if (quotedName(text, ve, ve + len)) ev.set('programme', '')
      added.push({ start: ve, end: ve + len, cls: 'medication', word: phrase.slice(0, 8), evidence: ev })
      // 服用二甲双胍缓释片和甘精胰岛素, 多奈哌齐片和阿卡波糖: more medicines joined to the first, taken the same way
      let at = ve + len
      for (let round = 0; round < 4; round++) {
        const more = JOINED_DRUG.exec(text.slice(at, at + 20))
        const drug = more?.[1] ?? ''
        if (!more || !(DRUG_FORM.test(drug) || DRUG_STEM.test(drug)) || NOT_DRUG.test(drug)) break
        const start = at + more[0].length - drug.length
        let end = start + drug.length
        end += DOSE.exec(text.slice(end, end + 24))?.[0].length ?? 0
        added.push({ start, end, cls: 'medication', word: drug.slice(0, 8), evidence: new Map<HealthEvidence, string>([['trigger', verb]]) })
        at = end
      }
      next = at
      continue
    }
    if (verb === '行' && !XING_BEFORE.test(text[vs - 1] ?? '，')) continue
    // 投诉, 起诉, 申诉, 告诉: 诉 inside a word, not a patient's complaint (患者诉…)
    if (verb === '诉' && IN_WORD_BEFORE_SU.test(text[vs - 1] ?? '')) continue
    // 原因, 基因, 诱因: 因 inside a word
    if (WEAK_CONDITION_VERB.has(verb) && IN_WORD_BEFORE_YIN.test(text[vs - 1] ?? '')) continue
    addCondition(ve, verb)
  }
  function addCondition(ve: number, verb: string): void {
    const window = text.slice(ve, ve + (TREATMENT_VERBS.has(verb) ? 20 : 14))
    // 出现吞咽困难: a body part or function with a symptom's ending, when no condition's ending is there;
    // after 接受/进行 only a treatment's name (接受驱铅治疗), never a condition (进行传染病防控)
    let m = TREATMENT_VERBS.has(verb) ? TREATMENT_PHRASE.exec(window) : (CONDITION_ENDING.exec(window) ?? (WEAK_CONDITION_VERB.has(verb) ? null : SYMPTOM_PHRASE.exec(window)))
    // 因右侧乳房胀痛到县医院就诊: after 因, a complaint that sends someone to a doctor is theirs
    if (!m && WEAK_CONDITION_VERB.has(verb)) {
      const complaint = SYMPTOM_PHRASE.exec(window)
      if (complaint && CARE_VISIT.test(text.slice(ve + complaint[0].length, ve + complaint[0].length + 24))) m = complaint
    }
    // 出现精神萎靡、食欲下降: a 、-list of short complaints, one of them read as a symptom, is all of them
    if (!m && LIST_VERBS.has(verb)) {
      const list = SHORT_LIST.exec(text.slice(ve, ve + 30))
      if (list && list[0].split('、').some((item) => SYMPTOM_PHRASE.test(item) || CONDITION_ENDING.test(item))) m = list
    }
    if (!m) return
    // 实施路面修补, 进行管线切改: after a verb of any work, a repair is a treatment only when named
    // by a treatment's own word (进行血液透析, 实施截肢术)
    if (GENERIC_WORK_VERBS.has(verb) && !MEDICAL_WORK.test(m[0])) return
    // 一方患有重大疾病的: a class of disease in a rule, not someone's condition
    if (GENERAL_DISEASE.test(m[0])) return
    let end = ve + m[0].length
    // 因 is mostly a cause: only a condition of three characters or more (因川崎病, not 因病)
    if (WEAK_CONDITION_VERB.has(verb) && m[0].length < 3) return
    end += qualifierAfter(ctx, end)
    // 行外固定支架固定术及二期植骨术, 行开颅血肿清除术和颅骨修补术: operations joined after the one verb
    if (TREATMENT_VERBS.has(verb)) {
      for (let round = 0; round < 3; round++) {
        const join = OPERATION_JOIN.exec(text.slice(end, end + 4))
        const more = join && TREATMENT_PHRASE.exec(text.slice(end + join[0].length, end + join[0].length + 20))
        if (!join || !more || !more[0].endsWith('术')) break
        end += join[0].length + more[0].length
      }
    }
    next = end
    added.push({ start: ve, end, cls: 'phrase', word: m[0].slice(0, 8), evidence: new Map([['trigger', verb]]) })
  }
  // 茶碱缓释片, 华法林钠片: a medicine named with its dosage form, whatever the verb
  const forms = ctx.hits.drugForm
  const byVerb = added.length
  // verb-led spans are sorted and disjoint: one pointer walks them as the forms go forward
  let v = 0
  for (let k = 0; k < forms.count; k++) {
    const fs = forms.starts[k]
    const fe = forms.ends[k]
    // read already after its verb (服用多巴丝肼片)
    while (v < byVerb && added[v].end <= fs) v++
    if (v < byVerb && added[v].start <= fs) continue
    let s0 = fs
    while (s0 > 0 && fs - s0 < 9 && /[\u4e00-\u9fffA-Za-z0-9]/.test(text[s0 - 1]) && !DRUG_NAME_STOP.test(text[s0 - 1])) s0--
    // 注射门冬胰岛素30注射液: the walk stops at 注 of the verb 注射, whose 射 is not the medicine's
    if (text[s0 - 1] === '注' && text[s0] === '射') s0++
    const lead = DRUG_LEAD.exec(text.slice(s0, fs))
    if (lead) s0 += lead[0].length
    // 叶酸片: the form's own first character may be the name's last (酸片)
    if (fe - s0 < 3 || fs - s0 < 1 || !/[\u4e00-\u9fffA-Za-z]{2}/.test(text.slice(s0, fe))) continue
    let end = fe
    const dose = DOSE.exec(text.slice(end, end + 24))?.[0] ?? ''
    end += dose.length
    // “草本降糖胶囊”: a product's name in quotes, not what someone takes; 碳酸锂缓释片0.3g，每日2次: a dose and how
    // often is someone's prescription
    const evidence = new Map<HealthEvidence, string>(quotedName(text, s0, end) ? [['programme', '']] : REGIMEN.test(dose) ? [['modifier', '']] : [])
    added.push({ start: s0, end, cls: 'medication', word: text.slice(s0, Math.min(end, s0 + 8)), evidence })
  }
  // 医嘱多奈哌齐5mg每晚一次口服, 氨氯地平加量至10mg每日一次: a name with a drug's dose and how often is a
  // medicine someone takes, whatever its name
  if (/[0-9](?:\s*)(?:mg|μg|ug|IU|毫克|微克)/.test(text)) {
    DOSED.lastIndex = 0
    for (let m = DOSED.exec(text); m; m = DOSED.exec(text)) {
      const ds = m.index
      let s0 = ds
      while (s0 > 0 && ds - s0 < 12 && /[\u4e00-\u9fff]/.test(text[s0 - 1]) && !DRUG_NAME_STOP.test(text[s0 - 1])) s0--
      const lead = DOSED_LEAD.exec(text.slice(s0, ds))
      if (lead) s0 += lead[0].length
      const name = text.slice(s0, ds).replace(DOSE_CHANGE, '')
      if (name.length < 2 || NOT_DRUG.test(name)) continue
      const end = ds + m[0].length
      added.push({ start: s0, end, cls: 'medication', word: name.slice(0, 8), evidence: new Map<HealthEvidence, string>([['trigger', m[1]]]) })
    }
  }
  // 自行将二甲双胍减为…, 左氧氟沙星: a medicine named by its stem, with no verb and no dosage form — the
  // model weighs it by who the sentence is about
  const stems = ctx.hits.drugStem
  for (let k = 0; k < stems.count; k++) {
    const ss = stems.starts[k]
    const se = stems.ends[k]
    // (inside a condition or a medicine read already: 青霉素过敏史, 奥氮平片)
    if (overlaps(grown, ss, se) || overlaps(added, ss, se)) continue
    let s0 = ss
    while (s0 > 0 && ss - s0 < 4 && /[\u4e00-\u9fff]/.test(text[s0 - 1]) && !DRUG_NAME_STOP.test(text[s0 - 1]) && !STEM_NAME_STOP.test(text[s0 - 1])) s0--
    // (医嘱多奈哌齐, 长期口服阿托伐他汀: the order or the verb before the name is not the medicine's)
    const lead = DOSED_LEAD.exec(text.slice(s0, ss)) ?? DRUG_LEAD.exec(text.slice(s0, ss))
    if (lead) s0 += lead[0].length
    // the stem alone (霉素, 沙星) names no medicine; 长沙星沙 is a place
    if (s0 === ss || placeAt(text, s0, ss)) continue
    let end = se + (FORM_AFTER.exec(text.slice(se, se + 5))?.[0].length ?? 0)
    end += DOSE.exec(text.slice(end, end + 24))?.[0].length ?? 0
    added.push({ start: s0, end, cls: 'medication', word: text.slice(s0, Math.min(end, s0 + 8)), evidence: new Map<HealthEvidence, string>() })
  }
  if (!added.length) return grown
  added.sort((a, b) => a.start - b.start)
  // a span that overlaps known conditions widens them and takes their class; one alone is added
  const out: Span[] = []
  let i = 0
  for (const a of added) {
    while (i < grown.length && grown[i].end <= a.start) out.push(grown[i++])
    let merged = false
    while (i < grown.length && grown[i].start < a.end) {
      const g = grown[i++]
      if (!merged) {
        g.start = Math.min(g.start, a.start)
        g.end = Math.max(g.end, a.end)
        for (const [ev, v] of a.evidence) if (!g.evidence.has(ev)) g.evidence.set(ev, v)
        out.push(g)
        merged = true
      } else {
        const last = out[out.length - 1]
        last.end = Math.max(last.end, g.end)
        for (const [ev, v] of g.evidence) if (!last.evidence.has(ev)) last.evidence.set(ev, v)
        if (rank(g.cls) > rank(last.cls)) last.cls = g.cls
      }
    }
    if (!merged) {
      if (out.length && out[out.length - 1].end > a.start) continue
      out.push(a)
    }
  }
  while (i < grown.length) out.push(grown[i++])
  return out
}
