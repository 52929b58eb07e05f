/**
 * The name model's candidate readings and their features: every surname in the text anchors readings of
 * one or two given characters (or a space-padded 宋 洁), each described by the features of name-features.ts and
 * scored by a logistic model (weights in data/name-weights.ts, fitted by scripts/pii-fit-name-model.ts).
 */
import { nameModelMinConfidence } from '../data/name-weights'
import { FEATURE_COUNT, WEIGHTS, type NameReading } from './name-features'
import { GIVEN_CUT, getTables, pairKey, tripleGet, isCjk, NON_NAME_PAIRS, type Tables, NOT_SURNAME, JIA, F_CURATED, F_END, F_MASK, F_PLACE, F_BOUND, F_ADMIN, F_ROLE_END, ROLE_WORD_LAST } from './name-tables'
import { CONJUNCTION, PEOPLE_AHEAD, wordStartsAt, cueEndingAt, cueStartingAt, roleWordBefore, unitWordBefore, wordBand, inIdiom, orgAhead, orgRunsOn, listItemIsName, nextItemIsName, thingAt, thingAfter, thingBefore, thingListAhead, sideBeforeBody } from './name-context'
import { CodeSet, type IntPairMap } from '../int-tables'
import { adminStartingAt } from './gazetteer'

const MALE = 0x7537 // 男
const FEMALE = 0x5973 // 女

const ABOUT = new CodeSet('约共近')
/** A closing quotation mark within four characters after `end`: the reading opened a short quoted phrase. */
function quotedPhraseEnds(text: string, end: number): boolean {
  for (let i = end; i < end + 5 && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x201d || c === 0x300d) return true
    if (!isCjk(c)) return false
  }
  return false
}

/** the kind of document before a document number's year bracket: 发, 复, 函, 字, 办 (郑卫信复〔2024〕) */
const NO_NAME_LAST = new CodeSet('季庙寺祠庵')
const DOC_KIND = new CodeSet('发复函字办通告')
/** 〔, ［ or [: where a document number's year opens */
const isDocBracket = (c: number): boolean => c === 0x3014 || c === 0xff3b || c === 0x5b
/** a count of people after 等 (等11人, 等三户) */
const COUNT_OF_PEOPLE = /^[0-9一二三四五六七八九十两]+(?:人|名|户|位)/
/** surname odds (hundredths) below which a character is more often the start of a word than a surname: 全, 成, 关, 危 */
const WEAK_SURNAME_ODDS = 5
/** surname odds (hundredths) above which a character is seldom anything but a surname: 王, 李, 陈, 杨 */
const STRONG_SURNAME_ODDS = 40
/** the last character of a county, city or district's name (县, 市, 区 …) */
const ADMIN_SUFFIX_CHAR = new CodeSet('县市区省旗盟州')
/** surnames that are also prepositions or particles (向, 于, 和 …) */
const FUNCTION_FIRST = new CodeSet('向于和从以及与把被让给将在为对')

/** a role word (护士长, 网格员) that starts at `start` and ends within four characters */
function roleWordStartsAt(t: Tables, text: string, start: number): boolean {
  for (let end = start + 2; end <= Math.min(text.length, start + 4); end++) if (roleWordBefore(t, text, end).length === end - start) return true
  return false
}

/**
 * How much likelier a name is beside the characters a, b (the two before it, or the two after it) than a reading on
 * average: the pair's log-odds where the pair was seen often enough, else the nearer character's alone (`near`: b
 * before a reading, a after it).
 */
function contextOdds(pairs: IntPairMap, single: Int8Array, a: number, b: number, near: number): number {
  const v = pairs.get(a, b, NO_CONTEXT)
  return (v === NO_CONTEXT ? single[near] : v) / 10
}
/** (a pair's value is never this: the table's "not seen") */
const NO_CONTEXT = -1000

/** what, after a place's name, names a river, a lake, a mountain or a bay */
const GEO_END = new CodeSet('江河湖溪山岭峰湾港')

/** 和: a surname, and the commonest conjunction */
const HE = 0x548c
/** 苑, 园, 府: the endings of a residential compound's name */
const COMPOUND_END = new CodeSet('苑园府')

export { FEATURES, FEATURE_COUNT, WEIGHTS, nameScore, type NameReading } from './name-features'

const DEGREE = new Uint8Array(65536)
for (const c of '较更最很太极甚颇挺') DEGREE[c.charCodeAt(0)] = 1
const CLASS_AFTER = /^[（(]?[0-9]{1,2}[）)]?班/

const scratch = new Float64Array(FEATURE_COUNT)

/** what a reading visitor is: detectNamesByModel's is one class, so the call is always the same method */
export type ReadingSink = { visit(r: NameReading): void }

const W = WEIGHTS
const wt = (j: number): number => W[j] ?? 0
// pruning: a reading whose cheap features, plus the most the cue features could add, stay below the
// proposal threshold is never proposed — skip the cue look-ups for it
const floor = Math.log(nameModelMinConfidence / (1 - nameModelMinConfidence))
// (the unit word before, and the medicine and list features, are read after pruning: at their most favourable here)
const thingBound = Math.max(0, wt(37)) + 2 * Math.max(0, wt(38)) + Math.max(0, wt(39))
const lateBound = Math.max(0, wt(40)) + Math.max(0, wt(37)) + 2 * Math.max(0, wt(38)) + Math.max(0, wt(39))
const beforeCueBound = Math.max(0, wt(13), wt(14), wt(34)) + Math.max(0, wt(31), wt(35)) + Math.max(0, wt(36)) + lateBound
const w6 = wt(6)
const w7 = wt(7)
const w8 = wt(8)
const w10 = wt(10)
const w11 = wt(11)
// word features are frequency bands 0..5
const wordBound = [6, 7, 8, 10, 11].reduce((a, j) => a + Math.max(0, wt(j)) * 5, 0)
const afterCueBound = Math.max(0, wt(18), wt(19)) + Math.max(0, wt(12))
// a cue word before or after clears the "other character" feature on its side
const otherBeforeBound = Math.max(0, -wt(17))
const otherAfterBound = Math.max(0, -wt(22))
const reading: NameReading = { start: 0, end: 0, features: scratch, before: '', after: '', surnameLen: 1, unitBefore: false }

/**
 * Calls `visit` for every candidate reading anchored on a surname in `text`. The features array is
 * reused between calls (copy it to keep it). Cheap rejections first: most surname characters in prose
 * (和, 于, 时, 高 …) are followed by characters that are never given names.
 */
export function nameReadings(text: string, visit: (r: NameReading) => void, skip?: Uint8Array, prune = false): void {
  readNames(text, { visit }, skip, prune)
}

/**
 * nameReadings with the visitor as an object: the loop is small and the readings at one surname are a
 * function of their own, so each is compiled on its own and early (a loop over a whole text waits for
 * on-stack replacement, and this was the scanner's largest function to compile).
 */
export function readNames(text: string, sink: ReadingSink, skip: Uint8Array | undefined, prune: boolean, ignored?: { starts: readonly number[]; ends: readonly number[] }): void {
  const t = getTables()
  const starts = t.surnameStart
  const n = text.length
  let k = 0
  for (let s = 0; s < n - 1; s++) {
    if (starts[text.charCodeAt(s)] === 0 || (skip !== undefined && skip[s] !== 0)) continue
    let upTo = 0
    if (ignored !== undefined) {
      while (k < ignored.starts.length && ignored.starts[k] < s) k++
      if (k < ignored.starts.length && ignored.starts[k] === s) upTo = ignored.ends[k]
    }
    readingsAt(t, text, s, n, sink, prune, upTo)
  }
}

/** 书 记 员 before `end` (a space): a role word written with a space after each character, as a signature block spaces it */
function spacedRoleBefore(t: Tables, text: string, end: number): boolean {
  let word = ''
  for (let i = end; i >= 1 && word.length < 5 && text.charCodeAt(i) === 32 && isCjk(text.charCodeAt(i - 1)); i -= 2) word = text[i - 1] + word
  return word.length >= 2 && cueEndingAt(word, word.length, t.before).length >= 2
}

/**
 * The readings anchored on the surname character at `s`. The visitor ignores those at `s` that end by
 * `upTo` (a rule read a name there, at least as long): when all of them would, none is read.
 */
function readingsAt(t: Tables, text: string, s: number, n: number, sink: ReadingSink, prune: boolean, upTo: number): void {
  const c0 = text.charCodeAt(s)
  const c1 = text.charCodeAt(s + 1)
  let sl: number
  let sOdds: number
  const comp = t.compoundFirst[c0] ? t.compound.get(pairKey(c0, c1), NOT_SURNAME) : NOT_SURNAME
  if (comp !== NOT_SURNAME && isCjk(text.charCodeAt(s + 2))) {
    sl = 2
    sOdds = comp
  } else if (t.surname[c0] !== NOT_SURNAME) {
    sl = 1
    sOdds = t.surname[c0]
  } else return
  // unpadded, every reading ends by s + sl + 2 (one or two given characters)
  if (upTo >= s + sl + 2 && text.charCodeAt(s + sl) !== 32) return
  // the cheapest rejection first (the checks below are all pure): a character after the surname
  // that is never a given name's
  const g0 = text.charCodeAt(s + sl)
  if (g0 !== 32 && (t.given[g0] <= GIVEN_CUT || t.flags[g0] & F_MASK)) return
  if (orgAhead(text, s)) return
  // 萧县龙城镇…, 沙市…: a county or city the gazetteer names from here, not a surname and a given name
  if (ADMIN_SUFFIX_CHAR.has(g0) && adminStartingAt(text, s) >= 0) return
  // never from the second character of a compound surname (葛明辉 of 诸葛明辉, 官玉洁 of 上官玉洁)
  // — unless the compound's first character ends a word (公司马建国)
  if (s > 0 && t.compoundFirst[text.charCodeAt(s - 1)] === 1 && t.compound.has(pairKey(text.charCodeAt(s - 1), c0)) && isCjk(text.charCodeAt(s + 1)) && wordBand(t, text, s - 2) < 1) return
  const rareSurname = sl === 1 ? t.rare[c0] : 0
  // a rare surname (綦, 纳, 寸) is read only where a name may start (a break, a list, a role word
  // before) and never where it begins an ordinary word (楼道, 秋冬)
  // (or padded, 纳 静: the padding itself says "a name")
  // (the word look-up first: it is the cheaper test, and all of them are pure)
  if (rareSurname && text.charCodeAt(s + 1) !== 32 && (wordBand(t, text, s) >= 1 || (s > 0 && !(t.flags[text.charCodeAt(s - 1)] & (F_BOUND | F_ROLE_END)) && !roleWordBefore(t, text, s) && !unitWordBefore(t, text, s)))) return
  // 向全园家长发放, 对辖区居民开展, 学生和班主任: a preposition or conjunction before a class of people, not a surname
  if (sl === 1 && FUNCTION_FIRST.has(c0) && PEOPLE_AHEAD.test(text.slice(s + 1, s + 7))) return
  // 和 joining two words (义诊和健康讲座): the conjunction, not the surname, when it stands inside running words
  // and what follows it begins a word of its own (a word that is also a name counts: 安全生产和文明城市创建)
  if (sl === 1 && c0 === HE && s > 0 && isCjk(text.charCodeAt(s - 1)) && !(t.flags[text.charCodeAt(s - 1)] & F_BOUND) && (wordStartsAt(t, text, s + 1) || t.nameLike.has(pairKey(text.charCodeAt(s + 1), text.charCodeAt(s + 2))))) return
  const g = s + sl
  let gc = text.charCodeAt(g)
  let padded = 0
  let gPos = g
  if (gc === 32 && sl === 1) {
    // 宋 洁 (an ideographic space): one or two spaces, one given character, then the end of the word
    let p = g
    while (p < n && p - g < 2 && text.charCodeAt(p) === 32) p++
    // not inside spaced-out text (关 于 通 知, 姓 名): the character before the surname is no space
    if (!isCjk(text.charCodeAt(p))) return
    // — unless that text is a role spelled out before the name (书 记 员 刘 敏, 审 判 长 王 芳)
    if (text.charCodeAt(s - 1) === 32 && isCjk(text.charCodeAt(s - 2)) && !isCjk(text.charCodeAt(s - 3)) && !spacedRoleBefore(t, text, s - 1)) return
    // (邹 兵 男: a gender after the padded name is the next column, not more spaced-out text)
    if (text.charCodeAt(p + 1) === 32 && isCjk(text.charCodeAt(p + 2)) && !isCjk(text.charCodeAt(p + 3)) && text.charCodeAt(p + 2) !== MALE && text.charCodeAt(p + 2) !== FEMALE) return
    padded = 1
    gPos = p
    gc = text.charCodeAt(p)
  }
  if (!isCjk(gc)) return
  // the curated words that begin with a surname (高度, 王国, 黄金): never a name's first two characters
  const listedWord = sl === 1 && !padded && NON_NAME_PAIRS.has(pairKey(c0, gc)) ? 1 : 0
  // 张先生, 李老师: a surname before a title is no name
  if (!padded && cueStartingAt(text, g, t.after).length >= 2) return
  const o1 = t.given[gc]
  if (o1 <= GIVEN_CUT || t.flags[gc] & F_MASK) return
  const fl = t.flags[text.charCodeAt(s - 1)] ?? 0
  let cuesRead = false
  let before = ''
  let beforeVerb = ''
  const prev = s > 0 ? text.charCodeAt(s - 1) : 10
  const boundaryBefore = s === 0 || (fl & F_BOUND) !== 0 ? 1 : 0
  const digitBefore = prev >= 48 && prev <= 57
  const ctxBefore = contextOdds(t.contextBefore2, t.contextBefore, s > 1 ? text.charCodeAt(s - 2) : 10, prev, prev)
  const maxGiven = padded ? 1 : 2
  for (let gl = 1; gl <= maxGiven; gl++) {
    const end = gPos + gl
    if (end > n) break
    const c2 = gl === 2 ? text.charCodeAt(g + 1) : 0
    if (gl === 2 && (!isCjk(c2) || t.flags[c2] & F_MASK)) break
    const next = end < n ? text.charCodeAt(end) : 10
    // (全镇, 全县, 各村: a surname character and an administrative unit is "the whole …", no name)
    if (t.flags[next] & (F_MASK | F_ADMIN) || (gl === 2 && t.flags[c2] & F_ADMIN) || (gl === 1 && !padded && t.flags[gc] & F_ADMIN)) continue
    // 与孙子共同生活, 其孙女: a kinship or role word is what someone is, not their name
    if (gl === 1 && !padded && end - s === 2 && cueEndingAt(text, end, t.before).length === 2) continue
    // 衡南发〔2024〕31号, 郑卫信复〔2024〕: the issuing office's abbreviation in a document number
    if (next === 0x3014 || next === 0xff3b) continue
    if (DOC_KIND.has(next) && isDocBracket(text.charCodeAt(end + 1))) continue
    // 石长安委办〔2024〕: an office's abbreviation, a kind of office, then the number's bracket
    if (isCjk(next) && DOC_KIND.has(text.charCodeAt(end + 1)) && isDocBracket(text.charCodeAt(end + 2))) continue
    // 高二（5）班, 高三1班: a school class
    if ((next === 0xff08 || next === 40 || (next >= 48 && next <= 57)) && CLASS_AFTER.test(text.slice(end, end + 6))) continue
    // 《金凤还巢》: the title of a work; 较高水平, 更高峰: a degree adverb never precedes a name
    if (prev === 0x300a || DEGREE[prev] === 1) continue
    // 楼栋长, 王组长: three characters ending in a role word's last character are a role
    if (gl === 2 && ROLE_WORD_LAST[c2] === 1) continue
    // 秋冬季, 高发季; 张良庙, 白马寺: a season, a temple — no name ends so
    if (gl === 2 && NO_NAME_LAST.has(c2)) continue
    // 刘敏和护士长魏常青: 和 (与, 及, 同, 跟) before a role word joins two people and ends no name
    if (gl === 2 && CONJUNCTION.has(c2) && roleWordStartsAt(t, text, end)) continue
    // 尹娟约3分钟后: 约 (共, 近) before a number is "about", no given name's character
    if (gl === 2 && ABOUT.has(c2) && next >= 48 && next <= 57) continue
    // 李家庄, 王家村: X家 before a place suffix is a place
    if (gc === JIA && (t.flags[next] & F_PLACE || (gl === 2 && t.flags[c2] & F_PLACE))) continue
    // 常青苑, 金凤苑: a word and a residential compound's ending (苑, 园, 府) name the compound
    if (gl === 2 && sl === 1 && COMPOUND_END.has(c2) && (wordBand(t, text, s) >= 1 || t.nameLike.has(pairKey(c0, gc)))) continue
    // the features known before the word look-ups, as plain values first
    const g2Odds = gl === 2 ? t.given[c2] / 10 : 0
    const otherBefore = isCjk(prev) || digitBefore ? 1 : 0
    const nf = t.flags[next] ?? 0
    const ctxAfter = contextOdds(t.contextAfter2, t.contextAfter, next, end + 1 < n ? text.charCodeAt(end + 1) : 10, next)
    // (约3分钟, 共2次: "about" or "in all" before a number stands where the number would)
    const aboutNumber = ABOUT.has(next) && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57
    // 王秀英左足…, 李建国右肺…: a side and a body part right after a name, as a medical note writes it
    const sideAfter = sideBeforeBody(text, end)
    const boundaryAfter = end >= n || nf & F_BOUND || (next >= 48 && next <= 57) || aboutNumber || sideAfter ? 1 : 0
    const otherAfter = isCjk(next) && !aboutNumber && !sideAfter ? 1 : 0
    const curated1 = t.flags[gc] & F_CURATED ? 1 : 0
    const curated2 = gl === 2 && t.flags[c2] & F_CURATED ? 1 : 0
    const endInside = t.flags[gc] & F_END || (gl === 2 && t.flags[c2] & (F_END | F_PLACE)) ? 1 : 0
    // how many of its 、-list neighbours are no names (促改革、调结构、惠民生、防风险: both)
    const noNameBeside = (next === 0x3001 && !nextItemIsName(t, text, end + 1) ? 1 : 0) + (prev === 0x3001 && !listItemIsName(t, text, s - 1) ? 1 : 0)
    const quoted = (prev === 0x201c || prev === 0x300c) && (next === 0x201d || next === 0x300d) ? 1 : 0
    const runsOn = orgRunsOn(t, text, end) ? 1 : 0
    // a word after the end shows where the name stops — unless it begins an organisation's name
    const wordAfter = runsOn ? 0 : wordBand(t, text, end)
    let z = 0
    if (prune) {
      // their part of the score, in nameScore's order and bit for bit its sum (a zero feature adds
      // nothing): first without the word look-ups (at their most favourable), then with them
      z = W[0]
      z += W[1] * (sOdds / 100)
      if (sl === 2) z += W[2]
      z += W[3] * (o1 / 10)
      if (gl === 2) {
        z += W[4] * g2Odds
        z += W[5]
      }
      if (wordAfter) z += W[9] * wordAfter
      if (boundaryBefore) z += W[15]
      if (prev === 0x3001) z += W[16]
      if (otherBefore) z += W[17]
      if (boundaryAfter) z += W[20]
      if (next === 0x3001) z += W[21]
      if (otherAfter) z += W[22]
      if (padded) z += W[23]
      if (curated1) z += W[24]
      if (curated2) z += W[25]
      if (endInside) z += W[26]
      if (nf & F_PLACE) z += W[27]
      if (noNameBeside) z += W[28] * noNameBeside
      if (quoted) z += W[29]
      if (runsOn) z += W[30]
      if (rareSurname) z += W[32]
      if (listedWord) z += W[33]
      z += W[41] * ctxBefore + W[42] * ctxAfter
      if (z + wordBound + beforeCueBound + otherBeforeBound + afterCueBound + otherAfterBound + Math.max(0, -W[41] * ctxBefore) < floor) continue
    }
    // every feature is written before the reading is visited: these now, the others below
    const f = scratch
    f[0] = 1
    f[1] = sOdds / 100
    f[2] = sl === 2 ? 1 : 0
    f[3] = o1 / 10
    f[4] = g2Odds
    f[5] = gl === 2 ? 1 : 0
    f[9] = wordAfter
    f[15] = boundaryBefore
    f[16] = prev === 0x3001 ? 1 : 0
    f[17] = otherBefore
    f[20] = boundaryAfter
    f[21] = next === 0x3001 ? 1 : 0
    f[22] = otherAfter
    f[23] = padded
    f[24] = curated1
    f[25] = curated2
    f[26] = endInside
    f[27] = nf & F_PLACE ? 1 : 0
    f[28] = noNameBeside
    f[29] = quoted
    f[30] = runsOn
    f[32] = rareSurname
    f[33] = listedWord
    f[41] = ctxBefore
    f[42] = ctxAfter
    f[6] = sl === 1 && !padded ? wordBand(t, text, s) : 0
    f[7] = gl === 2 && !t.givenPair.has(pairKey(gc, c2)) ? wordBand(t, text, g) : 0
    // (after a surname that is seldom anything else, the pair counts at most as a common word: the fit never saw
    // the rarer band, which readings of other surnames are dropped for below)
    if (f[7] > 2 && sOdds >= STRONG_SURNAME_ODDS) f[7] = 2
    f[8] = end < n ? wordBand(t, text, end - 1) : 0
    f[10] = s > 0 ? wordBand(t, text, s - 1) : 0
    f[11] = gl === 2 && sl === 1 ? tripleGet(t.word3, c0, gc, c2) : 0
    // a surname character and a very frequent word no name list writes as a given name (向双方, 于今年) —
    // unless the character is seldom anything but a surname (王建设, 李发展: the model weighs those);
    // a surname that is also a preposition or particle, before a frequent word, is that word's preposition
    if ((f[7] >= 3 && sOdds < STRONG_SURNAME_ODDS) || (f[7] >= 2 && FUNCTION_FIRST.has(c0))) continue
    if (prune) {
      z += w6 * (f[6]) + w7 * (f[7]) + w8 * (f[8]) + w10 * (f[10]) + w11 * (f[11])
      const afterBound = afterCueBound + (otherAfter ? otherAfterBound : 0)
      // (a cue word may yet claim the characters of a word across an edge: at most that weight back)
      // (and a unit word before claims the characters before: their context odds then count for nothing)
      const relief = Math.max(0, -w10 * f[10]) + Math.max(0, -w8 * f[8]) + Math.max(0, -W[41] * ctxBefore)
      if (z + beforeCueBound + (otherBefore ? otherBeforeBound : 0) + afterBound + relief < floor) continue
      if (!cuesRead) {
        cuesRead = true
        before = s > 0 ? roleWordBefore(t, text, s) : ''
        beforeVerb = before || s === 0 ? '' : cueEndingAt(text, s, t.beforeVerb)
      }
      // the before-cues are known now: only the after-cues remain open
      const roleEnd = !before && !beforeVerb && t.flags[prev] & F_ROLE_END ? 1 : 0
      const beforePart = wt(13) * (before ? 1 : 0) + wt(14) * (beforeVerb ? 1 : 0) + wt(34) * roleEnd - (before || beforeVerb ? wt(17) * otherBefore : 0) + (before ? Math.max(0, wt(31), wt(35)) + Math.max(0, wt(36)) : 0) + lateBound
      const partial = z + beforePart + afterBound + (before ? Math.max(0, -w10 * f[10]) : 0) + (before || beforeVerb ? 0 : Math.max(0, -W[41] * ctxBefore))
      if (partial < floor) {
        // only a two-character verb after, claiming the word across the end, could lift it now
        if (f[8] === 0 || partial + Math.max(0, -w8 * f[8]) < floor) continue
        if (cueStartingAt(text, end, t.after).length < 2) continue
      }
    }
    if (!cuesRead) {
      cuesRead = true
      before = s > 0 ? roleWordBefore(t, text, s) : ''
      beforeVerb = before || s === 0 ? '' : cueEndingAt(text, s, t.beforeVerb)
    }
    // 任科长, 王主任, 张同学: a surname and a role word is a way of addressing someone, not a name
    if (gl === 2 && !padded && cueEndingAt(text, end, t.before).length >= 2) continue
    const place = (gl === 1 && sl === 1 && t.place.has(pairKey(c0, gc))) || (gl === 2 && sl === 1 && tripleGet(t.place3, c0, gc, c2) > 0) || inIdiom(t, text, s, end)
    f[12] = place ? 1 : 0
    f[13] = before ? 1 : 0
    f[14] = beforeVerb ? 1 : 0
    f[17] = !before && !beforeVerb && otherBefore ? 1 : 0
    f[34] = !before && !beforeVerb && t.flags[prev] & F_ROLE_END ? 1 : 0
    let afterVerb = cueStartingAt(text, end, t.after)
    // 全园|家长: 家 starting a word of its own (家长, 家访) is no household after a name
    if (afterVerb === '家' && wordBand(t, text, end) >= 1) afterVerb = ''
    const orgWord = cueStartingAt(text, end, t.afterOrg)
    // the longer word decides: 常青家庭农场 is a farm, though 家庭 may follow a name (李秀英家庭)
    if (orgWord.length > afterVerb.length) afterVerb = ''
    const afterOrg = afterVerb ? '' : orgWord
    // a two-character organisation word right after (常青藤学校, 李庄中心): a name, never
    if (afterOrg.length >= 2) continue
    f[18] = afterVerb ? 1 : 0
    // the role word before claims its last character (楼长|江山, not 长江), a verb after its first
    // (黎明|一起): no word runs across that edge
    if (before) f[10] = 0
    if (afterVerb.length >= 2) f[8] = 0
    // 王和平等11人: 等 before a count of people ends a list of names, whatever word 平等 would make
    else if (afterVerb === '等' && COUNT_OF_PEOPLE.test(text.slice(end + 1, end + 6))) f[8] = 0
    f[19] = afterOrg ? 1 : 0
    f[22] = !afterVerb && !afterOrg && otherAfter ? 1 : 0
    // a role or kinship word, then the reading, then a break (邻居高峰。 审核人：额尔敦): a name even when
    // its characters are also a word
    f[31] = before && f[20] ? 1 : 0
    if (!before) {
      // with no role word before: quoted alone (“常青树”), between two list items that are no names
      // (调结构、惠民生、防风险), a prefecture's name (吴忠), or a surname and a word after an adverb (较高水平)
      if (f[29] || f[28] === 2 || (gl === 2 && f[10] >= 1 && f[7] >= 2)) continue
      // “文明家庭”, “金凤来仪”, “文明就医”: the start of a short phrase in quotation marks, a title or a slogan
      if ((prev === 0x201c || prev === 0x300c) && quotedPhraseEnds(text, end)) continue
      // a character seldom a surname starting a frequent or a listed word, then one more (全年新发现, 成果惠及, 危化品):
      // the word, unless a role word or label before says "a person"
      // (a two-character reading that is such a word is left to the model: 和平表示 is someone)
      if (gl === 2 && sl === 1 && !padded && sOdds < WEAK_SURNAME_ODDS && (f[6] >= 2 || f[33] > 0 || f[11] > 0)) continue
      if (sl === 1 && !padded && (gl === 1 ? t.city.has(pairKey(c0, gc)) : tripleGet(t.city3, c0, gc, c2) > 0)) continue
      // a place's name and a river, lake or mountain after it (钱塘|江, 黄山|岭): that river's name
      if (gl === 2 && sl === 1 && !padded && GEO_END.has(c2) && t.place.has(pairKey(c0, gc))) continue
    }
    f[35] = before && afterVerb ? 1 : 0
    // a role word before outweighs the reading being a word too (网格员高峰, 调解员黎明)
    f[36] = before && (f[6] > 0 || f[11] > 0 || f[33] > 0 || (gl === 1 && sl === 1 && !padded && t.nameLike.has(pairKey(c0, gc)))) ? 1 : 0
    if (prune) {
      // every feature but 37–40 is final (41–42, the context, are added below): the score without them, then at most
      // what they could add (a unit word before adds its weight and clears the other character, the word across the
      // start and the context before); a reading that stays below the threshold by more than rounding is never proposed
      let known = 0
      for (let j = 0; j < 37; j++) known += W[j] * f[j]
      known += W[41] * f[41] + W[42] * f[42]
      const unitGain = !before && !beforeVerb ? Math.max(0, wt(40) - wt(17) * f[17] - wt(10) * f[10] - W[41] * f[41]) : 0
      if (known + thingBound + unitGain < floor - 1e-9) continue
    }
    f[37] = thingAt(t, text, s, end) ? 1 : 0
    const unit = !before && !beforeVerb ? unitWordBefore(t, text, s) : ''
    f[40] = unit ? 1 : 0
    // the unit word claims its last character and the edge (康复部|邰晓雯), as a role word does, and the context
    // odds of the characters before (磨滩村|夏红兵: a place's name before is no reading's usual company, an office's unit is)
    if (unit) {
      f[17] = 0
      f[10] = 0
      f[41] = 0
    }
    f[39] = (next === 0x3001 || next === 0x7b49) && thingListAhead(text, end) ? 1 : 0
    f[38] = (next === 0x3001 && thingAfter(t, text, end + 1) ? 1 : 0) + (prev === 0x3001 && thingBefore(t, text, s - 1) ? 1 : 0)
    reading.start = s
    reading.end = end
    reading.before = before || beforeVerb || unit
    reading.after = afterVerb
    reading.surnameLen = sl
    reading.unitBefore = unit !== ''
    sink.visit(reading)
  }
}
