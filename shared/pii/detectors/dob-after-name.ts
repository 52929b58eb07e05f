/**
 * DATE_OF_BIRTH told right after a person, which only the names found before can show: a year and month alone in
 * the bracket after a name (刘长顺（1944年2月）：血压…, 妻陈秀治（1954年2月）), and a date in the slot after a
 * person's age that agrees with it (邵秀英，女，89岁，1935-02-11，身份证…). Runs after the name detectors.
 */
import { emit, type ScanContext } from '../scan-context'
import { reason } from '../reasons'
import { scores } from '../data/scores'
import { dateAt, slotDate } from './date-of-birth'

// (both readings are as sure as the slot after a person's sex, and scored so)
const S = scores['dates-of-birth']
/** what closes the bracket right after the date */
const BRACKET_END = /^[）)]/
/** what may follow the date in the slot after an age: the next slot, the sentence's end */
const AGE_SLOT_END = /^(?:$|[\s，,、。；;）)|])/
const AGE_BEFORE = /(?:^|[^0-9])([0-9]{1,3})岁$/
const NAME_FOUND = 0.5

export function detectDatesAfterNames(ctx: ScanContext): void {
  const text = ctx.text
  const year = ctx.today.getFullYear()
  for (const c of ctx.names) {
    if (c.confidence < NAME_FOUND) continue
    const open = text.charCodeAt(c.end)
    if (open !== 0xff08 && open !== 0x28) continue
    const start = c.end + 1
    const len = dateAt(text, start, year)
    // a year and a month at least, and nothing else in the bracket (刘长顺（2024年5月入职） is not when he was born)
    if (len < 6 || !BRACKET_END.test(text.slice(start + len, start + len + 1))) continue
    emit(ctx, 'DATE_OF_BIRTH', start, start + len, S.afterSex, 'dob-after-name', [reason('afterName')])
  }
  // tried only at each 岁 that ends a number and is followed by a pause
  for (let at = text.indexOf('岁'); at >= 0; at = text.indexOf('岁', at + 1)) {
    const sep = text.charCodeAt(at + 1)
    if (sep !== 0xff0c && sep !== 0x2c && sep !== 0x3001 && sep !== 0x20) continue
    const age = AGE_BEFORE.exec(text.slice(Math.max(0, at - 4), at + 1))
    if (!age) continue
    const start = at + 2
    const len = slotDate(text, start, year, AGE_SLOT_END)
    if (len < 6) continue
    // the year must be the one the age gives, for a notice written this year or in the ten before (a year more: the
    // birthday may be yet to come)
    const gap = year - Number(age[1]) - Number(text.slice(start, start + 4))
    if (gap < -1 || gap > 10) continue
    emit(ctx, 'DATE_OF_BIRTH', start, start + len, S.afterSex, 'dob-after-age', [reason('afterAge')])
  }
}
