/**
 * ADDRESS: personal addresses down to the door. Starts from a gazetteer unit (安徽省, 铜陵市, 铜官区),
 * from a personal-address label (住址：, 家庭住址, 住), or from a road with a house number; a column
 * headed 住址/家庭住址 makes the whole cell an address. A bare administrative area is reported only
 * after a personal label, and an office's address (办公地址：, …路1号…人民政府) is not personal.
 */
import type { ScanContext } from '../scan-context'
import { ctx as C, labelBefore, after, separatorAfter } from '../context'
import { adminEndingAt, ADMIN_SUFFIX } from './gazetteer'
import { parseAddress, type AddressParse } from './address-grammar'
import { isCjk } from './name-reader'

const ROAD_NUMBER = /(?:大道|大街|路|街|巷|弄|胡同)[0-9]{1,5}(?:-[0-9]{1,5})?号/g
const ROAD_STOP = new Set('住在于至到从址所为是的和及与、，。：:；;（）() \t\n'.split(''))
const ORG_AFTER = /^[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|委员会|管委会|局|办公室|办事处|服务中心|中心|医院|卫生院|学校|小学|中学|大学|公司|派出所|法院|检察院|银行|支行|营业厅|大厦\d*楼|服务大厅|便民服务)/

function score(p: AddressParse, gazetteerStart: boolean, label: string | null, orgLabel: string | null): number {
  if (orgLabel) return 0.3
  const door = p.depth >= 5
  if (label) {
    if (door) return 0.95
    if (p.depth >= 3) return 0.85
    // 住址：安徽省铜陵市 is an address, if a coarse one; after a verb (住, 居住) or with only
    // unrecognised admin-like words it is more likely prose
    const verbLabel = /^(?:住|居住|家住|住在|居住在)$/.test(label)
    const known = p.tokens.some((t) => t === 'province' || t === 'city' || t === 'district')
    return verbLabel || !known ? 0 : 0.6
  }
  if (gazetteerStart) return door ? 0.9 : p.depth >= 3 && p.tokens.length >= 3 ? 0.65 : 0
  return door ? 0.75 : 0
}

/** Flat [start, end, start, end …] list kept sorted by start; appends are the common case. */
function pushSpan(list: number[], start: number, end: number): void {
  let i = list.length
  while (i > 0 && list[i - 2] > start) i -= 2
  if (i === list.length) list.push(start, end)
  else list.splice(i, 0, start, end)
}

/** Whether one of the (up to four) spans starting last before `end` reaches past `start`. */
function coveredIn(list: number[], start: number, end: number): boolean {
  let lo = 0
  let hi = list.length >> 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid * 2] < end) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (list[i * 2 + 1] > start) return true
  return false
}

export function detectAddresses(ctx: ScanContext): void {
  const text = ctx.text
  let coveredUntil = 0
  // Address spans found so far, for "is this already part of an address". Each pass below walks the
  // text in order, so every pass appends to its own start-sorted list; inserting into one shared sorted
  // list instead would shift the whole array per label-started address (quadratic on long texts).
  const passes: number[][] = []
  let spans: number[] = []
  const isCovered = (start: number, end: number): boolean => {
    for (const list of passes) if (coveredIn(list, start, end)) return true
    return false
  }
  const beginPass = (): void => {
    spans = []
    passes.push(spans)
  }
  const emit = (start: number, p: AddressParse, gazetteerStart: boolean, how: string): void => {
    if (p.end <= start) return
    const label = labelBefore(text, start, C.address, 10)
    const orgLabel = labelBefore(text, start, C.orgAddress, 10)
    let confidence = score(p, gazetteerStart, label, orgLabel)
    const reasons = [how, `address depth ${p.depth} (${p.tokens.join(' ')})`]
    if (label) reasons.push(`label ${label}`)
    if (orgLabel) reasons.push(`office address label ${orgLabel}`)
    if (!label && ORG_AFTER.test(after(text, p.end, 20))) {
      confidence = Math.min(confidence, 0.4)
      reasons.push('followed by an office name')
    }
    if (confidence <= 0) return
    ctx.out.push({ type: 'ADDRESS', start, end: p.end, confidence, rule: `address-${how.split(' ')[0]}`, reasons })
    coveredUntil = Math.max(coveredUntil, p.end)
    pushSpan(spans, start, p.end)
  }

  beginPass()
  // 1. from gazetteer units, earliest first, so 安徽省铜陵市… starts at 安徽省
  ADMIN_SUFFIX.lastIndex = 0
  for (let m = ADMIN_SUFFIX.exec(text); m; m = ADMIN_SUFFIX.exec(text)) {
    if (m.index < coveredUntil) continue
    const adm = adminEndingAt(text, m.index + 1, coveredUntil)
    if (!adm) continue
    const p = parseAddress(text, adm.start, false)
    if (p.tokens.length > 0) emit(adm.start, p, true, 'gazetteer start')
    else continue
    if (p.end > m.index) ADMIN_SUFFIX.lastIndex = p.end
  }

  // 2. after personal-address labels, with unknown admin names allowed
  beginPass()
  let labelEnd = 0
  for (const h of ctx.hits.addressLabel) {
    if (h.start < labelEnd) continue
    labelEnd = h.end
    const start = h.end + separatorAfter(text, h.end)
    // 居住的小区, 住过的地方: the verb, not a label
    if ('的地了过着得'.includes(text[start] ?? '的')) continue
    if (isCovered(start, start + 1) || !isCjk(text.charCodeAt(start))) continue
    const p = parseAddress(text, start, true)
    if (p.depth > 0) emit(start, p, false, 'label start')
  }

  // 3. road + house number with no administrative prefix: walk back over the road name
  beginPass()
  ROAD_NUMBER.lastIndex = 0
  for (let m = ROAD_NUMBER.exec(text); m; m = ROAD_NUMBER.exec(text)) {
    let s = m.index
    while (s > 0 && m.index - s < 8 && isCjk(text.charCodeAt(s - 1)) && !ROAD_STOP.has(text[s - 1] ?? '')) s--
    if (s === m.index || isCovered(s, m.index + m[0].length)) continue
    const p = parseAddress(text, s, false)
    if (p.depth >= 5) emit(s, p, false, 'road start')
  }

  // 4. columns headed 住址 / 家庭住址: the whole cell
  for (const cell of ctx.tables.cells) {
    if (cell.kind !== 'address' || cell.end - cell.start < 4 || !/[\u4e00-\u9fff]/.test(text.slice(cell.start, cell.end))) continue
    ctx.out.push({ type: 'ADDRESS', start: cell.start, end: cell.end, confidence: 0.92, rule: 'address-table-header', reasons: [`column header ${cell.header}`] })
  }
}
