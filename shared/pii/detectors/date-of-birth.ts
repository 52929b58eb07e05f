/**
 * DATE_OF_BIRTH: a date after 出生日期/出生年月/生日…, a date in a column headed 出生日期, and
 * "1985年5月出生". Other dates (检查日期, 来电时间) are not personal on their own.
 */
import { alnumRuns, emit, type ScanContext } from '../scan-context'
import { matchAt } from '../alnum-runs'
import { columnReason, labelReason } from '../interned'
import { separatorAfter } from '../context'
import { isRealDate } from '../validators/date'

const DATE = /(?:19|20)[0-9]{2}(?:(?:[-./]|年 ?)[0-9]{1,2}(?:(?:[-./]|月 ?)[0-9]{1,2}日?|月)?)?|(?:19|20)[0-9]{6}/y
const NIAN = 0x5e74 // 年
const BORN = /(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?(?=出生|生(?![产活]))/y

/**
 * A date at `pos` with a real month (and day) and a year not after `todayYear`, or its length.
 * The numbers are read from char codes: this runs for every date label and date cell.
 */
function dateAt(text: string, pos: number, todayYear: number): number {
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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
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
    if (len >= 6 || (len === 4 && /年/.test(text.slice(pos, pos + 5)))) {
      const label = hWord
      emit(ctx, 'DATE_OF_BIRTH', pos, pos + len, 0.95, 'dob-label', [labelReason(label), 'real calendar date'])
    }
  }
  // tried only where four digits end right before 年 (alnum-runs.ts), the only places it can match
  matchAt(text, BORN, alnumRuns(ctx).years, (start, end) => {
    if (dateAt(text, start, ctx.today.getFullYear()) === 0) return
    emit(ctx, 'DATE_OF_BIRTH', start, end, 0.85, 'dob-born', ['date followed by 出生/生'])
  })
  const tables = ctx.tables
  const { count, starts, ends } = tables
  const year = ctx.today.getFullYear()
  for (let i = 0; i < count; i++) {
    if (tables.kindOf(i) !== 'dob') continue
    const len = dateAt(text, starts[i], year)
    if (len > 0 && starts[i] + len === ends[i]) {
      emit(ctx, 'DATE_OF_BIRTH', starts[i], ends[i], 0.93, 'dob-table-header', [columnReason(tables.headerOf(i)), 'real calendar date'])
    }
  }
}
