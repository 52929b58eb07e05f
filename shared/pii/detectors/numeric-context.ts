/**
 * Context for numeric candidates: labels right before the value, words nearby on the line, and the
 * column header of the cell it sits in. Presidio-style: validation sets the base score, context moves it.
 */
import { emit, type ScanContext } from '../scan-context'
import type { EntityType } from '../types'
import type { Classified } from './classify-digits'
import { ctx as C, labelBefore, before, after } from '../context'
import type { ColumnKind } from '../column-kind'
import { columnReason, contextReason, labelReason, quoting, withReason } from '../interned'
import { reason, reasonBut, reasonWith, type ReasonCode } from '../reasons'
import { scores } from '../data/scores'

const S = scores['digit-runs']

const COLUMN_FOR: Partial<Record<EntityType, readonly ColumnKind[]>> = {
  ID_CARD: ['idCard'],
  MOBILE: ['phone'],
  LANDLINE: ['phone'],
  BANK_CARD: ['bank'],
  TAIWAN_PERMIT: ['taiwan', 'idCard'],
}
const officeReason = quoting('officeService', 'org')
const inColumnReason = quoting('inColumn', 'header')
const afterLabelReason = quoting('afterLabel', 'label')
/** the reasons that say a validation failed */
const FAILS: ReadonlySet<ReasonCode> = new Set(['idChecksumFails', 'luhnFails', 'usccFails', 'failsValidation'])
/**
 * "如有异议，请于7日内向乡农业综合服务站反映，联系电话：…": in a sentence that sends the reader to an
 * office, the number that follows is the office's, whatever its label says.
 */
const SENT_TO_OFFICE = /(?:请|可|应|须)[^。；！？\n]{0,16}?向[^。；！？\n，,]{2,24}?(?:反映|咨询|联系|举报|投诉|申请|报名|提出)[^。；！？\n]{0,8}$/

const NO_COLUMNS: readonly ColumnKind[] = []

const TAI = 0x53f0 // 台

/** 台 within `max` characters before `pos` on its line. */
function hasTai(text: string, pos: number, max: number): boolean {
  for (let i = pos - 1; i >= 0 && pos - i <= max; i--) {
    const c = text.charCodeAt(i)
    if (c === TAI) return true
    if (c === 10) return false
  }
  return false
}

/** "+86 138…", "(+86)138…": the character before the number (past one space) that could end such a prefix. */
function mayHaveCountryCode(text: string, start: number): boolean {
  let q = start - 1
  if (text.charCodeAt(q) === 32) q--
  const c = text.charCodeAt(q)
  return c === 43 || c === 41 || c === 0xff09
}

export function applyNumericContext(ctx: ScanContext, start: number, end: number, c: Classified): void {
  const text = ctx.text
  const tables = ctx.tables
  const ci = tables.indexAt(start)
  const cellKind = ci < 0 ? null : tables.kindOf(ci)
  const cellHeader = ci < 0 ? '' : tables.headerOf(ci)
  // grown with withReason, not push (see interned.ts): these arrays live on in the findings
  let reasons = c.reasons
  let { type, confidence, rule } = c
  const inColumn = cellKind !== null && (COLUMN_FOR[type] ?? NO_COLUMNS).includes(cellKind)
  if (cellKind === 'numbering') return
  const numbering = labelBefore(text, start, C.numbering, 12)
  if (numbering && !inColumn) return

  // "+86 138…", "(+86)138…": the plus sign belongs to the number as written
  if (type === 'MOBILE' && mayHaveCountryCode(text, start)) {
    const cc = /(?:[(（]\+?86[)）]|\+) ?$/.exec(text.slice(Math.max(0, start - 6), start))
    if (cc) start -= cc[0].length
  }

  if (inColumn && !c.weak) reasons = withReason(reasons, columnReason(cellHeader))
  else if (!inColumn && cellKind !== null && c.weak) return

  switch (type) {
    case 'ID_CARD': {
      const label = labelBefore(text, start, C.idCard)
      if (label) reasons = withReason(reasons, labelReason(label))
      if (c.weak) {
        if (!label && !inColumn) return
        // a new array: classifications may share theirs (classify-digits.ts)
        reasons = [reasonBut(reasons[0], inColumn ? inColumnReason(cellHeader) : afterLabelReason(String(label))), ...reasons.slice(1)]
        confidence = S.idCardRescuedByContext
      } else if (label || inColumn) confidence += S.idCardContextBonus
      break
    }
    case 'MOBILE':
    case 'LANDLINE': {
      const org = labelBefore(text, start, C.orgPhone, 14)
      if (org) {
        confidence = S.phoneOfOffice
        reasons = withReason(reasons, officeReason(org))
        break
      }
      const label = labelBefore(text, start, C.phone, 14)
      if (c.weak) {
        // every 台胞证-like label has 台: look for it before slicing a window for the regex
        const tw = end - start === 8 && hasTai(text, start, 24) ? C.taiwanNear.exec(before(text, start, 24)) : null
        if (tw) {
          type = 'TAIWAN_PERMIT'
          rule = 'taiwan-permit-8'
          confidence = S.taiwanPermitAfterLabel
          reasons = [reasonWith('eightDigitsAfter', { word: tw[0] })]
          break
        }
        if (!label && !inColumn) return
        confidence = S.phoneRescuedByContext
        if (label) reasons = withReason(reasons, labelReason(label))
        break
      }
      if (!inColumn && SENT_TO_OFFICE.test(before(text, start, 60))) {
        confidence = S.phoneSentToOffice
        // (the panel knows this explanation; the sentence is what makes the number an office's)
        reasons = withReason(reasons, reason('officeServiceNearby'))
      } else if (label) {
        reasons = withReason(reasons, labelReason(label))
        confidence = Math.max(confidence + S.phoneContextBonus, S.phoneWithContextAtLeast)
      } else if (inColumn) confidence = Math.max(confidence + S.phoneContextBonus, S.phoneWithContextAtLeast)
      else if (C.orgPhoneNear.test(before(text, start, 24))) {
        confidence = S.phoneNearOfficeWords
        reasons = withReason(reasons, reason('officeServiceNearby'))
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
      if (c.weak && !near && !inColumn) {
        // printed in a card's groups with an issuer's prefix (rule bank-card has none): still a card, lower
        if (!c.cardGroups || c.rule === 'bank-card' || labelBefore(text, start, C.idCard) || labelBefore(text, start, C.phone)) return
        confidence = S.cardInGroupsOnly
        reasons = withReason(reasons, reasonWith('writtenAs', { groups: text.slice(start, end).split(/[ .-]+/).map((g) => g.length).join('-') }))
      } else if (c.weak) {
        const why = reasons.find((r) => FAILS.has(r.code)) ?? reason('failsValidation')
        reasons = withReason(reasons, reasonBut(why, inColumn ? inColumnReason(cellHeader) : contextReason(String(near))))
        confidence = S.cardRescuedByContext
      } else if (near || inColumn) {
        if (near) reasons = withReason(reasons, contextReason(near))
        confidence = S.cardWithContext
      } else if (labelBefore(text, start, C.idCard) || labelBefore(text, start, C.phone)) return
      break
    }
    default:
      break
  }
  // a shared, frozen classification (classify-digits.ts) must not become a finding's own reasons
  emit(ctx, type, start, end, Math.min(S.ceiling, confidence), rule, Object.isFrozen(reasons) ? [...reasons] : reasons)
}
