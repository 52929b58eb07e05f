/**
 * A laboratory or bedside measurement about someone, read by its shape rather than looked up: an item
 * name that looks clinical (…蛋白, …酶, …血糖, C反应蛋白, FEV1占预计值, a known lab name) followed by a
 * value in a clinical unit (甲胎蛋白986ng/mL, 末梢血糖1.9mmol/L, 左室射血分数38%), a blood pressure
 * reading (复测158/96mmHg) or an agglutination titre (试管凝集1:200（++）). Limits and thresholds
 * (≥7.0mmol/L, 控制在130/80mmHg以下) and concentrations of things (总镍浓度为3.86mg/L) are not read.
 */
import { healthLexicon } from '../data/health-lexicon'

const UNIT = '(?:U\\/gHb|mmol\\/L|μmol\\/L|umol\\/L|nmol\\/L|pmol\\/L|mIU\\/L|mIU\\/mL|IU\\/L|IU\\/mL|IU\\/ml|U\\/L|U\\/mL|g\\/L|mg\\/L|mg\\/dL|μg\\/L|ng\\/mL|ng\\/ml|pg\\/mL|copies\\/mL|mmHg|次\\/分|℃|°C|\\s*×\\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹0-9^]+\\s*\\/L)'
/**
 * A value in a clinical unit; a percentage only after an item that is measured as one. The number is
 * read atomically (a look-ahead and its back-reference): a shorter reading of it would leave a digit, a
 * dot or a slash next, which no unit starts with, so the matches are the same — without trying every
 * unit after every shorter prefix of each long digit run (an ID number, a phone number).
 */
const VALUE = new RegExp(`(?<![0-9.≥≤<>＜＞])(?=([0-9]+(?:\\.[0-9]+)?(?:\\/[0-9]+)?))\\1(?:\\s*×\\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹0-9^]{1,3}(?=\\s*[A-Za-zμ]))?\\s*(?:${UNIT}|%)`, 'y')
/** a digit: VALUE can only match at the first digit of a run (its look-behind refuses one after a digit) */
const DIGIT = /[0-9]/g
/** An item's abbreviation in brackets right before its value: （CK）, (Phe). */
const ABBREVIATION_BEFORE = /[（(][A-Za-z][A-Za-z0-9-]{0,7}[）)]\s*$/
/** Connectors between an item and its value. */
const CONNECT = /(?:为|是|：|:|约|达|达到|升至|降至|高达|低至|仍为|仍|最高|最低|\s)*$/
/** Where an item's name begins: after the examination or the verb that introduces it. */
const ITEM_LEAD = /^.*(?:示|提示|显示|测得?|复测|复查|查|检测|化验|检查|结果|急查|监测|筛)/
/** The head of a clinical item's name. */
const LAB_HEAD = /(?:蛋白|酶|素|活性|氨酸|血糖|酐|尿素氮|尿酸|胆红素|细胞|计数|分数|血压|收缩压|舒张压|心率|脉搏|抗体|抗原|DNA|RNA|载量|比值|饱和度|占预计值|指数|血脂|胆固醇|甘油三酯|血钾|血钠|血钙|血铅|血氨|乳酸|[A-Z][A-Za-z]*[0-9]?)$/
/** Items measured as a percentage of something in the body. */
const PERCENT_ITEM = /(?:射血分数|饱和度|脉氧|血氧|糖化血红蛋白|HbA1c|占预计值|比例|红细胞压积)$/
const KNOWN = new Set(healthLexicon.labNames)
/** After the value: a limit, not a reading. */
const LIMIT_AFTER = /^\s*(?:以下|以上|以内|之间|左右为宜|为宜|为正常)/
/** Before the item: a target or a standard, not a reading. */
const LIMIT_BEFORE = /(?:控制在|低于|高于|不超过|不低于|目标|标准|限值|正常值|参考值)[^，。；\n]{0,8}$/

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** what \s matches */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** the first characters of UNIT's alternatives (after the spaces: × for the ×10⁹/L one) and % */
const UNIT_START = new Uint8Array(65536)
for (const c of 'mμunpIUgc次×%℃°') UNIT_START[c.charCodeAt(0)] = 1

/**
 * What VALUE at `p` needs before it can match, read with char codes: no digit, dot or comparison sign
 * before, then the number as VALUE reads it (digits, a decimal part, a /part), spaces, and a character
 * a unit or % starts with. Most digit runs in a notice (IDs, phone numbers, dates) stop here.
 */
function unitAfterNumber(text: string, p: number): boolean {
  const b = text.charCodeAt(p - 1)
  if (isDigit(b) || b === 46 || b === 0x2265 || b === 0x2264 || b === 60 || b === 62 || b === 0xff1c || b === 0xff1e) return false
  let e = p
  while (isDigit(text.charCodeAt(e))) e++
  if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) for (e++; isDigit(text.charCodeAt(e)); e++);
  if (text.charCodeAt(e) === 47 && isDigit(text.charCodeAt(e + 1))) for (e++; isDigit(text.charCodeAt(e)); e++);
  while (isJsSpace(text.charCodeAt(e))) e++
  return UNIT_START[text.charCodeAt(e)] === 1
}

/** Measurements about a person: [start, end) of each, from its item's name to its unit. */
export function labReadings(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  if (!/[0-9]/.test(text)) return out
  // what a global VALUE would find, tried only at the first digit of each run of digits: at any other
  // digit the look-behind fails, and every match starts with a digit
  DIGIT.lastIndex = 0
  while (DIGIT.test(text)) {
    const vs = DIGIT.lastIndex - 1
    VALUE.lastIndex = vs
    const m = unitAfterNumber(text, vs) ? VALUE.exec(text) : null
    if (!m) {
      let e = vs + 1
      while (e < text.length && isDigit(text.charCodeAt(e))) e++
      DIGIT.lastIndex = e
      continue
    }
    const end = vs + m[0].length
    DIGIT.lastIndex = end
    if (LIMIT_AFTER.test(text.slice(end, end + 6))) continue
    let connect = CONNECT.exec(text.slice(Math.max(0, vs - 6), vs))?.[0].length ?? 0
    // 肌酸激酶（CK）28600U/L: the item's abbreviation in brackets between its name and the value
    const abbr = ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, vs - connect - 12), vs - connect))
    if (abbr) connect += abbr[0].length
    let s = vs - connect
    // (HCV RNA: Latin words of the item's name a space apart)
    while (s > 0 && vs - connect - s < 12 && (/[A-Za-z0-9\u4e00-\u9fff-]/.test(text[s - 1]) || (text[s - 1] === ' ' && /[A-Za-z]/.test(text[s - 2] ?? '') && /[A-Za-z]/.test(text[s])))) s--
    let item = text.slice(s, vs - connect)
    const lead = ITEM_LEAD.exec(item)
    if (lead) {
      s += lead[0].length
      item = item.slice(lead[0].length)
    }
    if (LIMIT_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue
    const bloodPressure = /\/[0-9]+\s*mmHg$/.test(m[0])
    const percent = m[0].endsWith('%')
    if (percent ? !PERCENT_ITEM.test(item) : !(KNOWN.has(item) || LAB_HEAD.test(item) || (bloodPressure && /^(?:血压|量了?|测了?|量得|测得|复测|测量)?$/.test(item)))) continue
    // (量了170/100mmHg: the verb of measuring is not the item)
    out.push({ start: item && !MEASURE_VERB.test(item) ? s : vs, end })
  }
  return out
}

/** a verb of measuring standing where a blood pressure's item would */
const MEASURE_VERB = /^(?:量了?|测了?|量得|测得|复测|测量)$/

/** 试管凝集1:200（++）, 滴度1:320: an agglutination or antibody titre. */
export const TITRE = /(?:(?:试管|平板|虎红平板|血清|肥达)?凝集(?:试验)?|滴度|抗体)\s*(?:为|：|:)?\s*1[:：][0-9]+(?:\s*[（(]\+{1,4}[）)])?/g
