/**
 * Address grammar, parsed forward from a start: administrative units, 镇/乡/街道, 村/社区, 组,
 * road + 号, estate (any name followed by a building number, or 小区/花园/苑 …), 栋/幢/号楼, 单元, 室.
 * Returns how deep the address goes: a door-level address is personal, a bare district is not.
 */
import { ADMIN_LEVELS, adminStartingAt } from './gazetteer'
import { cellSeparatorOnLine } from '../table-lines'

/** 1 admin · 2 town · 3 village/road/estate · 4 group · 5 house number/building · 6 unit · 7 room */
export type AddressParse = { end: number; depth: number; tokens: string[] }

const H = '\\u4e00-\\u9fff'
const NUM = '0-9一二三四五六七八九十'
/** `first`: which characters a match can begin with (1 CJK, 2 digit, 4 Latin letter), to skip the rest */
/** `after`: the token may only follow one of these (a named group its village, a bare door its unit) */
type Tok = { name: string; depth: number; first: number; re: RegExp; after?: readonly string[] }
const CJK = 1
const DIGIT = 2
const LATIN = 4
/** 一期, B区, 东区: a part of an estate */
/** what may stand between two parts of an address: one space, or a line break and a form's indent */
const GAP = '(?:[ \\u3000]|\\r?\\n[ \\u3000]{0,12})?'
const ZONE = '(?:[A-Za-z0-9]{1,2}|[一二三四五六七八九十东西南北]{1,2})(?:区|期)'
const TOKENS: readonly Tok[] = [
  // 虢镇街道: a 街道 named after a former 镇 is one unit, not a 镇 and a stray 街道
  { name: 'town', depth: 2, first: CJK, re: new RegExp(`[${H}]{1,6}?(?:街道办事处|街道|镇(?:街道(?:办事处)?)?|乡|苏木)`, 'y') },
  { name: 'village', depth: 3, first: CJK, re: new RegExp(`[${H}]{1,6}?(?:村民委员会|居民委员会|村委会|居委会|社区|嘎查|村)(?![委民级路街巷道]|社区)`, 'y') },
  { name: 'group', depth: 4, first: CJK | DIGIT, re: new RegExp(`[${NUM}]{1,3}(?:组|队|社)(?![织长员会])|第[${NUM}]{1,3}(?:组|浩特|村民小组)`, 'y') },
  // a named group after its village: 港北村上熊组, 罗官村上罗官五组 (only right after a village)
  { name: 'group', depth: 4, first: CJK, re: new RegExp(`[${H}]{1,4}?[${NUM}]{0,3}(?:组|社|队)(?![织长员会区])`, 'y'), after: ['village'] },
  { name: 'road', depth: 3, first: CJK | DIGIT, re: new RegExp(`[${H}0-9]{1,10}?(?:大道|大街|路|街(?!道)|巷|弄|胡同|里(?=[0-9])|道(?=[0-9]))(?![街巷]|路(?![东西南北]))(?:[东西南北中]段|[${NUM}]+段)?(?:路?[东西南北](?:侧|边)?(?=${GAP}[0-9]))?(?=${GAP}[0-9${H}])`, 'y') },
  { name: 'number', depth: 5, first: CJK | DIGIT, re: /(?:[0-9]{1,5}(?:-[0-9]{1,5})?|[一二三四五六七八九十]{1,3})(?:号院|号|弄)(?![楼房])(?:附[0-9]{1,3}号?|之[一二三四五六七八九十]{1,2})?/y },
  // a named spot in a village or group before its number: 龙江村后坂78号, 高河埠村檀家大屋12号
  { name: 'number', depth: 5, first: CJK, re: new RegExp(`[${H}]{1,6}?[0-9]{1,5}号(?![楼房])`, 'y'), after: ['village', 'group', 'road'] },
  { name: 'dash-room', depth: 7, first: DIGIT, re: /[0-9]{1,3}-[0-9]{1,3}-[0-9]{2,5}室?/y },
  // (院内9栋: a building inside the compound just named; 西五排: a village's row of houses, by its side)
  { name: 'building', depth: 5, first: CJK | DIGIT | LATIN, re: /(?:内|[东西南北前后](?=[一二三四五六七八九十0-9]{1,3}排))?(?:[0-9A-Za-z]{1,4}|[一二三四五六七八九十]{1,3})(?:号楼|幢|栋|座|号院|排|#楼?)/y },
  // 2单元, 东门, 乙单元, B单元: a unit by number, side, letter or the 甲乙丙丁 of older estates
  { name: 'unit', depth: 6, first: CJK | DIGIT | LATIN, re: /(?:[0-9]{1,3}|[A-Za-z]|[东西南北中一二三四五六七八九十甲乙丙丁])(?:单元|门)/y },
  { name: 'room', depth: 7, first: CJK | DIGIT, re: /(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:层|楼)[0-9]{1,5}(?:室|号房|房|号|户)?|[0-9]{1,3}(?:层|楼)[A-Za-z][0-9]{0,4}(?:室|座)?|[0-9]{1,5}(?:室|号房|房|户)|(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:层|楼)(?![0-9]{0,5}(?:室|号))(?:[东西南北中]户)?/y },
  // an annex of a building: 11号楼附1号 (only there)
  { name: 'room', depth: 7, first: CJK, re: /附[0-9]{1,3}号?/y, after: ['building'] },
  // the door after a building or unit, written bare: 3门502, 2单元1103, A座2213, 1单元6-2 (only there)
  { name: 'room', depth: 7, first: DIGIT, re: /[0-9]{1,2}-[0-9]{1,2}(?![0-9])|[0-9]{3,5}(?![0-9A-Za-z])/y, after: ['unit', 'building'] },
  // …书院路36号2-1, …7巷5号301: a bare door after a house number, when nothing counts on after it
  { name: 'room', depth: 7, first: DIGIT, re: /(?:[0-9]{1,2}-[0-9]{1,2}|[0-9]{3,4})(?![0-9A-Za-z年月日时分元角人岁个次位名条件米亩万亿千平床号楼层%.．:：/-])/y, after: ['number'] },
  { name: 'estate', depth: 3, first: CJK, re: new RegExp(`[${H}]{2,10}?(?=(?:${ZONE})?${GAP}[0-9A-Za-z]{1,4}(?:号楼|幢|栋|座|号院))|[${H}]{2,8}?(?:(?:花园|家园|新村|苑|华庭)小区|小区|花园|公寓|大厦|新村|家园|华庭|苑)`, 'y') },
  // a zone or phase of an estate before its building: 莲花新城B区6号楼, 阳光花园二期3栋
  { name: 'zone', depth: 3, first: CJK | DIGIT | LATIN, re: new RegExp(`${ZONE}(?=${GAP}[0-9A-Za-z]{1,4}(?:号楼|幢|栋|座|号院))`, 'y'), after: ['estate', 'number', 'road'] },
]
// (a 镇, 乡, 村 or 街道 is below any of these, and 社区 or 小区 is no 区: 龙城镇张村社区 is a town and a village)
const GENERIC_ADMIN = new RegExp(`(?:(?![镇乡村街])[${H}]){2,7}?(?:自治区|自治州|自治县|地区|省|市|盟|县|(?<![社小园景])区|旗)`, 'y')
const MAX_LEN = 80

/** The line ending at `eol` has a tab or a pipe: a table row, whose last cell ends at the break. */
function inTableRow(text: string, eol: number): boolean {
  return cellSeparatorOnLine(text, eol, -1, true, 200)
}

function charClass(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return CJK
  if (c >= 48 && c <= 57) return DIGIT
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LATIN
  return 0
}

/**
 * Parse from `pos`. `genericAdmin` lets unknown 省/市/县 names through (after a label or a gazetteer unit).
 * The result is valid until the next call.
 */
/** One result object, reused: callers read it before parsing again (a text parses addresses by the thousand). */
const result: AddressParse = { end: 0, depth: 0, tokens: [] }

export function parseAddress(text: string, pos: number, genericAdmin: boolean): AddressParse {
  let p = pos
  let depth = 0
  // a fresh array: emptying one with length = 0 drops its storage anyway
  const tokens: string[] = []
  result.tokens = tokens
  // where the last two tokens ended: an estate with nothing after it, or a line break followed in
  // vain, is given back
  let lastEnd = pos
  let prevEnd = pos
  let lastAdmin = true
  // where the address stood before it was last followed over a line break, if it was (-1: not yet),
  // and how many breaks were followed (an address pasted over three lines has two)
  let beforeWrap = -1
  let wraps = 0
  // where a space inside the address was stepped over (-1: none), and how many were
  let spaceAt = -1
  let spaces = 0
  while (p < text.length && p - pos < MAX_LEN) {
    // text extracted from PDFs wraps lines mid-address ("…长江中路\n98号"): follow one break when
    // the address so far ends in a word, and give it back if nothing follows
    if (wraps < 2 && lastEnd > beforeWrap && depth >= 1 && depth < 7 && (text.charCodeAt(p) === 10 || (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10)) && charClass(text.charCodeAt(p - 1)) !== 0 && !inTableRow(text, p)) {
      beforeWrap = p
      wraps++
      p += text.charCodeAt(p) === 13 ? 2 : 1
      // a form's continuation line is indented to its field: 居住地：…东风路 / (indented) 西门社区8栋
      for (let k = 0; k < 12 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000); k++) p++
      continue
    }
    // 禹都花园小区 11号楼, 东风路 西门社区8栋, 双河村 三组8号: one space (as aligned text pastes it) inside
    // an address that has reached its town, followed by a part of the address; given back if none follows
    const sp = text.charCodeAt(p)
    if ((sp === 32 || sp === 0x3000) && depth >= 2 && spaces < 2 && p > pos && p - 1 !== spaceAt && charClass(text.charCodeAt(p - 1)) !== 0 && charClass(text.charCodeAt(p + 1)) !== 0) {
      spaceAt = p
      spaces++
      p++
      continue
    }
    const adm = depth <= 1 ? adminStartingAt(text, p) : -1
    if (adm >= 0) {
      p = Math.floor(adm / 4)
      depth = Math.max(depth, 1)
      tokens.push(ADMIN_LEVELS[adm & 3])
      prevEnd = lastEnd
      lastEnd = p
      lastAdmin = true
      continue
    }
    const cls = charClass(text.charCodeAt(p))
    // (sticky test(), not exec(): the end is all we need, and lastIndex has it)
    if (depth <= 1 && (genericAdmin || lastAdmin) && cls === CJK) {
      GENERIC_ADMIN.lastIndex = p
      if (GENERIC_ADMIN.test(text) && (genericAdmin || tokens.length > 0)) {
        p = GENERIC_ADMIN.lastIndex
        depth = 1
        tokens.push('admin')
        prevEnd = lastEnd
        lastEnd = p
        continue
      }
    }
    let matched = false
    for (let k = 0; k < TOKENS.length && cls !== 0; k++) {
      const t = TOKENS[k]
      if ((t.first & cls) === 0) continue
      // administrative levels only go down: no 镇 after a 号
      if (t.depth < depth && (t.name === 'town' || t.name === 'village' || t.name === 'road')) continue
      if (t.after && !t.after.includes(tokens[tokens.length - 1] ?? '')) continue
      t.re.lastIndex = p
      if (!t.re.test(text) || t.re.lastIndex === p) continue
      p = t.re.lastIndex
      depth = Math.max(depth, t.depth)
      tokens.push(t.name)
      prevEnd = lastEnd
      lastEnd = p
      matched = true
      lastAdmin = false
      break
    }
    if (!matched) {
      // a space followed by no part of the address ends the address before it
      if (spaceAt >= 0 && p === spaceAt + 1) p = spaceAt
      break
    }
  }
  if (beforeWrap >= 0 && lastEnd <= beforeWrap) p = lastEnd
  // an estate name with no building after it is just the words that happened to follow
  if (tokens[tokens.length - 1] === 'estate') {
    tokens.pop()
    p = prevEnd
  }
  result.end = p
  result.depth = depth
  return result
}
