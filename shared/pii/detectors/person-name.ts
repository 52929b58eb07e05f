/**
 * PERSON_NAME from context, never from a bare surname character: labels (户主：, 当事人, 留言人, 被告…),
 * posts used as labels (主任：), columns headed 姓名/户主/…人, 、-lists after a label or closed by a
 * head count, people addressed on a line of their own, a name before 同志/先生/女士/之妻, a name
 * before ，男 / （女, and a name right before an ID or phone label. Masked names and places are
 * skipped, and nothing in a table's header row is a name.
 */
import { emit as emitCandidate, type ScanContext } from '../scan-context'
import { roleNameLabels, strongNameLabels } from '../data/labels'
import { columnReason, labelReason, quoting, withReason } from '../interned'
import { reason, type Reason } from '../reasons'
import { readName, isCjk, isMaskCode, isNonNamePair, isSurnameAt, nameEndingAt, surnameAt, surnameOf, type NameMode } from './name-reader'
import { detectCountedLists, detectSalutations } from './name-lists'
import { orgAhead } from './name-model'
import { CONJUNCTION, PEOPLE_AHEAD, afterReason, cueEndingAt, wordBand, wordStartsAt } from './name-context'
import { getTables } from './name-tables'
import { CodeSet } from '../int-tables'
import { scores } from '../data/scores'

const S = scores.names

const STRONG = new Set(strongNameLabels)
const ROLE = new Set(roleNameLabels)
/** below the model's rule floor (0.85): where the model reads the name with confidence, its reading and its reasons win */
const ROLE_CONFIDENCE = S.roleWord
/** Surnames that are also the commonest function words (调解员向双方…, 邻居和民兵…, 侄子代为…): never read after a role word. */
const FUNCTION_SURNAME = new CodeSet('向代和全边于从连那都同以及与把被让给将在为对共也还再就才只各每该此其双一')
/** characters that open a verb or adverb after a label as often as a surname (代为, 上山); compound surnames excepted */
const VERB_OPENING = new CodeSet('代上下向全连同')
const COMPOUND_OPENING = /^(?:上官|连城)/
const GENDER_RE = /(?:[，,、 ]|[（(])(?:性别[:：]?)?[男女](?=[，,、）) ;；。]|性|$)/g
/** a numbered list item: "1. ", "（2）", "三、" at the start of a line */
const LIST_ITEM_RE = /(?:^|\n)[ \t\u3000]*(?:\d{1,3}[.、．)）]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*/g
const ITEM_END = new CodeSet('，,、（( \t：:；;')
const ID_AFTER_RE = /[（(，, ]?(?:身份证号码|身份证号|身份证|公民身份号码|手机号码|手机|联系电话|电话)/g
const LIST_CELL = /^[\u4e00-\u9fff]{2,4}(?:[、，, ][\u4e00-\u9fff]{2,4})+$/
const DUN = 0x3001 // 、
const MIDDLE_DOT = 0xb7 // ·
const MOU = 0x67d0 // 某
const CN_NUMERALS = new CodeSet('一二三四五六七八九十')

const WORD_NAME = reason('wordName')
const titleReason = quoting('title', 'word')
const followedByReason = quoting('followedBy', 'word')

export type Emit = (ctx: ScanContext, start: number, end: number, confidence: number, rule: string, reasons: Reason[]) => void

/**
 * Records a name the rules read. A header cell names a column (房东姓名, 承租人): what reads like a name
 * there is not one. One function for every scan (a closure per scan was a different call target each
 * time, and the optimised code that had inlined the last one was thrown away).
 */
const emitName: Emit = (ctx, start, end, confidence, rule, reasons) => {
  if (ctx.tables.inHeader(start) || orgAhead(ctx.text, start)) return
  emitCandidate(ctx, 'PERSON_NAME', start, end, confidence, rule, reasons)
  ctx.nameStarts.push(start)
}

/**
 * What follows a name label: an optional ordinal (病例1, 申请人二) and a separator (spaces around a
 * colon, or spaces alone), read within 8 characters. Returns the length read, negated if it has a colon.
 */
/** a number and the measure word of a count (300余人, 12例, 三名) */
const COUNT_AFTER = /^[0-9一二三四五六七八九十百千]+[余多]?(?:人|名|例|位|个|次|户|家)/

function labelTail(text: string, from: number): number {
  const bound = Math.min(text.length, from + 8)
  let p = from
  const c0 = text.charCodeAt(p)
  if (isAsciiDigit(c0)) {
    while (p < bound && p - from < 3 && isAsciiDigit(text.charCodeAt(p))) p++
  } else if (CN_NUMERALS.has(c0)) {
    while (p < bound && p - from < 3 && CN_NUMERALS.has(text.charCodeAt(p))) p++
  }
  let q = p
  while (q < bound && isBlank(text.charCodeAt(q))) q++
  const colon = text.charCodeAt(q)
  if (q < bound && (colon === 58 || colon === 0xff1a)) {
    q++
    while (q < bound && isBlank(text.charCodeAt(q))) q++
    return -(q - from)
  }
  return q - from
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** space or ideographic space */
function isBlank(c: number): boolean {
  return c === 32 || c === 0x3000
}

/** Reads a name at `pos` and then any further names in a 、-separated list. */
function readList(ctx: ScanContext, text: string, pos: number, mode: NameMode, confidence: number, rule: string, why: Reason): void {
  let p = pos
  for (let k = 0; k < 50; k++) {
    const r = readName(text, p, mode)
    if (!r) return
    if (!r.masked) emitName(ctx, p, r.end, confidence, rule, [why, surnameAt(text, p, r.surnameLen)])
    let q = r.end
    while (q < text.length && isMaskCode(text.charCodeAt(q))) q++
    if (text.charCodeAt(q) !== DUN) return
    p = q + 1
  }
}


function hasCode(text: string, s: number, e: number, code: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === code) return true
  return false
}

/** A name cell: 2-6 CJK characters or ·, with no masking character (张某, 王**). */
function plainNameCell(text: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 6) return false
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    if (!(isCjk(c) || c === MIDDLE_DOT) || c === MOU || isMaskCode(c)) return false
  }
  return true
}

export function detectNames(ctx: ScanContext): void {
  const text = ctx.text

  let labelEnd = 0
  const labelHits = ctx.hits.nameLabel
  for (let k = 0; k < labelHits.count; k++) {
    // hits are column-wise (lexicon-index.ts)
    const hStart = labelHits.starts[k]
    const hEnd = labelHits.ends[k]
    const hWord = labelHits.words[k]
    // 申请人姓名 is one label, not 申请人 followed by the name 姓名
    if (hStart < labelEnd) continue
    labelEnd = hEnd
    // 门诊患者300余人次, 患者12例: a count of people after the word, not a numbered person
    if (COUNT_AFTER.test(text.slice(hEnd, hEnd + 8))) continue
    const tail = labelTail(text, hEnd)
    const pos = hEnd + Math.abs(tail)
    if (tail < 0) readList(ctx, text, pos, 'label', S.label, 'name-label', labelReason(hWord))
    // (患者和家属, 患者和班主任: 和 joins two classes of people there, it is no surname)
    // (负责人代为参会, 村民上山祭扫: a function word or 上/下 opening a word there is the sentence going on)
    else if (STRONG.has(hWord) && !(CONJUNCTION.has(text.charCodeAt(pos)) && (wordStartsAt(getTables(), text, pos + 1) || PEOPLE_AHEAD.test(text.slice(pos + 1, pos + 7)))) && !(VERB_OPENING.has(text.charCodeAt(pos)) && wordStartsAt(getTables(), text, pos) && !COMPOUND_OPENING.test(text.slice(pos, pos + 2)))) readList(ctx, text, pos, 'loose', S.strongLabelLoose, 'name-label', labelReason(hWord))
    // a role word standing as a word of its own (not 确保|安全), then a name that starts with no function word;
    // the model reads there too, and its reading wins where it is the surer
    else if (ROLE.has(hWord) && !(hStart > 0 && wordBand(getTables(), text, hStart - 1) >= 1) && !FUNCTION_SURNAME.has(text.charCodeAt(pos))) readList(ctx, text, pos, 'loose', ROLE_CONFIDENCE, 'name-label', labelReason(hWord))
  }

  // a list cell is read on a copy with its commas made 、, made once and only if needed
  let listText: string | null = null
  const tables = ctx.tables
  const { count, starts, ends } = tables
  for (let i = 0; i < count; i++) {
    if (tables.kindOf(i) !== 'name') continue
    const s = starts[i]
    const e = ends[i]
    if (!plainNameCell(text, s, e)) {
      if (LIST_CELL.test(text.slice(s, e))) {
        listText ??= text.replace(/[，, ]/g, '、')
        readList(ctx, listText, s, 'label', S.columnList, 'name-table-header', columnReason(tables.headerOf(i)))
      }
      continue
    }
    const sLen = isSurnameAt(text, s, 'label')
    if (e - s > 4 && !hasCode(text, s, e, MIDDLE_DOT)) continue
    let reasons = [columnReason(tables.headerOf(i))]
    if (sLen) reasons = withReason(reasons, surnameAt(text, s, sLen))
    emitName(ctx, s, e, sLen ? S.column : S.columnNoSurname, 'name-table-header', reasons)
  }

  const titleHits = ctx.hits.nameTitle
  for (let k = 0; k < titleHits.count; k++) {
    // hits are column-wise (lexicon-index.ts)
    const hStart = titleHits.starts[k]
    const hEnd = titleHits.ends[k]
    const hWord = titleHits.words[k]
    const n = nameEndingAt(text, hStart, 'loose')
    // 伤口愈合情况和安大爷…: 和 joins the clause before to 安大爷 (a surname and a title), it begins no name
    const joins = n > 0 && CONJUNCTION.has(text.charCodeAt(n)) && isCjk(text.charCodeAt(n - 1)) && hStart - n === 2
    if (n >= 0 && !joins) emitName(ctx, n, hStart, S.title, 'name-title', [titleReason(hWord), surnameOf(text, n)])
    // a post used as a label, "村务监督委员会主任：江国庆"
    const tail = labelTail(text, hEnd)
    if (tail < 0) readList(ctx, text, hEnd - tail, 'loose', S.postLabel, 'name-label', labelReason(hWord))
  }

  GENDER_RE.lastIndex = 0
  for (let m = GENDER_RE.exec(text); m; m = GENDER_RE.exec(text)) {
    const n = nameEndingAt(text, m.index, 'loose')
    if (n >= 0) emitName(ctx, n, m.index, S.gender, 'name-gender', [reason('followedByGender'), surnameOf(text, n)])
    else {
      // 和平，男，纳西族 / 江山（男）: a word that is also a name, standing alone before its sex, is the person;
      // so is any surname and one character between a role word and the sex (病例海洋，男，34岁)
      const w = m.index - 2
      if (w >= 0 && isCjk(text.charCodeAt(w + 1)) && !isMaskCode(text.charCodeAt(w + 1))) {
        if ((w === 0 || !isCjk(text.charCodeAt(w - 1))) && isSurnameAt(text, w, 'loose') === 1 && isNonNamePair(text, w)) emitName(ctx, w, m.index, S.wordNameOrRoleBeforeGender, 'name-gender', [reason('followedByGender'), WORD_NAME, surnameOf(text, w)])
        else if (w > 0 && isCjk(text.charCodeAt(w - 1)) && isSurnameAt(text, w, 'label') === 1) {
          // (the role word is the label here: a rarer surname is read too, 海, 木)
          const role = cueEndingAt(text, w, getTables().before)
          if (role.length >= 2) emitName(ctx, w, m.index, S.wordNameOrRoleBeforeGender, 'name-gender', [afterReason(role), reason('followedByGender'), surnameOf(text, w, 'label')])
        }
      }
    }
  }

  LIST_ITEM_RE.lastIndex = 0
  for (let m = LIST_ITEM_RE.exec(text); m; m = LIST_ITEM_RE.exec(text)) {
    const pos = m.index + m[0].length
    const r = readName(text, pos, 'loose')
    if (r && !r.masked && ITEM_END.has(text.charCodeAt(r.end))) emitName(ctx, pos, r.end, S.listItem, 'name-list-item', [reason('listItem'), surnameAt(text, pos, r.surnameLen)])
  }

  detectCountedLists(ctx, emitName)
  detectSalutations(ctx, emitName)

  ID_AFTER_RE.lastIndex = 0
  for (let m = ID_AFTER_RE.exec(text); m; m = ID_AFTER_RE.exec(text)) {
    const n = nameEndingAt(text, m.index, 'loose')
    if (n >= 0 && m.index - n >= 2) emitName(ctx, n, m.index, S.beforeIdentifier, 'name-before-identifier', [followedByReason(m[0].replace(/^[（(，, ]/, '')), surnameOf(text, n)])
  }
}
