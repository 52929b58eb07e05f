/**
 * Letter-prefixed document numbers: 护照 (E/G + 8 digits, E + letter + 7 digits, official D/S/P forms),
 * 往来港澳通行证 (C + 8 digits or C + letter + 7 digits), 港澳居民来往内地通行证 (H/M + 8 or 10 digits),
 * 往来台湾通行证 (T/L + 8 digits). Values after a label, whatever their shape, are labelled-documents.ts's.
 * Which document a number is comes from its shape and from the nearest label before it.
 */
import { emit, type ScanContext } from '../scan-context'
import { columnReason, contextReason, withReason } from '../interned'
import { reason, reasonWith } from '../reasons'
import type { EntityType } from '../types'
import { before, ctx as C } from '../context'
import { scores } from '../data/scores'

const S = scores['alnum-tokens']

type Family = { re: RegExp; type: EntityType; rule: string; base: number; withContext: number; contextOf: 'passport' | 'hkMacao' | 'taiwan' }

// anchored: tokens arrive already bounded by non-alphanumerics
const B = '^'
const E = '$'
const FAMILIES: readonly Family[] = [
  { re: new RegExp(`${B}(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8})${E}`, ''), type: 'PASSPORT', rule: 'passport-cn-ordinary', base: S.passportOrdinary, withContext: S.passportOrdinaryWithContext, contextOf: 'passport' },
  { re: new RegExp(`${B}(?:[DSP]E[0-9]{7}|[DSP][0-9]{7,8})${E}`, ''), type: 'PASSPORT', rule: 'passport-cn-official', base: S.passportOfficial, withContext: S.passportOfficialWithContext, contextOf: 'passport' },
  { re: new RegExp(`${B}C[A-Z0-9][0-9]{7}${E}`, ''), type: 'HK_MACAO_PERMIT', rule: 'hk-macao-permit-mainland', base: S.hkMacaoMainland, withContext: S.hkMacaoMainlandWithContext, contextOf: 'hkMacao' },
  { re: new RegExp(`${B}W[0-9]{8}${E}`, ''), type: 'HK_MACAO_PERMIT', rule: 'hk-macao-permit-booklet', base: S.hkMacaoBooklet, withContext: S.hkMacaoBookletWithContext, contextOf: 'hkMacao' },
  { re: new RegExp(`${B}[HM][0-9]{8}(?:[0-9]{2})?${E}`, ''), type: 'HK_MACAO_PERMIT', rule: 'hk-macao-home-return-permit', base: S.homeReturnPermit, withContext: S.homeReturnPermitWithContext, contextOf: 'hkMacao' },
  { re: new RegExp(`${B}[TL][0-9]{8}${E}`, ''), type: 'TAIWAN_PERMIT', rule: 'taiwan-permit-mainland', base: S.taiwanMainland, withContext: S.taiwanMainlandWithContext, contextOf: 'taiwan' },
]

const NEAR = [
  ['passport', new RegExp(C.passportNear.source, 'g')],
  ['hkMacao', new RegExp(C.hkMacaoNear.source, 'g')],
  ['taiwan', new RegExp(C.taiwanNear.source, 'g')],
] as const

/** Which document family the nearest label before `pos` names, if any. */
function nearestFamily(text: string, pos: number): { family: Family['contextOf']; label: string } | null {
  const w = before(text, pos, 30)
  let best: { family: Family['contextOf']; label: string; at: number } | null = null
  for (const [family, g] of NEAR) {
    g.lastIndex = 0
    for (let m = g.exec(w); m; m = g.exec(w)) {
      const at = m.index + m[0].length
      if (!best || at > best.at || (at === best.at && m[0].length > best.label.length)) best = { family, label: m[0], at }
    }
  }
  return best
}

/** One alphanumeric token (8+ chars, bounded by non-alphanumerics) → a document-number candidate. */
export function alnumIdFromToken(ctx: ScanContext, start: number, token: string): void {
  const c0 = token.charCodeAt(0)
  if (c0 < 65) return
  const text = ctx.text
  for (const f of FAMILIES) {
    if (!f.re.test(token)) continue
    const near = nearestFamily(text, start)
    const ci = ctx.tables.indexAt(start)
    const columnMatches = ci >= 0 && ctx.tables.kindOf(ci) === f.contextOf
    const agrees = near?.family === f.contextOf || columnMatches
    let reasons = [reasonWith('shape', { what: f.rule })]
    let confidence = f.base
    if (agrees) {
      confidence = f.withContext
      reasons = withReason(reasons, columnMatches ? columnReason(ctx.tables.headerOf(ci)) : contextReason(near!.label))
    } else if (near) confidence = Math.min(confidence, S.anotherDocumentNear)
    emit(ctx, f.type, start, start + token.length, confidence, f.rule, reasons)
    return
  }
  // a cell of a passport or permit column (a foreign passport, a mistyped number): the column says what it is
  const ci = ctx.tables.indexAt(start)
  const kind = ci < 0 ? null : ctx.tables.kindOf(ci)
  const header = ci < 0 ? '' : ctx.tables.headerOf(ci)
  // 身份证/护照号码, 证件号码: an identity column where a foreigner's passport stands
  const passportLike = kind === 'passport' || (kind === 'idCard' && /护照|证件/.test(header))
  const type = passportLike ? 'PASSPORT' : kind === 'hkMacao' ? 'HK_MACAO_PERMIT' : kind === 'taiwan' ? 'TAIWAN_PERMIT' : null
  if (type === null || token.length > 14 || (token.match(/[0-9]/g)?.length ?? 0) < 3) return
  const reasons = [columnReason(header), reason('columnBadFormat')]
  emit(ctx, type, start, start + token.length, S.documentInColumn, 'document-in-column', reasons)
}

/** The document an unseparated value's shape makes it for alnumIdFromToken, if any. */
export function tokenShape(value: string): EntityType | null {
  return FAMILIES.find((f) => f.re.test(value))?.type ?? null
}
