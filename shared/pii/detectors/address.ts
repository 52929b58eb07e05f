/**
 * ADDRESS: personal addresses down to the door. Starts from a gazetteer unit (安徽省, 铜陵市, 铜官区),
 * from a personal-address label (住址：, 家庭住址, 住), or from a road with a house number; a column
 * headed 住址/家庭住址 makes the whole cell an address. A bare administrative area is reported only
 * after a personal label, and an office's address (办公地址：, …路1号…人民政府) is not personal.
 */
import { alnumRuns, emit as emitCandidate, type ScanContext } from '../scan-context'
import { matchAt } from '../alnum-runs'
import { columnReason, interned, labelReason, quoting, withReason } from '../interned'
import { reason, reasonWith, type Reason } from '../reasons'
import { ctx as C, labelBefore, separatorAfter } from '../context'
import { officeAfter, officeBefore, officeNamedAsValue, officeQualified, sharedLabel } from './address-office'
import { adminEndingAt, ADMIN_SUFFIX } from './gazetteer'
import { parseAddress, type AddressParse } from './address-grammar'
import { isCjk } from './name-reader'
import { detectRelativeAddresses } from './address-relative'
import { CodeSet } from '../int-tables'
import { scores } from '../data/scores'

const S = scores.addresses

function hasCjk(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCjk(text.charCodeAt(i))) return true
  return false
}

const ROAD_NUMBER = /(?:大道|大街|路|街|巷|弄|胡同)[0-9]{1,5}(?:-[0-9]{1,5})?号/y
const ROAD_STOP = new CodeSet('住在于至到从址所为是的和及与该其此各落、，。：:；;（）() \t\n')
const CONJUNCTION = new CodeSet('和与及')

/** Back from `at` over a place name, at most `max` letters, to a stop (住, 在, a comma …). */
function walkBack(text: string, at: number, max: number): number {
  let s = at
  while (s > 0 && at - s < max && isCjk(text.charCodeAt(s - 1)) && !ROAD_STOP.has(text.charCodeAt(s - 1))) s--
  // 在和平路, ，和平村: a conjunction right after a stop opens the name rather than joining two words
  const c = s >= 2 ? text.charCodeAt(s - 2) : 32
  if (s > 0 && at - s < max && CONJUNCTION.has(text.charCodeAt(s - 1)) && (!isCjk(c) || ROAD_STOP.has(c))) s--
  return s
}
const PREPOSITION = new Set([0x4e8e, 0x5728]) // 于 在
const VERB_TAIL = new CodeSet('的地了过着得')
/** 某村, 某小区, 某烧烤店: the place is left unnamed on purpose, so it is not somebody's door */
const UNNAMED_AFTER = /^某/
const HEADING_PUNCT = /[，。；：:,;！？]/
const AND = new CodeSet('及和与、')
const ANOTHER_LABEL = /^(?:现|经常)?(?:居住地|住址|居住|家庭住址|联系地址|通讯地址|住所)/
const BUILDING_FIRST = /^[0-9A-Za-z]{1,4}(?:号楼|幢|栋|座)|^[0-9]{1,2}(?:单元|门)[0-9]/
/** 住在该楼2单元7楼东户: a word pointing back to a building named before; the address goes on after it */
const DEICTIC = /^(?:该|本|同一?)(?:楼|栋|幢|小区|院)/
/** 户籍所在地, 籍贯: where one is registered, not where one lives; coarse values there are weak */
const REGISTRY_LABEL = /户籍|籍贯|户口|出生地/
const VILLAGE_START: Start = { reason: reason('addressVillage'), rule: 'address-village' }
const PLACE_BEFORE_BRACKET = /(?:室|舍|楼|厅|中心|会场|地点|处|馆|场|所|点|站|店|部|址)$/
const BRACKET_START: Start = { reason: reason('addressBracket'), rule: 'address-bracket' }

/** The line holding `pos` is a heading: short and without sentence punctuation. */
function inHeadingLine(text: string, pos: number): boolean {
  let s = pos
  while (s > 0 && pos - s < 60 && text.charCodeAt(s - 1) !== 10) s--
  let e = pos
  while (e < text.length && e - pos < 60 && text.charCodeAt(e) !== 10) e++
  return e - s <= 40 && !HEADING_PUNCT.test(text.slice(s, e))
}

/** How an address was found: the first reason and the rule. */
type Start = { reason: Reason; rule: string }
const GAZETTEER_START: Start = { reason: reason('addressGazetteer'), rule: 'address-gazetteer' }
const LABEL_START: Start = { reason: reason('addressLabel'), rule: 'address-label' }
const ROAD_START: Start = { reason: reason('addressRoad'), rule: 'address-road' }

const officeLabelReason = quoting('officeAddressLabel', 'label')
const TOKEN_NAMES = ['province', 'city', 'district', 'admin', 'town', 'village', 'group', 'road', 'number', 'dash-room', 'building', 'unit', 'room', 'estate', 'zone']
const TOKEN_CODES = new Map(TOKEN_NAMES.map((t, i) => [t, i + 1]))
/** "address depth 5 (city district road number)" from its key: depth, then token codes in base 16 */
const depthText = interned((key: number) => {
  const tokens: string[] = []
  for (let k = Math.floor(key / 8); k > 0; k = Math.floor(k / 16)) tokens.unshift(TOKEN_NAMES[(k % 16) - 1])
  return reasonWith('addressDepth', { depth: String(key % 8), parts: tokens.join(' ') })
})
function depthReason(p: AddressParse): Reason {
  let key = 0
  for (const t of p.tokens) {
    const code = TOKEN_CODES.get(t)
    // too long or unknown to encode: build it directly
    if (code === undefined || key > 2 ** 44) return reasonWith('addressDepth', { depth: String(p.depth), parts: p.tokens.join(' ') })
    key = key * 16 + code
  }
  return p.depth < 8 ? depthText(key * 8 + p.depth) : reasonWith('addressDepth', { depth: String(p.depth), parts: p.tokens.join(' ') })
}


/** Labels that are visits (走访, 回访): what follows is an address only when it is one to the door. */
const VISIT_LABEL = /走访|回访/

function score(p: AddressParse, gazetteerStart: boolean, label: string | null, orgLabel: string | null): number {
  if (orgLabel) return S.officeLabel
  const door = p.depth >= 5
  if (label) {
    // 走访/回访 name a visit, not an address: only a whole one to the door after them (走访和平路34号院2号楼1单元102)
    if (VISIT_LABEL.test(label)) return door && p.tokens.length >= 4 ? S.visitLabelWithDoor : 0
    if (door) return S.labelWithDoor
    if (p.depth >= 3) return S.labelDeep
    // 住址：安徽省铜陵市 is an address, if a coarse one; after a verb (住, 居住) or with only
    // unrecognised admin-like words it is more likely prose
    const verbLabel = /^(?:住|居住|家住|住在|居住在)$/.test(label)
    const known = p.tokens.some((t) => t === 'province' || t === 'city' || t === 'district')
    return verbLabel || !known ? 0 : S.labelKnownStart
  }
  if (gazetteerStart) return door ? S.gazetteerWithDoor : p.depth >= 3 && p.tokens.length >= 3 ? S.gazetteerDeep : 0
  return door ? S.withDoor : 0
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
    for (let i = 0; i < passes.length; i++) if (coveredIn(passes[i], start, end)) return true
    return false
  }
  const beginPass = (): void => {
    spans = []
    passes.push(spans)
  }
  const emit = (start: number, p: AddressParse, gazetteerStart: boolean, how: Start): void => {
    if (p.end <= start) return
    const label = labelBefore(text, start, C.address, 10)
    const orgLabel = labelBefore(text, start, C.orgAddress, 10) ?? (label && officeQualified(text, start, label) ? label : null)
    let confidence = score(p, gazetteerStart, label, orgLabel)
    if (label && p.depth < 3 && REGISTRY_LABEL.test(label)) confidence = Math.min(confidence, S.registryLabelCap)
    let reasons = [how.reason, depthReason(p)]
    // grown with withReason, not push (see interned.ts): these arrays live on in the findings
    if (label) reasons = withReason(reasons, labelReason(label))
    if (orgLabel) reasons = withReason(reasons, officeLabelReason(orgLabel))
    // 联系地址：梨树县民政局，梨树镇…: an office named as the label's value, then its address
    if (label && officeNamedAsValue(text, start, p.end)) {
      confidence = Math.min(confidence, S.officeCap)
      reasons = withReason(reasons, reason('officeBefore'))
    }
    // (地址：临泉县人民路88号县政务服务中心4楼: after a label an office's seat takes too, the office named after it)
    if ((!label || sharedLabel(label)) && officeAfter(text, p.end)) {
      confidence = Math.min(confidence, S.officeCap)
      reasons = withReason(reasons, reason('followedByOffice'))
    }
    if (!label && officeBefore(text, start)) {
      confidence = Math.min(confidence, S.officeCap)
      reasons = withReason(reasons, reason('officeBefore'))
    }
    // a bare administrative name in a title (阳朔县白沙镇莫家埠村民委员会 / …村务公开栏), or a place
    // left unnamed (某村, 某小区): not a person's address
    if (!label && p.depth < 5 && (inHeadingLine(text, start) || UNNAMED_AFTER.test(text.slice(p.end, p.end + 1)) || text.slice(start, p.end).includes('某'))) return
    if (confidence <= 0) return
    emitCandidate(ctx, 'ADDRESS', start, p.end, confidence, how.rule, reasons)
    coveredUntil = Math.max(coveredUntil, p.end)
    pushSpan(spans, start, p.end)
  }

  beginPass()
  // 1. from gazetteer units, earliest first, so 安徽省铜陵市… starts at 安徽省
  ADMIN_SUFFIX.lastIndex = 0
  // test(), not exec(): a one-character match is at lastIndex - 1, and no match object is made
  while (ADMIN_SUFFIX.test(text)) {
    const at = ADMIN_SUFFIX.lastIndex - 1
    if (at < coveredUntil) continue
    const admStart = adminEndingAt(text, at + 1, coveredUntil)
    if (admStart < 0) continue
    const p = parseAddress(text, admStart, false)
    if (p.tokens.length > 0) emit(admStart, p, true, GAZETTEER_START)
    else continue
    if (p.end > at) ADMIN_SUFFIX.lastIndex = p.end
  }

  // 2. after personal-address labels, with unknown admin names allowed
  beginPass()
  let labelEnd = 0
  const hits = ctx.hits.addressLabel
  for (let k = 0; k < hits.count; k++) {
    // hits are column-wise (lexicon-index.ts)
    const hStart = hits.starts[k]
    const hEnd = hits.ends[k]
    if (hStart < labelEnd) continue
    labelEnd = hEnd
    let start = hEnd + separatorAfter(text, hEnd)
    // 住于…, 租住在…: the preposition after a verb label is not part of the address
    if (PREPOSITION.has(text.charCodeAt(start))) start++
    const deictic = DEICTIC.exec(text.slice(start, start + 4))
    if (deictic) start += deictic[0].length
    // 居住的小区, 住过的地方: the verb, not a label; 户籍地及居住地为…: the next label says where
    if (VERB_TAIL.has(text.charCodeAt(start)) || (AND.has(text.charCodeAt(start)) && ANOTHER_LABEL.test(text.slice(start + 1, start + 6))) || start >= text.length) continue
    // 住1栋1单元301: a building number may start an address within a named estate
    const digitStart = !isCjk(text.charCodeAt(start))
    if (isCovered(start, start + 1) || (digitStart && !BUILDING_FIRST.test(text.slice(start, start + 8)))) continue
    const p = parseAddress(text, start, true)
    // 同住一层: a floor alone is not an address
    if (p.depth > 0 && !(p.tokens.length === 1 && p.tokens[0] === 'room')) emit(start, p, false, LABEL_START)
  }

  // 3. road + house number with no administrative prefix: walk back over the road name
  beginPass()
  // tried only where a road word stands right before digits (alnum-runs.ts): the only places it can match
  matchAt(text, ROAD_NUMBER, alnumRuns(ctx).roadNumbers, (at, end) => {
    // 沙市镇沙市街社区新街巷6号: a town, a community and a road before the number can take ten letters
    const s = walkBack(text, at, 10)
    if (s === at || isCovered(s, end)) return
    const p = parseAddress(text, s, false)
    if (p.depth >= 5) emit(s, p, false, ROAD_START)
  })

  // 4. relative to a named village or community, down to the door: 港北村上熊组21号, 思口镇西冲村五组26号
  beginPass()
  for (const word of ['村', '社区']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length
      // a group, a house number or a road must follow for the village to be an address's start
      if (!/^[\u4e00-\u9fff]{0,5}[0-9一二三四五六七八九十]{0,3}组|^[\u4e00-\u9fff]{0,4}[0-9]{1,4}号|^[\u4e00-\u9fff]{1,8}?(?:路|街|巷)[0-9]/.test(text.slice(end, end + 12))) continue
      let s = walkBack(text, at, 8)
      // 该乡城北乡东湖村: the walk stopped at 该, and the 乡 after it is the end of the previous word
      if (s < at - 1 && /[乡镇县区市省村]/.test(text[s])) s++
      if (s === at || isCovered(s, end)) continue
      const p = parseAddress(text, s, false)
      // to the door, or (三市镇石坪村七组) town, village and group: a household's place in the village
      if (p.depth >= 5 || (p.depth === 4 && p.tokens[0] === 'town' && p.tokens.includes('village') && p.tokens[p.tokens.length - 1] === 'group')) emit(s, p, true, VILLAGE_START)
    }
  }

  // 6. in brackets right after a name or a household, the whole bracket: 雷鸣户（三组12号）,
  // 贺秀英（6号楼2单元102）, 戴国庆老伯（西河新村14幢305室）
  beginPass()
  for (let at = text.indexOf('（'); at >= 0; at = text.indexOf('（', at + 1)) {
    const start = at + 1
    // 宿舍（4栋312室）, 会议室（…3号楼4楼）: a place's own whereabouts, not someone's home
    if (at === 0 || !isCjk(text.charCodeAt(at - 1)) || PLACE_BEFORE_BRACKET.test(text.slice(Math.max(0, at - 3), at)) || isCovered(start, start + 1)) continue
    const p = parseAddress(text, start, false)
    if (p.depth >= 5 && p.tokens.length >= 2 && text.charCodeAt(p.end) === 0xff09 && !p.tokens.some((t) => t === 'province' || t === 'city' || t === 'district')) emit(start, p, false, BRACKET_START)
  }

  // 7. from inside an estate or a village: a building down to the door, a group's house number, a
  // door pointing back to a building named before (address-relative.ts)
  beginPass()
  let firstStart = Infinity
  for (const list of passes) if (list.length > 0) firstStart = Math.min(firstStart, list[0])
  detectRelativeAddresses(text, {
    emit: (start, p, gazetteerStart, how) => {
      emit(start, p, gazetteerStart, how)
      firstStart = Math.min(firstStart, start)
    },
    isCovered,
    emitDoor: (start, end, how) => {
      emitCandidate(ctx, 'ADDRESS', start, end, S.relative, how.rule, [how.reason])
      pushSpan(spans, start, end)
    },
    addressBefore: (pos) => firstStart < pos,
    stop: ROAD_STOP,
  })

  // 5. columns headed 住址 / 家庭住址: the whole cell
  const tables = ctx.tables
  const { count, starts, ends } = tables
  for (let i = 0; i < count; i++) {
    if (tables.kindOf(i) !== 'address' || ends[i] - starts[i] < 4 || !hasCjk(text, starts[i], ends[i])) continue
    emitCandidate(ctx, 'ADDRESS', starts[i], ends[i], S.column, 'address-table-header', [columnReason(tables.headerOf(i))])
  }
}
