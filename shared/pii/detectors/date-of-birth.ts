/**
 * DATE_OF_BIRTH: a date after 出生日期/出生年月/生日…, a date in a column headed 出生日期, and
 * "1985年5月出生". Other dates (检查日期, 来电时间) are not personal on their own.
 */
import type { ScanContext } from '../scan-context'
import { emit } from '../scan-context'
import { columnReason, labelReason } from '../interned'
import { separatorAfter } from '../context'
import { isRealDate } from '../validators/date'

const DATE = /(?:19|20)[0-9]{2}(?:(?:[-./]|年 ?)[0-9]{1,2}(?:(?:[-./]|月 ?)[0-9]{1,2}日?|月)?)?|(?:19|20)[0-9]{6}/y
const BORN = /(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?(?=出生|生(?![产活]))/g

/** A date at `pos` with a real month (and day) and a year not in the future, or its length. */
function dateAt(text: string, pos: number, today: Date): number {
  DATE.lastIndex = pos
  const m = DATE.exec(text)
  if (!m) return 0
  const nums = m[0].match(/[0-9]+/g) ?? []
  let [y, mo, d] = nums.map(Number)
  if (nums.length === 1 && (nums[0] ?? '').length === 8) {
    const s = nums[0] ?? ''
    ;[y, mo, d] = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))]
  }
  if (y === undefined || y > today.getFullYear()) return 0
  if (mo !== undefined && !isRealDate(y, mo, d ?? 1)) return 0
  if (mo === undefined && !/年$/.test(m[0]) && nums.length === 1 && (nums[0] ?? '').length === 4) return 4
  return m[0].length
}

export function detectDatesOfBirth(ctx: ScanContext): void {
  const text = ctx.text
  for (const h of ctx.hits.dobLabel) {
    const pos = h.end + separatorAfter(text, h.end)
    const len = dateAt(text, pos, ctx.today)
    if (len >= 6 || (len === 4 && /年/.test(text.slice(pos, pos + 5)))) {
      const label = h.word
      emit(ctx, 'DATE_OF_BIRTH', pos, pos + len, 0.95, 'dob-label', [labelReason(label), 'real calendar date'])
    }
  }
  BORN.lastIndex = 0
  for (let m = BORN.exec(text); m; m = BORN.exec(text)) {
    if (dateAt(text, m.index, ctx.today) === 0) continue
    emit(ctx, 'DATE_OF_BIRTH', m.index, m.index + m[0].length, 0.85, 'dob-born', ['date followed by 出生/生'])
  }
  const { count, starts, ends, kinds, headers } = ctx.tables
  for (let i = 0; i < count; i++) {
    if (kinds[i] !== 'dob') continue
    const len = dateAt(text, starts[i], ctx.today)
    if (len > 0 && starts[i] + len === ends[i]) {
      emit(ctx, 'DATE_OF_BIRTH', starts[i], ends[i], 0.93, 'dob-table-header', [columnReason(headers[i]), 'real calendar date'])
    }
  }
}
