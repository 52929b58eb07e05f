/**
 * ADDRESS passes that start from inside an estate or a village rather than from its name or a label:
 * - an estate (or bare) building down to the door: 桃源新村3幢107室, 12号楼3单元201, 安居苑2栋3单元602;
 * - a group and house number when the notice names a village: 五组8号 (…和平村三组21号 before it);
 * - a door pointing back to the building of an address already named: 住同单元701, 同住301.
 * Each is tried only where its trigger word stands (indexOf), so none is a whole-text regex pass.
 */
import { isCjk } from './name-reader'
import { reason, type Reason } from '../reasons'
import { parseAddress, type AddressParse } from './address-grammar'

export type Start = { reason: Reason; rule: string }
type Emit = (start: number, p: AddressParse, gazetteerStart: boolean, how: Start) => void
export type RelativeHooks = {
  emit: Emit
  isCovered: (start: number, end: number) => boolean
  /** emits a door alone (no parse): start, end, reason */
  emitDoor: (start: number, end: number, how: Start) => void
  /** whether an address was found anywhere before `pos` */
  addressBefore: (pos: number) => boolean
  stop: { has(code: number): boolean }
}

const ESTATE_START: Start = { reason: reason('addressBuilding'), rule: 'address-building' }
const GROUP_START: Start = { reason: reason('addressGroup'), rule: 'address-group' }
const NEIGHBOUR_START: Start = { reason: reason('addressNeighbour'), rule: 'address-neighbour' }

const BUILDING_WORDS = ['栋', '幢', '号楼']
const BUILDING_NUMBER = /[0-9A-Za-z一二三四五六七八九十]/
/** the span ends at a door: 3单元201, 3门502, 107室, 2-3, 12户 */
const ENDS_AT_DOOR = /(?:[0-9]{3,5}|[0-9]{1,2}-[0-9]{1,3}|[0-9]{2,5}(?:室|户|号房))$/
const MAX_NAME = 10
/** 宿舍（4栋312室）, 会议室（3号楼201）: a place's own whereabouts in brackets, not someone's home */
const PLACE_BRACKET = /(?:宿舍|室|厅|中心|会场|地点|处|馆|场|所|站|店|部|址)[（(]$/

function buildingPass(text: string, h: RelativeHooks): void {
  for (const word of BUILDING_WORDS) {
    for (let q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + 1)) {
      let b = q
      while (b > 0 && q - b < 4 && BUILDING_NUMBER.test(text[b - 1])) b--
      if (b === q || h.isCovered(b, q + word.length)) continue
      // 号楼 after 号: 9号楼 is the word; the number walk stopped on the digit run before 号
      let s = b
      while (s > 0 && b - s < MAX_NAME && isCjk(text.charCodeAt(s - 1)) && !h.stop.has(text.charCodeAt(s - 1))) s--
      let start = -1
      let p: AddressParse | null = null
      for (const cand of s < b ? [s, b] : [b]) {
        const r = parseAddress(text, cand, false)
        if (r.end > q && (r.depth >= 6 || r.tokens.includes('building')) && ENDS_AT_DOOR.test(text.slice(b, r.end))) {
          start = cand
          p = r
          break
        }
      }
      if (p && start >= 0 && !h.isCovered(start, p.end) && !PLACE_BRACKET.test(text.slice(Math.max(0, start - 3), start))) h.emit(start, p, false, ESTATE_START)
    }
  }
}

const GROUP_DOOR = /^[0-9一二三四五六七八九十]{1,3}组[0-9]{1,4}号(?![楼房])/

function groupPass(text: string, h: RelativeHooks): void {
  const village = text.indexOf('村')
  if (village < 0) return
  for (let q = text.indexOf('组', village); q >= 0; q = text.indexOf('组', q + 1)) {
    let s = q
    while (s > 0 && q - s < 3 && /[0-9一二三四五六七八九十]/.test(text[s - 1])) s--
    if (s === q || (s > 0 && isCjk(text.charCodeAt(s - 1)) && !h.stop.has(text.charCodeAt(s - 1)))) continue
    if (!GROUP_DOOR.test(text.slice(s, s + 12)) || h.isCovered(s, q + 1)) continue
    const p = parseAddress(text, s, false)
    if (p.depth >= 5) h.emit(s, p, false, GROUP_START)
  }
}

// (楼上602室, 隔壁502: a neighbour's door named as the place a leak or a noise comes from is not
// labelled as an address in the notices we have)
const NEIGHBOUR_WORDS = ['同单元', '同住', '同楼']
const DOOR = /^的?([0-9]{3,4}(?:室|户)?)(?![0-9A-Za-z年月日时分元人岁个次位名米万亿平床号楼层%.．:：/-])/

function neighbourPass(text: string, h: RelativeHooks): void {
  for (const word of NEIGHBOUR_WORDS) {
    for (let q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + 1)) {
      const from = q + word.length
      const m = DOOR.exec(text.slice(from, from + 8))
      if (!m) continue
      const end = from + m[0].length
      const start = end - m[1].length
      if (!h.isCovered(start, end) && h.addressBefore(q)) h.emitDoor(start, end, NEIGHBOUR_START)
    }
  }
}

export function detectRelativeAddresses(text: string, h: RelativeHooks): void {
  buildingPass(text, h)
  groupPass(text, h)
  neighbourPass(text, h)
}
