/**
 * Names written in transliteration or romanisation: 热依拉·艾买提, 古丽娜尔, 同事那日苏, LI WEIDONG（李卫东）.
 */
import { emit as emitCandidate, type ScanContext } from '../scan-context'
import type { Candidate } from '../types'
import { ETHNIC, MIDDLE_DOTS, DOT_RE, TRANSLIT, nextEthnicStart, nextRunStart, translitBack, translitForward } from './name-translit-tables'
import { quoting } from '../interned'
import { reason, type Reason } from '../reasons'
import { CodeSet } from '../int-tables'
import { getTables, isCjk, tripleGet, F_BOUND, F_END, type Tables } from './name-tables'
import { adminStartingAt } from './gazetteer'
import { cueEndingAt, cueStartingAt, wordBand, anchorAt, afterReason, beforeReason, sideBeforeBody } from './name-context'
import { nameEmbeddedInWord } from './name-given'
import { detectLatinNames, isLatinCode, roleCueBefore } from './name-latin'
import { scores } from '../data/scores'

const S = scores['transliterated-names']

const dotReason = reason('dottedName')
const ethnicReason = quoting('ethnicNameStart', 'word')
const roleTranslitReason = reason('roleTranslit')
const verbTranslitReason = reason('verbTranslit')
/** a kinship title after a name (卓玛奶奶, 扎西大爷, 古丽阿姨) */
const KIN_TITLE_AFTER = /^(?:奶奶|爷爷|大爷|大娘|大妈|阿妈|阿爸|阿姨|阿婆|老人|老太|大姐|大哥|婆婆|阿奶)/
/** where a clause opens: a run of transliteration characters there is not the tail of a word */
const CLAUSE_OPENER = new CodeSet('，,。；;：:\n')
/** a verb cue (称, 表示, 反映), not a noun that may follow a name (家庭, 户) */
const VERB_AFTER = /^(?:称|说|表示|反映|认为|承认|否认|介绍|回忆|坦言|告诉|陈述|供述|自述|诉称|来电|拨打|要求|同意|签字|拒绝|声称|说明)/
const repeatReason = reason('repeatedName')


/** an ordinary word (band ≥ 1, seen ≥ 1000 times) inside [s, e): 多次, 巴士 — not a transliterated name */
function hasWordInside(t: Tables, text: string, s: number, e: number): boolean {
  for (let a = s; a + 1 < e; a++) if (wordBand(t, text, a) >= 2) return true
  return false
}

/** A county, city or prefecture the gazetteer names, written with or without its suffix (阿克苏, 乌兰察布) */
function isPlaceName(w: string): boolean {
  return ['', '市', '县', '地区', '区', '盟', '州'].some((suffix) => adminStartingAt(w + suffix, 0) > 0)
}

/**
 * Names written in transliteration: 热依拉·艾买提 (parts of transliteration characters joined by a middle
 * dot), 古丽娜尔 (a well-known name start, then transliteration characters), and a romanised name written
 * beside a Chinese one (CHAN TAI MAN（陳大文）, LI WEIDONG（李卫东）).
 */
export function detectTransliteratedNames(ctx: ScanContext): void {
  const text = ctx.text
  const t = getTables()
  const emitted = new Set<number>()
  // the names the label, column and title rules read, by start: a longer transliterated name at the
  // same start replaces the Han reading of its first characters (申请人：乌云其其格, not 乌云)
  // (as they stand at this pass's first name: the last one read at each start). A dense notice has
  // thousands of names and this pass finds a few: the names it emits are matched with the rules' in
  // one walk at the end (no Map of every name per scan). Each start is emitted once, and nothing here
  // reads a confidence meanwhile, so settling them afterwards gives the same confidences.
  let ruleCount = -1
  const mine: Candidate[] = []
  const emit = (s: number, e: number, p: number, reasons: Reason[]): void => {
    if (ctx.tables.inHeader(s) || emitted.has(s)) return
    if (ruleCount < 0) ruleCount = ctx.names.length
    emitted.add(s)
    emitCandidate(ctx, 'PERSON_NAME', s, e, p, 'name-transliterated', reasons)
    mine.push(ctx.names[ctx.names.length - 1])
    ctx.nameStarts.push(s)
  }
  const found: string[] = []
  DOT_RE.lastIndex = 1
  for (let m = DOT_RE.exec(text); m; m = DOT_RE.exec(text)) {
    const i = m.index
    const left = translitBack(text, i, 6)
    if (left < 2 || TRANSLIT[text.charCodeAt(i - left - 1)]) continue
    let e = i
    let parts = 0
    while (MIDDLE_DOTS.has(text.charCodeAt(e)) && parts < 3) {
      let r = translitForward(text, e + 1, 8)
      // 热依拉·艾山、: after the dot, two characters closed by a break are the next part whatever they are
      if (r < 2 && isCjk(text.charCodeAt(e + 1)) && isCjk(text.charCodeAt(e + 2)) && (e + 3 >= text.length || (t.flags[text.charCodeAt(e + 3)] ?? 0) & F_BOUND)) r = 2
      if (r < 2) break
      e += 1 + r
      parts++
    }
    if (parts === 0) continue
    emit(i - left, e, S.dotted, [dotReason])
    DOT_RE.lastIndex = e
  }
  for (let i = nextEthnicStart(text, 0); i >= 0; i = nextEthnicStart(text, i + 1)) {
    const list = ETHNIC.get(text.charCodeAt(i))
    // inside a run of transliteration characters this is no start (热依|汗古丽); one such character before it
    // ends an ordinary word (一班|吉克阿依)
    if (!list || translitBack(text, i, 2) === 2) continue
    let word = ''
    // the longest listed start (额尔德 before 额尔)
    for (const w of list) if (w.length > word.length && text.startsWith(w, i)) word = w
    if (!word) continue
    const rest = translitForward(text, i + word.length, 4)
    let e = i + word.length + rest
    // 次仁卓玛|左胫腓骨骨折: a side before a body part opens the medical note, and ends the name before it
    if (rest > 0 && sideBeforeBody(text, e - 1)) e--
    if (MIDDLE_DOTS.has(text.charCodeAt(e)) || MIDDLE_DOTS.has(text.charCodeAt(i - 1))) continue
    const before = cueEndingAt(text, i, t.before)
    const after = cueStartingAt(text, e, t.after)
    const nextBound = e >= text.length || (t.flags[text.charCodeAt(e)] ?? 0) & F_BOUND
    // a person's slot after it: its sex or age (阿依古丽，女，45岁; 买买提江（男，52岁）)
    const sex = !after && SEX_OR_AGE_AFTER.test(text.slice(e, e + 6))
    // 卓玛奶奶, 扎西大爷: a kinship title after the name says "a person" as its sex does
    const title = !after && !sex && KIN_TITLE_AFTER.test(text.slice(e, e + 3))
    // 复评显示，热依拉入学后…: three characters or more opening a clause are the clause's subject
    const opens = e - i >= 3 && (i === 0 || CLAUSE_OPENER.has(text.charCodeAt(i - 1))) && !hasWordInside(t, text, i, e) && !isPlaceName(text.slice(i, e))
    if (!before && !after && !sex && !title && !opens && (!nextBound || e - i < 3)) continue
    const reasons = [ethnicReason(word)]
    if (before) reasons.push(afterReason(before))
    if (after) reasons.push(beforeReason(after))
    if (sex) reasons.push(sexReason)
    if (title) reasons.push(beforeReason(text.slice(e, e + 2)))
    // an item of a 、-list (热娜古丽、阿依努尔、吐尔逊娜依): its neighbours are read as names too
    const listed = e - i >= 3 && (text.charCodeAt(e) === 0x3001 || text.charCodeAt(i - 1) === 0x3001)
    emit(i, e, before || after || sex || title ? S.ethnicWithCue : S.ethnicAlone, reasons)
    if (before || after || sex || title || listed) found.push(text.slice(i, e))
    i = e
  }
  // 反映，艾尔肯近一个月…; 核实，艾尔肯称其…: a whole run of three to five transliteration characters opening a
  // clause, no ordinary word inside, and a verb that takes a person right after it
  const verbAfterRun = (i: number, run: number): void => {
    if (run < 3 || run > 5 || !CLAUSE_OPENER.has(text.charCodeAt(i - 1))) return
    const e = i + run
    const verb = cueStartingAt(text, e, t.after)
    if (!verb || !VERB_AFTER.test(verb) || hasWordInside(t, text, i, e)) return
    // 马拉松, 阿克苏, 克拉玛依: a word or a place, not a person
    const run3 = run === 3 && tripleGet(t.word3, text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)) > 0
    const w = text.slice(i, e)
    if (run3 || isPlaceName(w)) return
    emit(i, e, S.beforeVerb, [verbTranslitReason, beforeReason(verb)])
    found.push(text.slice(i, e))
  }
  // a name of transliteration characters with no Han surname, right after a role word or a name label
  // and ending at a break or before a verb: 同事那日苏驾驶, 审核人：额尔敦, 法定代表人：卓玛央宗
  for (let i = nextRunStart(text, 1); i >= 0; i = nextRunStart(text, i + 1)) {
    const run = translitForward(text, i, 6)
    if (run < 2) continue
    const cue = roleCueBefore(t, text, i)
    if (emitted.has(i)) continue
    if (!cue) {
      verbAfterRun(i, run)
      continue
    }
    let e = -1
    let after = ''
    for (let len = Math.min(run, 6); len >= 2; len--) {
      const end = i + len
      const next = text.charCodeAt(end)
      if (MIDDLE_DOTS.has(next)) break
      const verb = cueStartingAt(text, end, t.after)
      // the whole run, ending where an ordinary word or a particle begins (父亲吉克尔布去年, 儿子次旦放牧)
      const runEnd = len === run && len >= 3 && cue.length >= 2 && ((t.flags[next] ?? 0) & F_END || wordBand(t, text, end) >= 1)
      if (end >= text.length || (t.flags[next] ?? 0) & F_BOUND || verb || runEnd) {
        e = end
        after = verb
        break
      }
    }
    if (e < 0 || hasWordInside(t, text, i, e)) continue
    const reasons = [roleTranslitReason, afterReason(cue)]
    if (after) reasons.push(beforeReason(after))
    emit(i, e, after ? S.afterRoleAndBefore : S.afterRole, reasons)
    found.push(text.slice(i, e))
    i = e
  }
  detectBeforeSex(text, t, emit, found)
  detectListNeighbours(text, emit, found)
  if (/[A-Z][A-Za-z]/.test(text)) detectLatinNames(ctx, t, emit, found)
  // document-level agreement for what this pass found: the same string elsewhere is the same person
  for (const name of new Set(found)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const prev = text.charCodeAt(at - 1)
      const next = text.charCodeAt(at + name.length)
      if ((isLatin(name) && (isLatinCode(prev) || isLatinCode(next))) || (!isLatin(name) && (TRANSLIT[prev] || TRANSLIT[next]))) continue
      // a Han string that is, here, a word or a place (白云村, 蓝天白云) is not the person found elsewhere
      if (!isLatin(name) && nameEmbeddedInWord(text, at, at + name.length)) continue
      emit(at, at + name.length, S.repeated, [repeatReason])
    }
  }
  if (mine.length > 0) replaceShorterReadings(ctx.names, ruleCount, mine)
}

/**
 * A longer transliterated name at the start of a rule's name replaces the Han reading of its first
 * characters (申请人：乌云其其格, not 乌云): it takes that name's confidence if higher, and that name's
 * becomes 0. `names[0, ruleCount)` are the rules' names; the last one at a start is the one.
 */
function replaceShorterReadings(names: readonly Candidate[], ruleCount: number, mine: readonly Candidate[]): void {
  const at = new Map<number, number>()
  for (let k = 0; k < mine.length; k++) at.set(mine[k].start, k)
  const shorter: (Candidate | undefined)[] = new Array<Candidate | undefined>(mine.length)
  for (let k = 0; k < ruleCount; k++) {
    const m = at.get(names[k].start)
    if (m !== undefined) shorter[m] = names[k]
  }
  for (let k = 0; k < mine.length; k++) {
    const c = mine[k]
    const r = shorter[k]
    if (r && r.end < c.end && c.end - c.start >= 3) {
      c.confidence = Math.max(c.confidence, r.confidence)
      r.confidence = 0
    }
  }
}

const isLatin = (s: string): boolean => isLatinCode(s.charCodeAt(0))

const SEX_AFTER = /[，,（(]\s*[男女][，,）)、]/g
/** its sex or age right after a name: ，女， / （男 / ，45岁 */
const SEX_OR_AGE_AFTER = /^[，,（(]\s*(?:[男女][，,）)、；;。 ]|[0-9]{1,3}岁)/
const sexReason = reason('sexTranslit')
const listReason = reason('listTranslit')

/**
 * 勒格伍各，女，彝族 / 阿布都热合曼，男，智力二级: a run of characters opening a line, a list item or a clause,
 * right before its sex, mostly transliteration characters (a Han name with a surname is the model's).
 */
function detectBeforeSex(text: string, t: Tables, emit: (s: number, e: number, p: number, reasons: Reason[]) => void, found: string[]): void {
  SEX_AFTER.lastIndex = 0
  for (let m = SEX_AFTER.exec(text); m; m = SEX_AFTER.exec(text)) {
    const e = m.index
    let s = e
    while (s > 0 && e - s < 7 && isCjk(text.charCodeAt(s - 1))) s--
    const len = e - s
    if (len < 2 || len > 6 || (s > 0 && !((t.flags[text.charCodeAt(s - 1)] ?? 0) & F_BOUND) && !isDigitCode(text.charCodeAt(s - 1)))) continue
    let translit = 0
    for (let k = s; k < e; k++) if (TRANSLIT[text.charCodeAt(k)]) translit++
    const ethnic = (ETHNIC.get(text.charCodeAt(s)) ?? []).some((w) => text.startsWith(w, s))
    if ((!ethnic && translit < len - 1) || translit < 2 || hasWordInside(t, text, s, e)) continue
    // 刘玉梅，女: a Han surname that is no transliteration character leads a Han name, the model's to read
    if (!ethnic && anchorAt(t, text, s) && !TRANSLIT[text.charCodeAt(s)]) continue
    emit(s, e, S.beforeSex, [sexReason])
    found.push(text.slice(s, e))
  }
}

/** 敖登格日勒、吉日嘎拉两户: a transliterated run right after (or before) a name this pass found, across 、 */
function detectListNeighbours(text: string, emit: (s: number, e: number, p: number, reasons: Reason[]) => void, found: string[]): void {
  // a neighbour found is itself a list item whose other neighbour is read in turn (艾克拜尔江、帕尔哈提)
  const queue = [...new Set(found)]
  const seen = new Set(queue)
  const next = (s: number, e: number): void => {
    emit(s, e, S.inList, [listReason])
    const name = text.slice(s, e)
    if (!seen.has(name)) {
      seen.add(name)
      queue.push(name)
      found.push(name)
    }
  }
  for (let k = 0; k < queue.length && k < 60; k++) {
    const name = queue[k] ?? ''
    if (isLatin(name)) continue
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const after = at + name.length
      if (text.charCodeAt(after) === 0x3001) {
        const r = translitForward(text, after + 1, 7)
        if (r >= 2 && r <= 6) next(after + 1, after + 1 + r)
      }
      if (at >= 3 && text.charCodeAt(at - 1) === 0x3001) {
        const l = translitBack(text, at - 1, 7)
        const s = at - 1 - l
        if (l >= 2 && l <= 6 && (s === 0 || !isCjk(text.charCodeAt(s - 1)))) next(s, at - 1)
      }
    }
  }
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57

