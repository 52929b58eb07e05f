/**
 * PERSON_NAME from context, never from a bare surname character: labels (户主：, 当事人, 留言人…),
 * columns headed 姓名/户主/申请人…, 、-lists after a label, a name before 同志/先生/女士, a name before
 * ，男 / （女, and a name right before an ID or phone label. Masked names and places are skipped.
 */
import type { ScanContext } from '../scan-context'
import { strongNameLabels } from '../data/labels'
import { maskChars } from '../data/name-lexicon'
import { readName, isCjk, isMaskChar, isSurnameAt, type NameMode } from './name-reader'

const STRONG = new Set(strongNameLabels)
/** after a label: an optional ordinal (病例1, 申请人二) and a separator */
const LABEL_TAIL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})?([ \u3000]*[:：][ \u3000]*|[ \u3000]+)?/
const GENDER_RE = /(?:[，,、 ]|[（(])(?:性别[:：]?)?[男女](?=[，,、）) ;；。]|性|$)/g
/** a numbered list item: "1. ", "（2）", "三、" at the start of a line */
const LIST_ITEM_RE = /(?:^|\n)[ \t\u3000]*(?:\d{1,3}[.、．)）]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*/g
const ITEM_END = new Set('，,、（( \t：:；;'.split(''))
const ID_AFTER_RE = /[（(，, ]?(?:身份证号码|身份证号|身份证|公民身份号码|手机号码|手机|联系电话|电话)/g

const NAME_CELL = /^[\u4e00-\u9fff·]{2,6}$/
const MASKED = new RegExp(`[${maskChars.replace(/[\\\]^*?]/g, '\\$&')}]|某`)

type Emit = (start: number, end: number, confidence: number, rule: string, reasons: string[]) => void

/** Reads a name at `pos` and then any further names in a 、-separated list. */
function readList(text: string, pos: number, mode: NameMode, emit: Emit, confidence: number, rule: string, reason: string): void {
  let p = pos
  for (let k = 0; k < 50; k++) {
    const r = readName(text, p, mode)
    if (!r) return
    if (!r.masked) emit(p, r.end, confidence, rule, [reason, `surname ${r.surname}`])
    let q = r.end
    while (q < text.length && isMaskChar(text[q] ?? '')) q++
    if (text[q] !== '、') return
    p = q + 1
  }
}

/** The name that ends right at `end` (before a title, gender or ID label): longest surname-led reading. */
function nameEndingAt(text: string, end: number, mode: NameMode): { start: number; surname: string } | null {
  let s = end
  while (s > 0 && end - s < 4 && isCjk(text.charCodeAt(s - 1))) s--
  for (let start = s; start <= end - 2; start++) {
    if (!isSurnameAt(text, start, mode)) continue
    const r = readName(text, start, mode, end)
    if (r && !r.masked && r.end === end) return { start, surname: r.surname }
  }
  return null
}

export function detectNames(ctx: ScanContext): void {
  const text = ctx.text
  const emit: Emit = (start, end, confidence, rule, reasons) => ctx.out.push({ type: 'PERSON_NAME', start, end, confidence, rule, reasons })

  let labelEnd = 0
  for (const h of ctx.hits.nameLabel) {
    // 申请人姓名 is one label, not 申请人 followed by the name 姓名
    if (h.start < labelEnd) continue
    const tail = LABEL_TAIL.exec(text.slice(h.end, h.end + 8))
    const sep = tail?.[1] ?? ''
    const pos = h.end + (tail?.[0].length ?? 0)
    labelEnd = h.end
    if (sep.includes(':') || sep.includes('：')) readList(text, pos, 'label', emit, 0.9, 'name-label', `label ${h.word}`)
    else if (STRONG.has(h.word)) readList(text, pos, 'loose', emit, 0.85, 'name-label', `label ${h.word}`)
  }

  for (const cell of ctx.tables.cells) {
    if (cell.kind !== 'name') continue
    const v = text.slice(cell.start, cell.end)
    if (!NAME_CELL.test(v) || MASKED.test(v)) {
      if (/^[\u4e00-\u9fff]{2,4}(?:[、，, ][\u4e00-\u9fff]{2,4})+$/.test(v)) readList(text.replace(/[，, ]/g, '、'), cell.start, 'label', emit, 0.85, 'name-table-header', `column header ${cell.header}`)
      continue
    }
    const sLen = isSurnameAt(text, cell.start, 'label')
    if (v.length > 4 && !v.includes('·')) continue
    const reasons = [`column header ${cell.header}`]
    if (sLen) reasons.push(`surname ${v.slice(0, sLen)}`)
    emit(cell.start, cell.end, sLen ? 0.93 : 0.7, 'name-table-header', reasons)
  }

  for (const h of ctx.hits.nameTitle) {
    const n = nameEndingAt(text, h.start, 'loose')
    if (n) emit(n.start, h.start, 0.8, 'name-title', [`title ${h.word}`, `surname ${n.surname}`])
  }

  GENDER_RE.lastIndex = 0
  for (let m = GENDER_RE.exec(text); m; m = GENDER_RE.exec(text)) {
    const n = nameEndingAt(text, m.index, 'loose')
    if (n) emit(n.start, m.index, 0.85, 'name-gender', ['followed by gender', `surname ${n.surname}`])
  }

  LIST_ITEM_RE.lastIndex = 0
  for (let m = LIST_ITEM_RE.exec(text); m; m = LIST_ITEM_RE.exec(text)) {
    const pos = m.index + m[0].length
    const r = readName(text, pos, 'loose')
    if (r && !r.masked && ITEM_END.has(text[r.end] ?? '')) emit(pos, r.end, 0.7, 'name-list-item', ['starts a numbered list item', `surname ${r.surname}`])
  }

  ID_AFTER_RE.lastIndex = 0
  for (let m = ID_AFTER_RE.exec(text); m; m = ID_AFTER_RE.exec(text)) {
    const n = nameEndingAt(text, m.index, 'loose')
    if (n && (m.index - n.start >= 2)) emit(n.start, m.index, 0.75, 'name-before-identifier', [`followed by ${m[0].replace(/^[（(，, ]/, '')}`, `surname ${n.surname}`])
  }
}
