/**
 * DATE_OF_BIRTH: a date after 出生日期/出生年月/生日…, a date in a column headed 出生日期, and
 * "1985年5月出生". Other dates (检查日期, 来电时间) are not personal on their own.
 */
import { alnumRuns, emit, type ScanContext } from '../scan-context'
import { matchAt } from '../alnum-runs'
import { columnReason, labelReason } from '../interned'
import { reason } from '../reasons'
import { separatorAfter } from '../context'
import { isRealDate } from '../validators/date'
import { CodeSet } from '../int-tables'
import { scores } from '../data/scores'

const S = scores['dates-of-birth']

const DATE = /(?:19|20)[0-9]{2}(?:(?:[-./]|年 ?)[0-9]{1,2}(?:(?:[-./]|月 ?)[0-9]{1,2}日?|月)?)?|(?:19|20)[0-9]{6}/y
const NIAN = 0x5e74 // 年
const BORN = /(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?(?=出生|生(?![产活]))/y
/** 1947年生，独居: a year alone, then 生 and a pause (not 生产, 生效, 生活 … which go on as a word) */
/** 于2024年4月11日在郑州市第二人民医院产科出生: a date, then where, then 出生 */
const BORN_AT = /(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?(?=(?:在|于)[^，。；;\n]{1,20}?(?:出生|娩出)(?![日年地证医]))/y
const BORN_YEAR = /(?:19|20)[0-9]{2}年(?=出生[，,、；;。）)\s]|生人?[，,、；;。）)\s])/y
/** 1991.11生, 1979-11-02出生: a dotted or dashed date right before 生 */
const BORN_DOTTED = /(?:19|20)[0-9]{2}[.\-/][0-9]{1,2}(?:[.\-/][0-9]{1,2})?(?=出生|生(?![产活]))/y
/**
 * Dates written in Chinese numerals (一九七九年十一月生, 一九五八年四月十六日出生) and 民国 years
 * (民國六十五年三月十八日, after a birth label).
 */
const CN_NUM = '〇零一二三四五六七八九'
// (the months of the lunar calendar too, as the old give their birthdays: 一九七九年腊月, 1949年冬月初八)
const CN_DATE = new RegExp(`(?:[${CN_NUM}]{4}|[0-9]{4}(?=年[正冬腊])|民国[${CN_NUM}十0-9]{1,4}|(?<![${CN_NUM}0-9])(?:[${CN_NUM}]{2}|[0-9]{2}))年(?:[一二三四五六七八九十0-9]{1,3}|[正冬腊])月(?:[一二三四五六七八九十0-9]{1,3}日|初[一二三四五六七八九十]|二十[一二三四五六七八九]?|[十廿][一二三四五六七八九]?|三十)?`, 'y')
const MIN = 0x6c11 // 民
const GUO = 0x56fd // 国
const CN_DIGIT = new CodeSet('〇零一二三四五六七八九')

/** Where a Chinese-numeral (or two-digit, or 民国) year ending at the 年 at `y` starts, or -1. */
function cnDateStart(text: string, y: number): number {
  // a bounded look back: lastIndexOf would walk to the start of the text at every 年
  for (let g = y - 2; g >= 0 && y - g <= 7; g--) if (text.charCodeAt(g) === MIN && text.charCodeAt(g + 1) === GUO) return g
  let s = y
  while (s > 0 && y - s < 4 && CN_DIGIT.has(text.charCodeAt(s - 1))) s--
  if (y - s === 4 || (y - s === 2 && !CN_DIGIT.has(text.charCodeAt(s - 1)))) return s
  if (y - s === 0 && y >= 4 && /^[0-9]{4}年[正冬腊]月/.test(text.slice(y - 4, y + 3)) && !isDigit(text.charCodeAt(y - 5))) return y - 4
  if (y - s === 0 && y >= 2) {
    const d1 = text.charCodeAt(y - 1)
    const d2 = text.charCodeAt(y - 2)
    if (d1 >= 48 && d1 <= 57 && d2 >= 48 && d2 <= 57 && !(text.charCodeAt(y - 3) >= 48 && text.charCodeAt(y - 3) <= 57)) return y - 2
  }
  return -1
}
const CN_BORN_AFTER = /^(?:出生|生(?![产活]))/
/**
 * A person's sex as a slot of their own (孙满仓，男，1947年8月; （女，1950.10.02）; 孙满仓 男 汉族 1947.08; a couple's
 * 男方1959年12月，女方1961年2月), perhaps their people after it: where the date after it starts. Not 男女, 子女, 妇女 (the
 * character before is a break).
 */
const SEX_SLOT = /(?:男|女)(?:性?[\s，,、|]+|方[\s，,、|:：]*)(?:[\u4e00-\u9fff]{1,3}族[\s，,、|]+)?(?=(?:19|20)[0-9]{2})/y
/** a household member's relation in a cell of its own (spaces or bars around it), the date's cell right after it */
const RELATIONS = '本人|户主|妻子|丈夫|配偶|儿子|女儿|长子|次子|长女|次女|父亲|母亲|孙子|孙女|儿媳|女婿'
const RELATION_SLOT = new RegExp(`(?<=^|[ \\t|])(?:${RELATIONS})[ \\t|]+(?=(?:19|20)[0-9]{2})`, 'gm')
const RELATION_ANY = new RegExp(`(?:${RELATIONS})[ \\t|]+(?:19|20)[0-9]{2}`)
/** where a cell's date ends: a gap, a bar, the line's end */
const CELL_END = /^(?:$|[ \t|\n])/
/** what stands before the sex when it is a slot of its own (a pasted table's | too: 龙建华|男|1979年4月|…) */
const SLOT_BEFORE = /[\s，,、（(:：|]/
/** what may follow the date in that slot: the next slot, the bracket's end, the sentence's end */
const SLOT_END = /^(?:$|[\s，,、。；;）)|])/
const DOB_LABEL_BEFORE = /(?:出生日期|出生年月|出生年月日|出生时间|生日|出生于|生于|出生)[\s：:]*(?:为|是)?[\s：:]*$/

/**
 * A date at `pos` with a real month (and day) and a year not after `todayYear`, or its length.
 * The numbers are read from char codes: this runs for every date label and date cell.
 */
export function dateAt(text: string, pos: number, todayYear: number): number {
  DATE.lastIndex = pos
  if (!DATE.test(text)) return 0
  const end = DATE.lastIndex
  let count = 0
  let firstLen = 0
  let y = 0
  let mo = 0
  let d = 0
  for (let i = pos; i < end; ) {
    if (!isDigit(text.charCodeAt(i))) {
      i++
      continue
    }
    let v = 0
    const s = i
    for (; i < end && isDigit(text.charCodeAt(i)); i++) v = v * 10 + text.charCodeAt(i) - 48
    if (count === 0) {
      y = v
      firstLen = i - s
    } else if (count === 1) mo = v
    else if (count === 2) d = v
    count++
  }
  if (count === 1 && firstLen === 8) {
    d = y % 100
    mo = Math.floor(y / 100) % 100
    y = Math.floor(y / 10000)
    count = 3
  }
  if (y > todayYear) return 0
  if (count >= 2 && !isRealDate(y, mo, count >= 3 ? d : 1)) return 0
  if (count === 1 && firstLen === 4 && text.charCodeAt(end - 1) !== NIAN) return 4
  return end - pos
}

/**
 * The length of the date at `pos` that ends where its slot does (`end` tests what follows), or 0. A date read on
 * over a gap into the next cell (王若曦 女 2019年11月 5月10日: the onset date's 5) is cut back to its month.
 */
export function slotDate(text: string, pos: number, todayYear: number, end: RegExp): number {
  const len = dateAt(text, pos, todayYear)
  if (len && end.test(text.slice(pos + len, pos + len + 1))) return len
  // (the month is looked for inside the date read, never further: a bounded look on a long text)
  const inside = text.slice(pos, pos + len).indexOf('月')
  const month = inside < 0 ? -1 : pos + inside
  if (month < 0 || !end.test(text.slice(month + 1, month + 2))) return 0
  return dateAt(text.slice(pos, month + 1), 0, todayYear) === month + 1 - pos ? month + 1 - pos : 0
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** A header line of space-aligned columns: several short cells, no sentence punctuation. */
const HEADER_LINE = /^[^，。；：:,;]{0,80}$/
const ROW_DATE = /^(?:19|20)[0-9]{2}(?:[-./年][0-9]{1,2}(?:[-./月][0-9]{1,2}日?|月)?)$/

/**
 * 出生年月 heading a column of a space-aligned table (序号 姓名 性别 出生年月 学历) whose rows the table
 * reader did not split: in each row below, the one cell shaped like a date is the birth date. Whether the
 * label heads such a table; the dates found are emitted.
 */
function headerRows(ctx: ScanContext, labelStart: number, labelEnd: number, label: string): boolean {
  const text = ctx.text
  let ls = labelStart
  while (ls > 0 && labelStart - ls < 80 && text.charCodeAt(ls - 1) !== 10) ls--
  let le = labelEnd
  while (le < text.length && le - labelEnd < 80 && text.charCodeAt(le) !== 10) le++
  const line = text.slice(ls, le)
  if (text.charCodeAt(le) !== 10 || !HEADER_LINE.test(line) || !/\s/.test(text[labelEnd] ?? '') || line.trim().split(/\s+/).length < 3) return false
  // a table the table reader did split has its own pass (dob-table-header)
  let first = le + 1
  while (first < text.length && first - le < 8 && /\s/.test(text[first])) first++
  if (ctx.tables.indexAt(first) >= 0) return false
  let found = false
  let rs = le + 1
  for (let row = 0; row < 200 && rs < text.length; row++) {
    // rows are short: a bounded walk to the line's end, never to the end of the text
    let re = rs
    while (re < text.length && re - rs < 200 && text.charCodeAt(re) !== 10) re++
    if (re - rs >= 200) break
    const cells = [...text.slice(rs, re).matchAll(/\S+/g)]
    if (cells.length < 3) break
    const dates = cells.filter((c) => ROW_DATE.test(c[0]))
    if (dates.length === 1) {
      const start = rs + (dates[0].index ?? 0)
      const len = dateAt(text, start, ctx.today.getFullYear())
      if (len === dates[0][0].length) {
        emit(ctx, 'DATE_OF_BIRTH', start, start + len, S.column, 'dob-table-header', [columnReason(label), reason('realDate')])
        found = true
      }
    }
    rs = re + 1
  }
  return found
}

export function detectDatesOfBirth(ctx: ScanContext): void {
  const text = ctx.text
  const hits = ctx.hits.dobLabel
  for (let k = 0; k < hits.count; k++) {
    // hits are column-wise (lexicon-index.ts)
    const hEnd = hits.ends[k]
    const hWord = hits.words[k]
    const pos = hEnd + separatorAfter(text, hEnd)
    const len = dateAt(text, pos, ctx.today.getFullYear())
    if (len === 0 && headerRows(ctx, hits.starts[k], hEnd, hWord)) continue
    if (len >= 6 || (len === 4 && /年/.test(text.slice(pos, pos + 5)))) {
      const label = hWord
      // 生于1958年: a year alone is masked with its 年
      const year = len === 4 && text.charCodeAt(pos + 4) === 0x5e74 ? 1 : 0
      // (1949年腊月: a lunar month, read with it below)
      if (year && /^[正冬腊]月/.test(text.slice(pos + 5, pos + 7))) continue
      emit(ctx, 'DATE_OF_BIRTH', pos, pos + len + year, S.label, 'dob-label', [labelReason(label), reason('realDate')])
    }
  }
  // tried only where four digits end right before 年 (alnum-runs.ts), the only places it can match
  matchAt(text, BORN, alnumRuns(ctx).years, (start, end) => {
    if (dateAt(text, start, ctx.today.getFullYear()) === 0) return
    // 1991.11生, 1985年5月出生: the 生/出生 says what the date is and is masked with it
    const sheng = text.startsWith('出生', end) ? 2 : text.startsWith('生', end) && !text.startsWith('生', end - 1) ? 1 : 0
    emit(ctx, 'DATE_OF_BIRTH', start, end + sheng, S.bornAfter, 'dob-born', [reason('bornAfter')])
  })
  matchAt(text, BORN_AT, alnumRuns(ctx).years, (start, end) => {
    if (dateAt(text, start, ctx.today.getFullYear()) === 0) return
    emit(ctx, 'DATE_OF_BIRTH', start, end, S.bornAfter, 'dob-born', [reason('bornAt')])
  })
  matchAt(text, BORN_YEAR, alnumRuns(ctx).years, (start, end) => {
    if (dateAt(text, start, ctx.today.getFullYear()) === 0) return
    const sheng = text.startsWith('出生', end) || text.startsWith('生人', end) ? 2 : 1
    emit(ctx, 'DATE_OF_BIRTH', start, end + sheng, S.yearBornAfter, 'dob-born', [reason('bornYearAfter')])
  })
  // tried only where four digits stand before . - / (alnum-runs.ts)
  matchAt(text, BORN_DOTTED, alnumRuns(ctx).dottedYears, (start, end) => {
    if (dateAt(text, start, ctx.today.getFullYear()) === 0) return
    const sheng = text.startsWith('出生', end) ? 2 : text.startsWith('生', end) ? 1 : 0
    emit(ctx, 'DATE_OF_BIRTH', start, end + sheng, S.bornAfter, 'dob-born', [reason('bornAfter')])
  })
  // 孙满仓，男，1947年8月，汉族: a date in the slot after a person's sex is when they were born
  // (tried only at each 男 and 女 — a search from every position would be slow on a long text)
  for (const sex of ['男', '女']) {
    for (let at = text.indexOf(sex); at >= 0; at = text.indexOf(sex, at + 1)) {
      if (at > 0 && !SLOT_BEFORE.test(text[at - 1] ?? '')) continue
      SEX_SLOT.lastIndex = at
      const m = SEX_SLOT.exec(text)
      if (!m) continue
      const start = at + m[0].length
      const len = slotDate(text, start, ctx.today.getFullYear(), SLOT_END)
      // a year and a month at least (1947年8月, 1947.08), ending where the slot does
      if (len < 6) continue
      emit(ctx, 'DATE_OF_BIRTH', start, start + len, S.afterSex, 'dob-after-sex', [reason('afterSex')])
    }
  }
  // 贾立军 本人 1976年8月9日 一般: in a household's rows, the date in the cell after a member's relation is a birth date
  if (RELATION_ANY.test(text)) {
    RELATION_SLOT.lastIndex = 0
    for (let m = RELATION_SLOT.exec(text); m; m = RELATION_SLOT.exec(text)) {
      const start = m.index + m[0].length
      const len = slotDate(text, start, ctx.today.getFullYear(), CELL_END)
      // a year and a month at least, alone in its cell
      if (len < 6) continue
      emit(ctx, 'DATE_OF_BIRTH', start, start + len, S.afterSex, 'dob-after-relation', [reason('afterRelation')])
    }
  }
  // Chinese-numeral dates, tried only before each 年 (four or two digits, or 民国 …, before it)
  let lastEnd = 0
  for (let y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
    const from = cnDateStart(text, y)
    if (from < 0 || from < lastEnd) continue
    CN_DATE.lastIndex = from
    const m = CN_DATE.exec(text)
    if (!m) continue
    const end = m.index + m[0].length
    lastEnd = end
    // (a year in digits after this one is no birth year: 3000年腊月)
    if (/^[0-9]{4}/.test(m[0]) && Number(m[0].slice(0, 4)) > ctx.today.getFullYear()) continue
    const born = CN_BORN_AFTER.exec(text.slice(end, end + 2))
    const labelled = DOB_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))
    if (!born && !labelled) continue
    // a two-digit year (五八年七月生, 88年7月6日生) only right before 生
    if (!born && !/^(?:[^年]{4}|民国)/.test(m[0])) continue
    const sheng = born ? born[0].length : 0
    emit(ctx, 'DATE_OF_BIRTH', m.index, end + sheng, labelled ? S.label : S.bornAfter, 'dob-born-chinese-numerals', [labelled ? reason('afterBirthLabel') : reason('bornAfter'), /[正冬腊]月/.test(m[0]) ? reason('lunarDate') : reason('chineseDate')])
  }
  const tables = ctx.tables
  const { count, starts, ends } = tables
  const year = ctx.today.getFullYear()
  for (let i = 0; i < count; i++) {
    if (tables.kindOf(i) !== 'dob') continue
    const len = dateAt(text, starts[i], year)
    if (len > 0 && starts[i] + len === ends[i]) {
      emit(ctx, 'DATE_OF_BIRTH', starts[i], ends[i], S.columnWhole, 'dob-table-header', [columnReason(tables.headerOf(i)), reason('realDate')])
    }
  }
}
