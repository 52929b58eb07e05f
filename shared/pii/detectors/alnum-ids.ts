/**
 * Letter-prefixed document numbers: 护照 (E/G + 8 digits, E + letter + 7 digits, official D/S/P forms),
 * 往来港澳通行证 (C + 8 digits or C + letter + 7 digits), 港澳居民来往内地通行证 (H/M + 8 or 10 digits),
 * 往来台湾通行证 (T/L + 8 digits) and, after their labels, 台胞证 digits and foreign passport numbers.
 * Which document a number is comes from its shape and from the nearest label before it.
 */
import { emit, type ScanContext } from '../scan-context'
import { columnReason, withReason } from '../interned'
import type { EntityType } from '../types'
import { before, ctx as C } from '../context'

type Family = { re: RegExp; type: EntityType; rule: string; base: number; withContext: number; contextOf: 'passport' | 'hkMacao' | 'taiwan' }

// anchored: tokens arrive already bounded by non-alphanumerics
const B = '^'
const E = '$'
const FAMILIES: readonly Family[] = [
  { re: new RegExp(`${B}(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8})${E}`, ''), type: 'PASSPORT', rule: 'passport-cn-ordinary', base: 0.85, withContext: 0.97, contextOf: 'passport' },
  { re: new RegExp(`${B}(?:[DSP]E[0-9]{7}|[DSP][0-9]{7,8})${E}`, ''), type: 'PASSPORT', rule: 'passport-cn-official', base: 0.4, withContext: 0.92, contextOf: 'passport' },
  { re: new RegExp(`${B}C[A-Z0-9][0-9]{7}${E}`, ''), type: 'HK_MACAO_PERMIT', rule: 'hk-macao-permit-mainland', base: 0.7, withContext: 0.96, contextOf: 'hkMacao' },
  { re: new RegExp(`${B}W[0-9]{8}${E}`, ''), type: 'HK_MACAO_PERMIT', rule: 'hk-macao-permit-booklet', base: 0.35, withContext: 0.9, contextOf: 'hkMacao' },
  { re: new RegExp(`${B}[HM][0-9]{8}(?:[0-9]{2})?${E}`, ''), type: 'HK_MACAO_PERMIT', rule: 'hk-macao-home-return-permit', base: 0.55, withContext: 0.95, contextOf: 'hkMacao' },
  { re: new RegExp(`${B}[TL][0-9]{8}${E}`, ''), type: 'TAIWAN_PERMIT', rule: 'taiwan-permit-mainland', base: 0.35, withContext: 0.9, contextOf: 'taiwan' },
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

/**
 * A document label and its value, which may be written in groups (H6021 4738, C 1234 5678, 0581 3326).
 * Traditional labels (台灣居民來往大陸通行證) arrive simplified (normalize.ts).
 */
const AFTER_LABEL =
  /(?:护照|台胞证|台湾居民来往大陆通行证|大陆通行证|往来台湾通行证|台湾通行证|港澳居民来往内地通行证|来往内地通行证|往来港澳通行证|港澳通行证|回乡证)[（(]?(?:[，,]?(?:证件|证)?(?:号码|号))?[\s:：]*(?:为|是)?[\s:：]*([A-Z]{0,2} ?[0-9][0-9A-Z]{1,11}(?:[ -][0-9]{2,8}){0,3}(?:[(（][A-Z0-9][)）])?)(?![A-Za-z0-9])/y
const LABEL_WORDS = ['护照', '台胞证', '台湾居民来往大陆通行证', '大陆通行证', '往来台湾通行证', '台湾通行证', '港澳居民来往内地通行证', '来往内地通行证', '往来港澳通行证', '港澳通行证', '回乡证']

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
    let reasons = [`shape ${f.rule}`]
    let confidence = f.base
    if (agrees) {
      confidence = f.withContext
      reasons = withReason(reasons, columnMatches ? columnReason(ctx.tables.headerOf(ci)) : `context ${near!.label}`)
    } else if (near) confidence = Math.min(confidence, 0.45)
    emit(ctx, f.type, start, start + token.length, confidence, f.rule, reasons)
    return
  }
}

/** After an explicit 护照/台胞证 label, any passport-like value (foreign passports, old 台胞证 forms). */
export function detectLabelledDocuments(ctx: ScanContext): void {
  const text = ctx.text
  // tried only where one of its labels stands (found with indexOf, in text order)
  const starts: number[] = []
  for (const word of LABEL_WORDS) for (let q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + 1)) starts.push(q)
  if (starts.length === 0) return
  starts.sort((a, b) => a - b)
  let next = 0
  for (const p of starts) {
    if (p < next) continue
    AFTER_LABEL.lastIndex = p
    const m = AFTER_LABEL.exec(text)
    if (!m) continue
    next = m.index + m[0].length
    const value = m[1] ?? ''
    const start = m.index + m[0].length - value.length
    const compact = value.replace(/[ -]/g, '')
    // an unseparated value of a known shape is the token detector's (alnumIdFromToken)
    if ((value === compact && FAMILIES.some((f) => f.re.test(value))) || (compact.match(/[0-9]/g)?.length ?? 0) < 6) continue
    const label = m[0].slice(0, m[0].length - value.length).replace(/[\s:：为是]+$/, '')
    const type: EntityType = /台|大陆/.test(label) ? 'TAIWAN_PERMIT' : /港澳|内地|回乡/.test(label) ? 'HK_MACAO_PERMIT' : 'PASSPORT'
    // 台湾居民来往大陆通行证: 8 digits (10 with the issue count)
    const shaped = FAMILIES.some((f) => f.type === type && f.re.test(compact)) || (type === 'TAIWAN_PERMIT' && /^[0-9]{8}(?:[0-9]{2})?$/.test(compact))
    const rule = type === 'TAIWAN_PERMIT' ? 'taiwan-permit-labelled' : type === 'HK_MACAO_PERMIT' ? 'hk-macao-permit-labelled' : 'passport-labelled'
    const reasons = [`value after label ${label}`, shaped ? `shape ${type.toLowerCase()} (written in groups)` : 'does not match the document format: flagged for its label']
    emit(ctx, type, start, start + value.length, type === 'PASSPORT' && !shaped ? 0.8 : 0.88, rule, reasons)
  }
}
