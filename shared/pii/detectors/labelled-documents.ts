/**
 * A document's number after its label, whatever its shape: foreign passports (C7H4R2K91), mistyped
 * Chinese ones (EO1234567), permits written in groups (C 1234 5678, H6021 4738), old 台胞证 digits, and
 * foreign residents' documents (外国人永久居留身份证, 居留许可, 签证, 旅行证). A value that fails its
 * document's format is still reported — the label says what it is — with a reason that says so.
 * Traditional labels (台灣居民來往大陸通行證, 護照號碼) arrive simplified (normalize.ts).
 */
import { emit, type ScanContext } from '../scan-context'
import { reason, reasonWith } from '../reasons'
import type { EntityType } from '../types'
import { idCardCheckChar } from '../validators/id-card'
import { scores } from '../data/scores'

const S = scores['alnum-tokens']

/**
 * Where labels may stand, found with indexOf: every label below contains one of these, at most ten
 * characters after its start (台湾居民来往大陆|通行证, 外国人永久|居留身份证).
 */
const ANCHORS = ['护照', 'assport', 'ASSPORT', '通行证', '台胞证', '回乡证', '居留', '永居证', '签证号', '旅行证']
const MAX_BEFORE_ANCHOR = 10

/**
 * A label (each contains an anchor), then an optional number word (号码, 证号, No.), then ：/为/是, then the value: one alphanumeric
 * group, then at most three digit groups (C 1234 5678), and an optional bracketed check character.
 */
const LABEL =
  /(?:护照|[Pp]assport|PASSPORT|台胞证|台湾居民来往大陆通行证|大陆通行证|往来台湾通行证|台湾通行证|港澳居民来往内地通行证|来往内地通行证|往来港澳通行证|港澳通行证|回乡证|外国人永久居留身份证|永久居留身份证|外国人永久居留证|永久居留证|永居证|居留许可|居留证件|签证(?=号)|旅行证|通行证)/y
const AFTER =
  /[（(]?(?:[，,；;\s]{0,2}(?:证件|证)?(?:号码|编号|号)|\s*(?:No\.?|NO\.?|Number|number|#))?[\s:：]*(?:为|是)?[\s:：]*([A-Z0-9]{1,18}(?:[ -][0-9]{2,8}){0,3}(?:[(（][A-Z0-9][)）])?)(?![A-Za-z0-9])/y

type Kind = 'passport' | 'taiwan' | 'hkMacao' | 'permanent' | 'foreign' | 'permit'

function kindOf(label: string): Kind {
  if (/台|大陆/.test(label)) return 'taiwan'
  if (/港澳|内地|回乡/.test(label)) return 'hkMacao'
  if (/永久居留|永居/.test(label)) return 'permanent'
  if (/护照|assport|PASSPORT/.test(label)) return 'passport'
  // a bare 通行证: which one only the number's shape tells
  if (label === '通行证') return 'permit'
  return 'foreign'
}

const TYPE: Record<Kind, EntityType> = { passport: 'PASSPORT', taiwan: 'TAIWAN_PERMIT', hkMacao: 'HK_MACAO_PERMIT', permanent: 'PASSPORT', foreign: 'PASSPORT', permit: 'HK_MACAO_PERMIT' }
const RULE: Record<Kind, string> = {
  passport: 'passport-labelled',
  taiwan: 'taiwan-permit-labelled',
  hkMacao: 'hk-macao-permit-labelled',
  permanent: 'foreign-permanent-residence-labelled',
  foreign: 'foreign-document-labelled',
  permit: 'permit-labelled',
}

/** Shapes a Chinese-issued document of each kind takes (separators removed). */
const SHAPES: Record<Kind, RegExp> = {
  passport: /^(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8}|[DSP]E[0-9]{7}|[DSP][0-9]{7,8})$/,
  taiwan: /^(?:[0-9]{8}(?:[0-9]{2})?|[TL][0-9]{8})$/,
  hkMacao: /^(?:C[A-Z0-9][0-9]{7}|W[0-9]{8}|[HM][0-9]{8}(?:[0-9]{2})?)$/,
  // old card: three letters (nationality) + 12 digits; 2023 card: 9 + 17 characters with the ID checksum
  permanent: /^(?:[A-Z]{3}[0-9]{12}|9[0-9]{16}[0-9X])$/,
  // a foreign residence permit, visa or 旅行证 follows no one format we could check
  foreign: /^$/,
  permit: /^(?:C[A-Z0-9][0-9]{7}|W[0-9]{8}|[HM][0-9]{8}(?:[0-9]{2})?|[TL][0-9]{8})$/,
}

function shaped(kind: Kind, v: string): boolean {
  if (!SHAPES[kind].test(v)) return false
  return !(kind === 'permanent' && v.length === 18) || idCardCheckChar(v.slice(0, 17)) === v[17]
}

function digitCount(v: string): number {
  let n = 0
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

/**
 * Every value after a document label. `tokenShape` says which document the token detector (alnum-ids.ts)
 * reads an unseparated value as, if any; a value it reads as the labelled document is left to it.
 */
export function detectLabelledDocuments(ctx: ScanContext, tokenShape: (v: string) => EntityType | null): void {
  const text = ctx.text
  // tried only where one of its labels stands: the longest label through each anchor (in text order)
  const found: RegExpExecArray[] = []
  for (const anchor of ANCHORS) {
    for (let q = text.indexOf(anchor); q >= 0; q = text.indexOf(anchor, q + 1)) {
      for (let k = Math.min(MAX_BEFORE_ANCHOR, q); k >= 0; k--) {
        LABEL.lastIndex = q - k
        const l = LABEL.exec(text)
        if (l && l.index + l[0].length > q) {
          found.push(l)
          break
        }
      }
    }
  }
  if (found.length === 0) return
  found.sort((a, b) => a.index - b.index)
  let next = 0
  for (const l of found) {
    const p = l.index
    if (p < next) continue
    AFTER.lastIndex = p + l[0].length
    const m = AFTER.exec(text)
    if (!m) continue
    next = m.index + m[0].length
    const value = m[1] ?? ''
    const start = next - value.length
    const compact = value.replace(/[ -]/g, '')
    let kind = kindOf(l[0])
    const bare = kind === 'permit'
    if (bare) {
      // only a permit's own shape, written in groups (通行证 C 1234 5678): 车辆通行证 numbers are not personal
      if (!SHAPES.permit.test(compact)) continue
      kind = /^[TL]/.test(compact) ? 'taiwan' : 'hkMacao'
    }
    // six characters at least, three of them digits: not a word, a count or a year
    if (compact.length < 6 || compact.length > (kind === 'permanent' ? 18 : 14) || digitCount(compact) < 3) continue
    // the token detector reads an unseparated value of a shape it knows, unless the label names another document
    if (value === compact && !bare && tokenShape(value) === TYPE[kind]) continue
    const ok = shaped(kind, compact.replace(/[(（][A-Z0-9][)）]$/, ''))
    const label = text.slice(p, start).replace(/[\s:：为是]+$/, '')
    const second = ok
      ? reasonWith('shape', { what: `${RULE[kind].replace('-labelled', '')}${value === compact ? '' : ' (written in groups)'}` })
      : kind === 'foreign'
        ? reason('foreignDocument')
        : reason('labelledBadFormat')
    const reasons = [reasonWith('valueAfterLabel', { label }), second]
    emit(ctx, TYPE[kind], start, next, ok || TYPE[kind] !== 'PASSPORT' ? S.labelledWellFormed : S.labelledPassportOtherFormat, RULE[kind], reasons)
  }
}
