/**
 * Context for numeric candidates: labels right before the value, words nearby on the line, and the
 * column header of the cell it sits in. Presidio-style: validation sets the base score, context moves it.
 */
import type { ScanContext } from '../scan-context'
import type { Candidate, EntityType } from '../types'
import type { Classified } from './classify-digits'
import { ctx as C, labelBefore, before, after } from '../context'
import type { ColumnKind } from '../column-kind'

const COLUMN_FOR: Partial<Record<EntityType, readonly ColumnKind[]>> = {
  ID_CARD: ['idCard'],
  MOBILE: ['phone'],
  LANDLINE: ['phone'],
  BANK_CARD: ['bank'],
  TAIWAN_PERMIT: ['taiwan', 'idCard'],
}

function push(ctx: ScanContext, start: number, end: number, type: EntityType, confidence: number, rule: string, reasons: string[]): void {
  const cand: Candidate = { type, start, end, confidence: Math.min(0.99, confidence), rule, reasons }
  ctx.out.push(cand)
}

export function applyNumericContext(ctx: ScanContext, start: number, end: number, c: Classified): void {
  const text = ctx.text
  const cell = ctx.tables.cellAt(start)
  const reasons = c.reasons
  let { type, confidence, rule } = c
  const inColumn = cell !== null && (COLUMN_FOR[type] ?? []).includes(cell.kind)
  if (cell?.kind === 'numbering') return
  const numbering = labelBefore(text, start, C.numbering, 12)
  if (numbering && !inColumn) return

  // "+86 138…", "(+86)138…": the plus sign belongs to the number as written
  if (type === 'MOBILE') {
    const cc = /(?:[(（]\+?86[)）]|\+) ?$/.exec(text.slice(Math.max(0, start - 6), start))
    if (cc) start -= cc[0].length
  }

  if (inColumn && !c.weak) reasons.push(`column header ${cell.header}`)
  else if (!inColumn && cell && c.weak) return

  switch (type) {
    case 'ID_CARD': {
      const label = labelBefore(text, start, C.idCard)
      if (label) reasons.push(`label ${label}`)
      if (c.weak) {
        if (!label && !inColumn) return
        const why = reasons.shift()
        reasons.unshift(`${why}, but ${inColumn ? `in column ${cell.header}` : `after label ${label}`}`)
        confidence = 0.6
      } else if (label || inColumn) confidence += 0.03
      break
    }
    case 'MOBILE':
    case 'LANDLINE': {
      const org = labelBefore(text, start, C.orgPhone, 14)
      if (org) {
        confidence = 0.3
        reasons.push(`office service number (${org})`)
        break
      }
      const label = labelBefore(text, start, C.phone, 14)
      if (c.weak) {
        const tw = C.taiwanNear.exec(before(text, start, 24))
        if (tw && end - start === 8) {
          type = 'TAIWAN_PERMIT'
          rule = 'taiwan-permit-8'
          confidence = 0.9
          reasons.splice(0, reasons.length, `8 digits after ${tw[0]}`)
          break
        }
        if (!label && !inColumn) return
        confidence = 0.65
        if (label) reasons.push(`label ${label}`)
        break
      }
      if (label) {
        reasons.push(`label ${label}`)
        confidence = Math.max(confidence + 0.06, 0.85)
      } else if (inColumn) confidence = Math.max(confidence + 0.06, 0.85)
      else if (C.orgPhoneNear.test(before(text, start, 24))) {
        confidence = 0.45
        reasons.push('office service number context nearby')
      }
      // an extension written in words: "0551-62723683转801"
      if (type === 'LANDLINE') {
        const ext = /^ ?(?:转|分机|ext\.? ?)\d{1,5}/i.exec(after(text, end, 12))
        if (ext) end += ext[0].length
      }
      break
    }
    case 'BANK_CARD': {
      const label = labelBefore(text, start, C.bank, 16)
      const near = label ?? C.bankNear.exec(before(text, start, 30))?.[0] ?? null
      if (c.weak) {
        if (!near && !inColumn) return
        const why = reasons.find((r) => r.startsWith('fails')) ?? 'fails validation'
        reasons.push(`${why}, but ${inColumn ? `in column ${cell.header}` : `context ${near}`}`)
        confidence = 0.7
      } else if (near || inColumn) {
        if (near) reasons.push(`context ${near}`)
        confidence = 0.97
      } else if (labelBefore(text, start, C.idCard) || labelBefore(text, start, C.phone)) return
      break
    }
    default:
      break
  }
  push(ctx, start, end, type, confidence, rule, reasons)
}
