/**
 * Address mask: keep the administrative part down to the level a policy allows (村/社区, or 村民小组 for
 * 低保 lists) and replace everything below it (road, house number, building, room) with a fixed `****`,
 * so the length of what was hidden tells nothing. A value that is nothing but administrative units loses
 * its last unit, so the mask never reproduces the whole value.
 */
import { fold } from './chars'

/** How deep an address mask keeps: 'village' = down to 村/社区, 'group' = down to 村民小组 (组/队/社). */
export type AddressLevel = 'village' | 'group'

const H = '\\u3400-\\u9fff'
type Level = { depth: number; re: RegExp; reject?: RegExp }
const LEVELS: readonly Level[] = [
  // 省 市 区 县 旗 …: any run of ideographs ending in an administrative suffix (小区 and 园区 are not districts)
  { depth: 1, re: new RegExp(`[${H}]{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|区|旗)`, 'y'), reject: /(?:小区|园区|校区|景区|厂区|街区|社区)$/ },
  { depth: 2, re: new RegExp(`[${H}]{1,8}?(?:街道办事处|街道|镇|乡|苏木)`, 'y') },
  // 新村 is usually a housing estate, not a village
  { depth: 3, re: new RegExp(`[${H}]{1,8}?(?:村民委员会|居民委员会|村委会|居委会|社区|嘎查|村)(?![委民])`, 'y'), reject: /新村$/ },
  { depth: 4, re: /[0-9一二三四五六七八九十]{1,3}(?:组|队|社)(?![织长员会区])/y },
]

export const ADDRESS_TAIL = '****'

/** End offsets (in `compact`) of the administrative units the address starts with, and their depths. */
function adminPrefix(compact: string): { end: number; depth: number }[] {
  const tokens: { end: number; depth: number }[] = []
  let pos = 0
  let depth = 0
  for (;;) {
    let best: { end: number; depth: number } | null = null
    for (const level of LEVELS) {
      // administrative levels only go down; several 省/市/县 in a row are fine
      if (level.depth < depth || (level.depth === depth && depth > 1)) continue
      level.re.lastIndex = pos
      const m = level.re.exec(compact)
      if (!m || level.reject?.test(m[0])) continue
      const end = pos + m[0].length
      // the shortest reading wins: 郊区 before 郊区白马镇, 白马镇 before 白马镇王岗村
      if (!best || end < best.end) best = { end, depth: level.depth }
    }
    if (!best) return tokens
    tokens.push(best)
    pos = best.end
    depth = best.depth
  }
}

export function maskAddress(value: string, level: AddressLevel): string {
  // match on the value without whitespace (a line break may sit inside it) and with half-width digits
  const chars = Array.from(value)
  let compact = ''
  const originalEnd: number[] = [] // originalEnd[k] = offset in `value` just after compact char k
  let offset = 0
  for (const ch of chars) {
    offset += ch.length
    if (/\s/u.test(ch)) continue
    const f = fold(ch)
    compact += f
    for (let k = 0; k < f.length; k++) originalEnd.push(offset)
  }
  const maxDepth = level === 'group' ? 4 : 3
  const tokens = adminPrefix(compact).filter((t) => t.depth <= maxDepth)
  let cut = tokens.at(-1)?.end ?? 0
  if (cut >= compact.length) cut = tokens.at(-2)?.end ?? 0
  return (cut > 0 ? value.slice(0, originalEnd[cut - 1]) : '') + ADDRESS_TAIL
}
