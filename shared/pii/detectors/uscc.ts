/** 统一社会信用代码: organisational, so reported at low severity; GB 32100 mod-31 check character. */
import type { ScanContext } from '../scan-context'
import { ctx as C, labelBefore } from '../context'
import { isValidUscc } from '../validators/uscc'
import { checkIdCard18 } from '../validators/id-card'

const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/

/** One 18-character alphanumeric token → a USCC candidate if its shape and checksum (or label) say so. */
export function usccFromToken(ctx: ScanContext, start: number, v: string): void {
  if (v.length !== 18) return
  const text = ctx.text
  // an all-digit 18-character string is an ID, an order number or a code: a USCC only after its label
  const hasLetter = /[A-Z]/.test(v)
  if (!hasLetter && !labelBefore(text, start, C.uscc, 14)) return
  if (!USCC.test(v)) return
  {
    const m = { index: start }
    // ID-shaped digits are the ID detector's business (and a decoy under 项目编号 is neither)
    if (/^[0-9]{17}[0-9X]$/.test(v) && checkIdCard18(v, ctx.today).birthDate) return
    const label = labelBefore(text, m.index, C.uscc, 14)
    if (!label && labelBefore(text, m.index, C.numbering, 12)) return
    const cell = ctx.tables.cellAt(m.index)
    const inColumn = cell?.kind === 'uscc'
    const valid = isValidUscc(v)
    const reasons = [valid ? 'GB 32100 check character passed' : 'fails GB 32100 check character']
    if (valid && label) reasons.push(`label ${label}`)
    if (valid && inColumn) reasons.push(`column header ${cell.header}`)
    let confidence = valid ? 0.9 : 0
    if (valid && (label || inColumn)) confidence = 0.98
    else if (!valid && (label || inColumn)) {
      confidence = 0.6
      reasons[0] = `fails GB 32100 check character, but ${label ? `after label ${label}` : `in column ${cell!.header}`}`
    }
    if (confidence > 0) ctx.out.push({ type: 'USCC', start: m.index, end: m.index + v.length, confidence, rule: 'uscc', reasons })
  }
}
