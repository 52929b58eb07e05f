/**
 * Names in lists that carry no label but say "these are people" by their shape:
 * a 、-list closed by a head count ("张德顺、李桂花、王**等3户纳入低保", "刘长根、吴秀珍2户退出") and
 * a salutation line addressing people ("陈立军、刘玉梅：" alone on its line, as court notices open).
 * Every item must read as a name (or a masked one), so ordinary enumerations stay out.
 */
import { isCjk, isMaskCode, nameEndingAt, readName, surnameOf } from './name-reader'
import type { Emit } from './person-name'
import type { ScanContext } from '../scan-context'
import { contextReason } from '../interned'
import { reasonWith } from '../reasons'
import { scores } from '../data/scores'

const S = scores.names

/** a salutation line ends in a colon: "followed by ：" explains it in words the review panel translates */
const SALUTATION = reasonWith('followedBy', { word: '：' })
const DUN = 0x3001 // 、
const COLON = 0xff1a // ：
/** 等3户, 2户, 三人, 等五名: a head count right after the last item */
const NUMERAL = /^[一二两三四五六七八九十]$/
const COUNT = /(?:等)?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:户|人|名|位)/y

/** Start of a masked item (王**, 李某) ending at `end`, or -1. */
function maskedItemStart(text: string, end: number): number {
  let s = end
  while (s > 0 && end - s < 3 && isMaskCode(text.charCodeAt(s - 1))) s--
  if (s === end) return -1
  // the surname (and at most one given character) before the mask
  let k = s
  while (k > 0 && s - k < 2 && isCjk(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== DUN) k--
  return k < s ? k : -1
}

/**
 * Reads the 、-list ending at `end` backwards: each item a name or a masked name. Returns the names
 * (start, end pairs) when the list has at least two items, else null.
 */
function listEndingAt(text: string, end: number): number[] | null {
  const names: number[] = []
  let items = 0
  for (let e = end; items < 30; ) {
    const masked = maskedItemStart(text, e)
    let s: number
    if (masked >= 0) s = masked
    else {
      // the list and its count say "people": any surname and given characters will do
      s = nameEndingAt(text, e, 'label')
      if (s < 0) break
      names.push(s, e)
    }
    items++
    if (text.charCodeAt(s - 1) !== DUN) break
    e = s - 1
  }
  return items >= 2 ? names : null
}

/** End of the list item (name or masked name) starting at `p`, or -1. */
function itemEnd(text: string, p: number): number {
  const r = readName(text, p, 'label')
  if (r) {
    let e = r.end
    while (e < text.length && e - r.end < 3 && isMaskCode(text.charCodeAt(e))) e++
    return e
  }
  return -1
}

export function detectCountedLists(ctx: ScanContext, emit: Emit): void {
  const text = ctx.text
  // walk forward from each 、 over the items that follow it; where the list stops, look for the count
  // (anchored on 、, which a list needs anyway: a regex for the count alone would test every digit)
  for (let d = text.indexOf('、'); d >= 0; d = text.indexOf('、', d + 1)) {
    let e = itemEnd(text, d + 1)
    while (e >= 0 && text.charCodeAt(e) === DUN) {
      d = e
      e = itemEnd(text, e + 1)
    }
    if (e < 0) continue
    COUNT.lastIndex = e
    if (!COUNT.test(text)) {
      // 郝军两户: the last item's read took the count's numeral as a given character
      if (!NUMERAL.test(text[e - 1] ?? '') || e - 1 - d < 3) continue
      e--
      COUNT.lastIndex = e
      if (!COUNT.test(text)) continue
    }
    const names = listEndingAt(text, e)
    if (!names) continue
    // the explanation quotes the count ("context 等3户"), in the words the review panel translates
    const count = contextReason(text.slice(e, COUNT.lastIndex))
    for (let k = 0; k < names.length; k += 2) emit(ctx, names[k], names[k + 1], S.countedList, 'name-counted-list', [count, surnameOf(text, names[k], 'label')])
  }
}

export function detectSalutations(ctx: ScanContext, emit: Emit): void {
  const text = ctx.text
  for (let at = text.indexOf('：'); at >= 0; at = text.indexOf('：', at + 1)) {
    // "…：" must end its line, and the line must hold nothing but the list
    let e = at + 1
    while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 0x3000 || text.charCodeAt(e) === 13)) e++
    if (e < text.length && text.charCodeAt(e) !== 10) continue
    let ls = at
    while (ls > 0 && at - ls <= 40 && text.charCodeAt(ls - 1) !== 10) ls--
    if (at - ls > 40) continue
    while (ls < at && (text.charCodeAt(ls) === 32 || text.charCodeAt(ls) === 0x3000)) ls++
    // left to right: every item a name, separated by 、, up to the colon
    const spans: number[] = []
    let p = ls
    let ok = false
    while (p < at) {
      const r = readName(text, p, 'loose', at)
      if (!r) break
      const next = text.charCodeAt(r.end)
      if (next !== DUN && next !== COLON) break
      if (!r.masked) spans.push(p, r.end)
      if (next === COLON) {
        ok = r.end === at
        break
      }
      p = r.end + 1
    }
    if (!ok) continue
    for (let k = 0; k < spans.length; k += 2) emit(ctx, spans[k], spans[k + 1], S.salutation, 'name-salutation', [SALUTATION, surnameOf(text, spans[k])])
  }
}
