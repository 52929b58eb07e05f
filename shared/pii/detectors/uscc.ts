/** 统一社会信用代码: organisational, so reported at low severity; GB 32100 mod-31 check character. */
import { emit, type ScanContext } from '../scan-context'
import { ctx as C, labelBefore } from '../context'
import { isValidUscc } from '../validators/uscc'
import { checkId18Fast } from '../validators/id-card'
import { columnReason, labelReason, withReason } from '../interned'
import { reason, reasonBut, reasonWith } from '../reasons'
import { scores } from '../data/scores'

const S = scores['alnum-tokens']

const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/

function hasUpperLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) return true
  }
  return false
}

/** One 18-character alphanumeric token at [start, start + 18) → a USCC candidate if its shape and checksum (or label) say so. */
export function usccFromToken(ctx: ScanContext, start: number): void {
  const text = ctx.text
  const end = start + 18
  // an all-digit 18-character string is an ID, an order number or a code: a USCC only after its label
  // (decided before slicing: most 18-character tokens are ID numbers)
  const label = labelBefore(text, start, C.uscc, 14)
  if (!label && !hasUpperLetter(text, start, end)) return
  const v = text.slice(start, end)
  if (!USCC.test(v)) return
  // ID-shaped digits are the ID detector's business (and a decoy under 项目编号 is neither)
  if (/^[0-9]{17}[0-9X]$/.test(v) && checkId18Fast(v, ctx.todayKey) & 4) return
  if (!label && labelBefore(text, start, C.numbering, 12)) return
  const ci = ctx.tables.indexAt(start)
  const header = ci < 0 ? '' : ctx.tables.headerOf(ci)
  const inColumn = ci >= 0 && ctx.tables.kindOf(ci) === 'uscc'
  const valid = isValidUscc(v)
  let reasons = [valid ? reason('usccValid') : reason('usccFails')]
  if (valid && label) reasons = withReason(reasons, labelReason(label))
  if (valid && inColumn) reasons = withReason(reasons, columnReason(header))
  let confidence = valid ? S.usccValid : 0
  if (valid && (label || inColumn)) confidence = S.usccValidWithContext
  else if (!valid && (label || inColumn)) {
    confidence = S.usccFailsWithContext
    reasons[0] = reasonBut(reason('usccFails'), label ? reasonWith('afterLabel', { label }) : reasonWith('inColumn', { header }))
  }
  if (confidence > 0) emit(ctx, 'USCC', start, end, confidence, 'uscc', reasons)
}
