/**
 * PERSON_NAME in running text by a small statistical model, not by special cases. Every surname in the
 * text (single, compound) anchors candidate readings — surname + one or two given characters, or a
 * space-padded 宋 洁 (an ideographic space) — and each reading is described by a few features:
 *  - how much more often its characters are written in names than in prose (name-stats.ts, from jieba
 *    and THUOCL), for the surname and each given character;
 *  - ordinary words it would cut through or be (高度, 周密, 王国; 明确 after 张伟明), places and idioms
 *    that contain it (石家庄, 掌声雷鸣);
 *  - the words before and after it (name-cues.ts: 来电人/网格员/其妻 before, 反映/表示/称 after,
 *    疾控/中心/市 after as evidence against) and the list structure around it (、, 和, line starts).
 * A logistic model (weights fitted on the labelled development notices by scripts/pii-fit-name-model.ts,
 * stored in name-weights.ts) turns them into a probability, which is the candidate's confidence; the
 * reasons name the evidence that counted. The best reading at each surname is proposed; overlap
 * resolution and document-level agreement (repeats.ts) do the rest.
 */
import { emit as emitCandidate, type ScanContext } from '../scan-context'
import type { Candidate } from '../types'
import { givenOddsChars, givenOddsValues, surnameOddsKeys, surnameOddsValues, wordBands, surnamePlaces, surnameIdioms, givenPairWords, nameLikeWords } from '../data/name-stats'
import { nameCues, latinSurnames, ethnicNameStarts, transliterationChars, traditionalPairs } from '../data/name-cues'
import { nameModelWeights, nameModelMinConfidence } from '../data/name-weights'
import { givenNameChars } from '../data/given-name-chars'
import { nameEndChars, maskChars, placeSuffixChars, nonNameWords } from '../data/name-lexicon'
import { commonSurnames, rareSurnames } from '../data/surnames'
import { interned } from '../interned'
import { cityNamesPacked } from '../data/gazetteer'

const DEGREE = new Uint8Array(65536)
for (const c of '较更最很太极甚颇挺') DEGREE[c.charCodeAt(0)] = 1
const CLASS_AFTER = /^[（(]?[0-9]{1,2}[）)]?班/

export const FEATURES = [
  'bias',
  'surname odds',
  'compound surname',
  'given 1 odds',
  'given 2 odds',
  'two given characters',
  'surname+given is a word',
  'given pair is a word',
  'word across the end',
  'word after the end',
  'word across the start',
  'reading is a word',
  'place or idiom',
  'role word before',
  'verb before',
  'boundary before',
  '、 before',
  'other character before',
  'verb after',
  'organisation or place word after',
  'boundary after',
  '、 after',
  'other character after',
  'space-padded',
  'curated given character 1',
  'curated given character 2',
  'name-ending character inside',
  'place suffix after',
  'list neighbour is no name',
  'in quotation marks',
  'organisation name runs on',
  'role word before, boundary after',
  'rare surname',
  'starts with a listed non-name word',
  'role-word ending before',
  'role word before, verb after',
  'role word before, reading is a word',
] as const
export const FEATURE_COUNT = FEATURES.length

// keys of CJK pairs stay small integers (a Map hashes those fastest); -1 for anything else, never a key
const CJK_SPAN = 0xa000 - 0x4e00
const pairKey = (a: number, b: number): number => (a >= 0x4e00 && a < 0xa000 && b >= 0x4e00 && b < 0xa000 ? (a - 0x4e00) * CJK_SPAN + (b - 0x4e00) : -1)
/** three characters: a Map from the first two's key to a Map from the third's code */
type Triples = Map<number, Map<number, number>>
function tripleGet(m: Triples, a: number, b: number, c: number): number {
  return m.get(pairKey(a, b))?.get(c) ?? 0
}
function tripleSet(m: Triples, w: string, v: number): void {
  const k = pairKey(w.charCodeAt(0), w.charCodeAt(1))
  let inner = m.get(k)
  if (!inner) m.set(k, (inner = new Map<number, number>()))
  inner.set(w.charCodeAt(2), v)
}

type Tables = {
  given: Int8Array
  surname: Int16Array
  compound: Map<number, number>
  compoundFirst: Uint8Array
  word2: Map<number, number>
  word3: Triples
  givenPair: Set<number>
  /** two-character strings written both as a name and as a word (高峰, 文明, 黎明) */
  nameLike: Set<number>
  place: Set<number>
  place3: Triples
  idiom: Map<number, Set<number>>
  idiomFirst: Uint8Array
  flags: Uint8Array
  before: Map<number, string[]>
  beforeVerb: Map<number, string[]>
  after: Map<number, string[]>
  afterOrg: Map<number, string[]>
  beforeReason: Map<string, string>
  /** prefecture-level cities' names without 市 (吴忠, 石嘴山): a place */
  city: Set<number>
  city3: Triples
  /** 1 for the rare surnames of surnames.ts (綦, 纳, 寸): read only where the context opens a name */
  rare: Uint8Array
}

const NON_NAME_PAIRS = new Set(nonNameWords.filter((w) => w.length === 2).map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
const NOT_SURNAME = -32768
const JIA = 0x5bb6 // 家
const UNKNOWN_GIVEN = -40
const F_CURATED = 1
const F_END = 2
const F_MASK = 4
const F_PLACE = 8
const F_BOUND = 16
/** 村镇乡县市区省街路巷: right after a reading, or as its last character, it is a place (李庄镇, 江山市) */
const F_ADMIN = 32
/** characters that end a role or occupation word (监测员, 楼道长, 维修工, 经营者): a name may follow */
const F_ROLE_END = 64
const ROLE_ENDINGS = '员长工师者士生手官匠'
/** the last characters of role words that are never a name's last character */
const ROLE_WORD_LAST = new Uint8Array(65536)
for (const c of '员长师者官匠') ROLE_WORD_LAST[c.charCodeAt(0)] = 1

let tables: Tables | null = null

/** cue words by their first two characters (one-character cues by that character, negated) */
function byFirst(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>()
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = w.length === 1 ? -w.charCodeAt(0) : pairKey(w.charCodeAt(0), w.charCodeAt(1))
    const list = m.get(k)
    if (list) list.push(w)
    else m.set(k, [w])
  }
  return m
}
/** cue words by their last two characters (one-character cues by that character, negated) */
function byLast(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>()
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = w.length === 1 ? -w.charCodeAt(0) : pairKey(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))
    const list = m.get(k)
    if (list) list.push(w)
    else m.set(k, [w])
  }
  return m
}

function build(): Tables {
  const given = new Int8Array(65536).fill(UNKNOWN_GIVEN)
  for (let i = 0; i < givenOddsChars.length; i++) given[givenOddsChars.charCodeAt(i)] = Math.max(-80, Math.min(80, givenOddsValues[i] ?? 0))
  const surname = new Int16Array(65536).fill(NOT_SURNAME)
  const compound = new Map<number, number>()
  surnameOddsKeys.split(' ').forEach((s, i) => {
    const v = surnameOddsValues[i] ?? 0
    if (s.length === 1) surname[s.charCodeAt(0)] = v
    else if (s.length === 2) compound.set(pairKey(s.charCodeAt(0), s.charCodeAt(1)), v)
  })
  const rare = new Uint8Array(65536)
  const common = new Set(commonSurnames)
  for (const ch of rareSurnames) {
    const c = ch.charCodeAt(0)
    if (ch.length !== 1 || c < 0x4e00 || common.has(ch)) continue
    // a listed surname the statistics have not seen yet counts as an even-odds one
    if (surname[c] === NOT_SURNAME) surname[c] = 0
    rare[c] = 1
  }
  const compoundFirst = new Uint8Array(65536)
  for (const k of surnameOddsKeys.split(' ')) if (k.length === 2) compoundFirst[k.charCodeAt(0)] = 1
  const word2 = new Map<number, number>()
  const word3: Triples = new Map()
  wordBands.forEach((band, k) => {
    for (const w of band.split(' ')) {
      if (w.length === 2) word2.set(pairKey(w.charCodeAt(0), w.charCodeAt(1)), k + 1)
      else if (w.length === 3) tripleSet(word3, w, k + 1)
    }
  })
  const givenPair = new Set<number>(givenPairWords.split(' ').map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
  const nameLike = new Set<number>(nameLikeWords.split(' ').map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
  const place = new Set<number>()
  const place3: Triples = new Map()
  for (const w of surnamePlaces.split(' ')) {
    if (w.length === 2) place.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)))
    else if (w.length === 3) tripleSet(place3, w, 1)
  }
  const idiom = new Map<number, Set<number>>()
  const idiomFirst = new Uint8Array(65536)
  for (const w of surnameIdioms.split(' ')) {
    if (w.length !== 4) continue
    const k = pairKey(w.charCodeAt(0), w.charCodeAt(1))
    let set = idiom.get(k)
    if (!set) idiom.set(k, (set = new Set()))
    set.add(pairKey(w.charCodeAt(2), w.charCodeAt(3)))
    idiomFirst[w.charCodeAt(0)] = 1
  }
  const city = new Set<number>()
  const city3: Triples = new Map()
  for (const name of cityNamesPacked.split('|')) {
    if (!name.endsWith('市')) continue
    const w = name.slice(0, -1)
    if (w.length === 2) city.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)))
    else if (w.length === 3) tripleSet(city3, w, 1)
  }
  const flags = new Uint8Array(65536)
  const mark = (chars: Iterable<string>, f: number): void => {
    for (const ch of chars) if (ch.length === 1) flags[ch.charCodeAt(0)] |= f
  }
  mark(givenNameChars, F_CURATED)
  mark(nameEndChars, F_END)
  mark(maskChars, F_MASK)
  mark(placeSuffixChars, F_PLACE)
  mark('村镇乡县市区省街路巷', F_ADMIN)
  mark(ROLE_ENDINGS, F_ROLE_END)
  mark('，。；：！？、,.;:!?（）()[]【】《》“”"\'‘’ \t\n\r—-/|', F_BOUND)
  const beforeReason = new Map<string, string>()
  // traditional forms read as their simplified ones (陳大文, 黃詠琪)
  for (const pair of traditionalPairs) {
    const tr = pair.charCodeAt(0)
    const si = pair.charCodeAt(1)
    if (tr === si) continue
    if (given[tr] === UNKNOWN_GIVEN) given[tr] = given[si]
    if (surname[tr] === NOT_SURNAME) surname[tr] = surname[si]
    flags[tr] |= flags[si]
  }
  return {
    given,
    surname,
    compound,
    compoundFirst,
    word2,
    word3,
    givenPair,
    nameLike,
    place,
    place3,
    idiom,
    idiomFirst,
    flags,
    before: byLast(nameCues.before),
    beforeVerb: byLast(nameCues.beforeVerb),
    after: byFirst(nameCues.afterVerb),
    afterOrg: byFirst(nameCues.afterOrg),
    beforeReason,
    rare,
    city,
    city3,
  }
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff
}

/** The cue word in `lists` that ends at `end` (before a name), or ''. */
function cueEndingAt(text: string, end: number, lists: Map<number, string[]>): string {
  if (end >= 2) {
    const list = lists.get(pairKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1)))
    if (list) {
      for (const w of list) {
        if (end - w.length < 0 || !text.startsWith(w, end - w.length)) continue
        // a two-character cue whose first character ends a frequent word is no cue (确保|安全, not 保安)
        if (w.length === 2 && end >= 3 && tables !== null && (tables.word2.get(pairKey(text.charCodeAt(end - 3), text.charCodeAt(end - 2))) ?? 0) >= 2) continue
        return w
      }
    }
  }
  const one = lists.get(-text.charCodeAt(end - 1))?.[0] ?? ''
  // a one-character cue that ends a word is that word's (孩子, 拭子, 已经): no cue
  return one && end >= 2 && tables !== null && (tables.word2.get(pairKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1))) ?? 0) >= 1 ? '' : one
}
/** The cue word in `lists` that starts at `start` (after a name), or ''. */
function cueStartingAt(text: string, start: number, lists: Map<number, string[]>): string {
  const list = lists.get(pairKey(text.charCodeAt(start), text.charCodeAt(start + 1)))
  if (list) for (const w of list) if (text.startsWith(w, start)) return w
  return lists.get(-text.charCodeAt(start))?.[0] ?? ''
}

function wordBand(t: Tables, text: string, a: number): number {
  if (a < 0 || a + 1 >= text.length) return 0
  return t.word2.get(pairKey(text.charCodeAt(a), text.charCodeAt(a + 1))) ?? 0
}

/** a four-character idiom in the text that covers [s, e) */
function inIdiom(t: Tables, text: string, s: number, e: number): boolean {
  for (let a = Math.max(0, e - 4); a <= s && a + 4 <= text.length; a++) {
    if (!t.idiomFirst[text.charCodeAt(a)]) continue
    const set = t.idiom.get(pairKey(text.charCodeAt(a), text.charCodeAt(a + 1)))
    if (set?.has(pairKey(text.charCodeAt(a + 2), text.charCodeAt(a + 3)))) return true
  }
  return false
}

/**
 * Whether the name-like string at [s, e) is, here, part of a word or a place rather than a name:
 * 常青藤, 掌声雷鸣, 金凤村, 江山市. Document-level agreement (repeats.ts) does not propagate into these.
 */
export function nameEmbeddedInWord(text: string, s: number, e: number): boolean {
  const t = (tables ??= build())
  if (orgAhead(text, s) || orgRunsOn(t, text, e)) return true
  const next = text.charCodeAt(e)
  if (t.flags[next] & F_PLACE) return true
  if (cueStartingAt(text, e, t.afterOrg)) return true
  if (wordBand(t, text, e - 1) >= 1 || wordBand(t, text, s - 1) >= 2) return true
  if (e - s === 2 && e < text.length && tripleGet(t.word3, text.charCodeAt(s), text.charCodeAt(s + 1), next) > 0) return true
  if (e - s === 2 && tripleGet(t.place3, text.charCodeAt(s), text.charCodeAt(s + 1), next) > 0) return true
  if (inIdiom(t, text, s, e)) return true
  // a name that is also a frequent word (高峰, 文明, 雷鸣) is that word wherever nothing around it says
  // "a person": no role word or verb before, no verb after, no break on both sides
  const frequentWord = (e - s === 2 && (wordBand(t, text, s) >= 2 || t.nameLike.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1))))) || (e - s === 3 && tripleGet(t.word3, text.charCodeAt(s), text.charCodeAt(s + 1), text.charCodeAt(s + 2)) > 0)
  if (!frequentWord) return false
  const prev = text.charCodeAt(s - 1)
  const leftBound = s === 0 || ((t.flags[prev] ?? 0) & F_BOUND) !== 0
  const rightBound = e >= text.length || ((t.flags[next] ?? 0) & F_BOUND) !== 0
  if (leftBound && rightBound) return false
  if (cueEndingAt(text, s, t.before)) return false
  const verbBefore = cueEndingAt(text, s, t.beforeVerb)
  const after = cueStartingAt(text, e, t.after)
  // a strong cue on either side (调解员, 联系 before; 表示, 说 after) says "a person"; a weak one (对, 与
  // before; 于, 的 after — 对高峰负荷, 高峰到来) only with the other side set off too (，雷鸣于…, 与雷鸣一度)
  if (verbBefore.length >= 2 || after.length >= 2 || (after.length === 1 && SAYS[next] === 1)) return false
  const leftOk = leftBound || verbBefore !== ''
  const rightOk = rightBound || after !== '' || ((t.flags[next] ?? 0) & F_END) !== 0
  return !(leftOk && rightOk && (leftBound || rightBound))
}
const SAYS = new Uint8Array(65536)
for (const c of '说称讲') SAYS[c.charCodeAt(0)] = 1

/** The two given characters of a Han name of a surname and two given characters (李秀英 → 秀英), or ''. */
export function givenNameOf(name: string): string {
  const t = (tables ??= build())
  if (name.length === 4 && t.compound.has(pairKey(name.charCodeAt(0), name.charCodeAt(1)))) return name.slice(2)
  if (name.length === 3 && t.surname[name.charCodeAt(0)] !== NOT_SURNAME && isCjk(name.charCodeAt(1)) && isCjk(name.charCodeAt(2))) return name.slice(1)
  return ''
}

/**
 * Whether [s, e), the given name of someone named in full elsewhere in the notice, stands here for that
 * person (…李秀英… 秀英说, 了解到宇航在校): no word or place runs across either edge, and it is set off
 * before (a break, a role word, a verb or particle) and after (a break, a verb, a particle, a new word).
 */
export function givenNameMentionAt(text: string, s: number, e: number): boolean {
  const t = (tables ??= build())
  if (s > 0 && wordBand(t, text, s - 1) >= 1) return false
  if (nameEmbeddedInWord(text, s, e)) return false
  const prev = s > 0 ? text.charCodeAt(s - 1) : 10
  // another surname right before: another person's full name (王秀英), not this one's given name
  if (s > 0 && t.surname[prev] !== NOT_SURNAME && !(t.flags[prev] & F_END) && !cueEndingAt(text, s, t.beforeVerb)) return false
  const cueBefore = s > 0 && (cueEndingAt(text, s, t.before) !== '' || cueEndingAt(text, s, t.beforeVerb) !== '')
  const cueAfter = cueStartingAt(text, e, t.after) !== ''
  // a given name that is a frequent word (双方, 今年) is that word, unless names are written so (建国);
  // one that is also a word (民生, 建国): only with a cue word beside it
  const band = wordBand(t, text, s)
  if (band >= 2 && !t.givenPair.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1)))) return false
  if (band >= 1 || t.nameLike.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1)))) return cueBefore || cueAfter
  if (!(s === 0 || t.flags[prev] & (F_BOUND | F_END) || cueBefore)) return false
  const next = e < text.length ? text.charCodeAt(e) : 10
  return (t.flags[next] & (F_BOUND | F_END)) !== 0 || cueAfter || wordBand(t, text, e) >= 1
}

const ADMIN_START = new Uint8Array(65536)
for (const c of '区县市省镇乡村') ADMIN_START[c.charCodeAt(0)] = 1
const ORG_AHEAD = /^.{1,4}?(?:中心|联|委|府|局|院|办|所|队|部|会|站)/

/** 区疾控中心, 区残联, 县政府: an administrative unit's organisation, not a person surnamed 区 */
export function orgAhead(text: string, s: number): boolean {
  return ADMIN_START[text.charCodeAt(s)] === 1 && ORG_AHEAD.test(text.slice(s + 1, s + 8))
}

/** a surname (single or compound) at `i` */
function anchorAt(t: Tables, text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return t.surname[c] !== NOT_SURNAME || (t.compoundFirst[c] === 1 && t.compound.has(pairKey(c, text.charCodeAt(i + 1))))
}

/** a surname-led segment of two to four characters (spaces aside) that is no ordinary word ends at `end` */
function nameEndsAt(t: Tables, text: string, end: number): boolean {
  let chars = 0
  for (let p = end - 1; p >= 0 && chars < 4; p--) {
    const c = text.charCodeAt(p)
    if (c === 32) continue
    if (!isCjk(c)) return false
    chars++
    // (石油公司, 调结构: the surname begins an ordinary word there)
    // (调结构: a verb and a frequent word, not a surname and a given name)
    if (chars >= 2 && anchorAt(t, text, p) && !(wordBand(t, text, p) >= 1 && text.charCodeAt(p + 1) !== 32) && !(chars === 3 && wordBand(t, text, p + 1) >= 2 && !t.givenPair.has(pairKey(text.charCodeAt(p + 1), text.charCodeAt(p + 2))))) return true
  }
  return false
}

/** skips a parenthetical that ends right before `end` (李海波（女）、): its start, or `end` */
function beforeParen(text: string, end: number): number {
  const c = text.charCodeAt(end - 1)
  if (c !== 0xff09 && c !== 41) return end
  for (let p = end - 2; p >= 0 && end - p < 12; p--) {
    const o = text.charCodeAt(p)
    if (o === 0xff08 || o === 40) return p
  }
  return end
}

/** the 、-list item that ends at `end` (exclusive) is a name: 李海波、 阳 波、 许美玲（女）、 上寨组石永福、 */
function listItemIsName(t: Tables, text: string, end: number): boolean {
  return nameEndsAt(t, text, beforeParen(text, end))
}

/** the 、-list item that starts at `start` is a name (its first characters, or those before its end) */
function nextItemIsName(t: Tables, text: string, start: number): boolean {
  let e = start
  while (e < text.length && e - start < 10 && (isCjk(text.charCodeAt(e)) || text.charCodeAt(e) === 32)) e++
  // 莫金莲外出务工、 下寨组莫金莲外出: a surname that is no ordinary word's first character, early in the item
  // (not one that ends a word: 各项工作)
  for (let p = start; p < start + 6 && p + 2 <= e; p++) if (anchorAt(t, text, p) && wordBand(t, text, p) < 1 && (p === start || wordBand(t, text, p - 1) < 1)) return true
  return nameEndsAt(t, text, e)
}

const ORG_END = new Uint8Array(65536)
for (const c of '队会社所院部厂店站局司校馆园中组团协') ORG_END[c.charCodeAt(0)] = 1

/** the characters after `end` run on, with no break, into an organisation name: 常青藤志愿服务队 */
function orgRunsOn(t: Tables, text: string, end: number): boolean {
  // “红马甲”巡逻队: the quoted word names the organisation that follows it
  const q = text.charCodeAt(end)
  if (q === 0x201d || q === 0x300d) end++
  let i = end
  while (i < text.length && i - end < 6 && isCjk(text.charCodeAt(i))) i++
  // three to five characters (巡逻队, 志愿服务队); two are as often a body part or a word (面部, 车队)
  if (i - end < 3 || i - end >= 6) return false
  // 张伟到卫生院, 李明在县医院: a verb or particle first, so the name is the subject, not the organisation's first word
  if (t.flags[text.charCodeAt(end)] & F_END) return false
  return ORG_END[text.charCodeAt(i - 1)] === 1 && !cueStartingAt(text, end, t.after)
}

/** One candidate reading: its span, features and the cue words seen (for the explanation). */
export type NameReading = { start: number; end: number; features: Float64Array; before: string; after: string; surnameLen: number }

const scratch = new Float64Array(FEATURE_COUNT)

/**
 * Calls `visit` for every candidate reading anchored on a surname in `text`. The features array is
 * reused between calls (copy it to keep it). Cheap rejections first: most surname characters in prose
 * (和, 于, 时, 高 …) are followed by characters that are never given names.
 */
export function nameReadings(text: string, visit: (r: NameReading) => void, skip?: Uint8Array, prune = false): void {
  const t = (tables ??= build())
  const W = WEIGHTS
  const wt = (j: number): number => W[j] ?? 0
  // pruning: a reading whose cheap features, plus the most the cue features could add, stay below the
  // proposal threshold is never proposed — skip the cue look-ups for it
  const floor = Math.log(nameModelMinConfidence / (1 - nameModelMinConfidence))
  const beforeCueBound = Math.max(0, wt(13), wt(14), wt(34)) + Math.max(0, wt(31), wt(35)) + Math.max(0, wt(36))
  const w6 = wt(6)
  const w7 = wt(7)
  const w8 = wt(8)
  const w10 = wt(10)
  const w11 = wt(11)
  // word features are frequency bands 0..5
  const wordBound = [6, 7, 8, 10, 11].reduce((a, j) => a + Math.max(0, wt(j)) * 5, 0)
  const afterCueBound = Math.max(0, wt(18), wt(19)) + Math.max(0, wt(12))
  const n = text.length
  const reading: NameReading = { start: 0, end: 0, features: scratch, before: '', after: '', surnameLen: 1 }
  for (let s = 0; s < n - 1; s++) {
    const c0 = text.charCodeAt(s)
    if (c0 < 0x4e00 || (t.surname[c0] === NOT_SURNAME && !t.compoundFirst[c0]) || skip?.[s]) continue
    const c1 = text.charCodeAt(s + 1)
    let sl: number
    let sOdds: number
    const comp = t.compoundFirst[c0] ? t.compound.get(pairKey(c0, c1)) : undefined
    if (comp !== undefined && isCjk(text.charCodeAt(s + 2))) {
      sl = 2
      sOdds = comp
    } else if (t.surname[c0] !== NOT_SURNAME) {
      sl = 1
      sOdds = t.surname[c0]
    } else continue
    // the cheapest rejection first (the checks below are all pure): a character after the surname
    // that is never a given name's
    const g0 = text.charCodeAt(s + sl)
    if (g0 !== 32 && (t.given[g0] <= -25 || t.flags[g0] & F_MASK)) continue
    if (orgAhead(text, s)) continue
    // never from the second character of a compound surname (葛明辉 of 诸葛明辉, 官玉洁 of 上官玉洁)
    // — unless the compound's first character ends a word (公司马建国)
    if (s > 0 && t.compoundFirst[text.charCodeAt(s - 1)] === 1 && t.compound.has(pairKey(text.charCodeAt(s - 1), c0)) && isCjk(text.charCodeAt(s + 1)) && wordBand(t, text, s - 2) < 1) continue
    const rareSurname = sl === 1 ? t.rare[c0] : 0
    // a rare surname (綦, 纳, 寸) is read only where a name may start (a break, a list, a role word
    // before) and never where it begins an ordinary word (楼道, 秋冬)
    // (or padded, 纳 静: the padding itself says "a name")
    if (rareSurname && text.charCodeAt(s + 1) !== 32 && ((s > 0 && !(t.flags[text.charCodeAt(s - 1)] & (F_BOUND | F_ROLE_END)) && !cueEndingAt(text, s, t.before)) || wordBand(t, text, s) >= 1)) continue
    const g = s + sl
    let gc = text.charCodeAt(g)
    let padded = 0
    let gPos = g
    if (gc === 32 && sl === 1) {
      // 宋 洁 (an ideographic space): one or two spaces, one given character, then the end of the word
      let p = g
      while (p < n && p - g < 2 && text.charCodeAt(p) === 32) p++
      // not inside spaced-out text (关 于 通 知, 姓 名): the character before the surname is no space
      if (!isCjk(text.charCodeAt(p))) continue
      if (text.charCodeAt(s - 1) === 32 && isCjk(text.charCodeAt(s - 2)) && !isCjk(text.charCodeAt(s - 3))) continue
      if (text.charCodeAt(p + 1) === 32 && isCjk(text.charCodeAt(p + 2)) && !isCjk(text.charCodeAt(p + 3))) continue
      padded = 1
      gPos = p
      gc = text.charCodeAt(p)
    }
    if (!isCjk(gc)) continue
    // the curated words that begin with a surname (高度, 王国, 黄金): never a name's first two characters
    const listedWord = sl === 1 && !padded && NON_NAME_PAIRS.has(pairKey(c0, gc)) ? 1 : 0
    // 张先生, 李老师: a surname before a title is no name
    if (!padded && cueStartingAt(text, g, t.after).length >= 2) continue
    const o1 = t.given[gc]
    if (o1 <= -25 || t.flags[gc] & F_MASK) continue
    const fl = t.flags[text.charCodeAt(s - 1)] ?? 0
    let cuesRead = false
    let before = ''
    let beforeVerb = ''
    const prev = s > 0 ? text.charCodeAt(s - 1) : 10
    const boundaryBefore = s === 0 || (fl & F_BOUND) !== 0 ? 1 : 0
    const digitBefore = prev >= 48 && prev <= 57
    const maxGiven = padded ? 1 : 2
    for (let gl = 1; gl <= maxGiven; gl++) {
      const end = gPos + gl
      if (end > n) break
      const c2 = gl === 2 ? text.charCodeAt(g + 1) : 0
      if (gl === 2 && (!isCjk(c2) || t.flags[c2] & F_MASK)) break
      const next = end < n ? text.charCodeAt(end) : 10
      if (t.flags[next] & (F_MASK | F_ADMIN) || (gl === 2 && t.flags[c2] & F_ADMIN)) continue
      // 衡南发〔2024〕31号: the issuing office's abbreviation in a document number
      if (next === 0x3014 || next === 0xff3b) continue
      // 高二（5）班, 高三1班: a school class
      if ((next === 0xff08 || next === 40 || (next >= 48 && next <= 57)) && CLASS_AFTER.test(text.slice(end, end + 6))) continue
      // 《金凤还巢》: the title of a work; 较高水平, 更高峰: a degree adverb never precedes a name
      if (prev === 0x300a || DEGREE[prev] === 1) continue
      // 楼栋长, 王组长: three characters ending in a role word's last character are a role
      if (gl === 2 && ROLE_WORD_LAST[c2] === 1) continue
      // 李家庄, 王家村: X家 before a place suffix is a place
      if (gc === JIA && (t.flags[next] & F_PLACE || (gl === 2 && t.flags[c2] & F_PLACE))) continue
      const f = scratch
      f.fill(0)
      f[0] = 1
      f[1] = sOdds / 100
      f[2] = sl === 2 ? 1 : 0
      f[3] = o1 / 10
      f[4] = gl === 2 ? t.given[c2] / 10 : 0
      f[5] = gl === 2 ? 1 : 0
      f[15] = boundaryBefore
      f[16] = prev === 0x3001 ? 1 : 0
      const otherBefore = isCjk(prev) || digitBefore ? 1 : 0
      f[17] = otherBefore
      const nf = t.flags[next] ?? 0
      f[20] = end >= n || nf & F_BOUND || (next >= 48 && next <= 57) ? 1 : 0
      f[21] = next === 0x3001 ? 1 : 0
      const otherAfter = isCjk(next) ? 1 : 0
      f[22] = otherAfter
      f[23] = padded
      f[24] = t.flags[gc] & F_CURATED ? 1 : 0
      f[25] = gl === 2 && t.flags[c2] & F_CURATED ? 1 : 0
      f[26] = t.flags[gc] & F_END || (gl === 2 && t.flags[c2] & (F_END | F_PLACE)) ? 1 : 0
      f[27] = nf & F_PLACE ? 1 : 0
      // how many of its 、-list neighbours are no names (促改革、调结构、惠民生、防风险: both)
      f[28] = (next === 0x3001 && !nextItemIsName(t, text, end + 1) ? 1 : 0) + (prev === 0x3001 && !listItemIsName(t, text, s - 1) ? 1 : 0)
      f[29] = (prev === 0x201c || prev === 0x300c) && (next === 0x201d || next === 0x300d) ? 1 : 0
      f[30] = orgRunsOn(t, text, end) ? 1 : 0
      // a word after the end shows where the name stops — unless it begins an organisation's name
      f[9] = f[30] ? 0 : wordBand(t, text, end)
      f[32] = rareSurname
      f[33] = listedWord
      const nameLike = gl === 1 && sl === 1 && !padded && t.nameLike.has(pairKey(c0, gc))
      let z = 0
      if (prune) {
        // first without the word look-ups (at their most favourable), then with them
        for (let j = 0; j < FEATURE_COUNT; j++) z += (W[j]) * (f[j])
        if (z + wordBound + beforeCueBound + Math.max(0, -wt(17)) + afterCueBound + Math.max(0, -wt(22)) < floor) continue
      }
      f[6] = sl === 1 && !padded ? wordBand(t, text, s) : 0
      f[7] = gl === 2 && !t.givenPair.has(pairKey(gc, c2)) ? wordBand(t, text, g) : 0
      f[8] = end < n ? wordBand(t, text, end - 1) : 0
      f[10] = s > 0 ? wordBand(t, text, s - 1) : 0
      f[11] = gl === 2 && sl === 1 ? tripleGet(t.word3, c0, gc, c2) : 0
      // a surname character and a very frequent word no name list writes as a given name (向双方, 于今年)
      if (f[7] >= 3) continue
      if (prune) {
        z += w6 * (f[6]) + w7 * (f[7]) + w8 * (f[8]) + w10 * (f[10]) + w11 * (f[11])
        const afterBound = afterCueBound + (otherAfter ? Math.max(0, -wt(22)) : 0)
        // (a cue word may yet claim the characters of a word across an edge: at most that weight back)
        const relief = Math.max(0, -w10 * f[10]) + Math.max(0, -w8 * f[8])
        if (z + beforeCueBound + (otherBefore ? Math.max(0, -wt(17)) : 0) + afterBound + relief < floor) continue
        if (!cuesRead) {
          cuesRead = true
          before = s > 0 ? cueEndingAt(text, s, t.before) : ''
          beforeVerb = before || s === 0 ? '' : cueEndingAt(text, s, t.beforeVerb)
        }
        // the before-cues are known now: only the after-cues remain open
        const roleEnd = !before && !beforeVerb && t.flags[prev] & F_ROLE_END ? 1 : 0
        const beforePart = wt(13) * (before ? 1 : 0) + wt(14) * (beforeVerb ? 1 : 0) + wt(34) * roleEnd - (before || beforeVerb ? wt(17) * otherBefore : 0) + (before ? Math.max(0, wt(31), wt(35)) + Math.max(0, wt(36)) : 0)
        const partial = z + beforePart + afterBound + (before ? Math.max(0, -w10 * f[10]) : 0)
        if (partial < floor) {
          // only a two-character verb after, claiming the word across the end, could lift it now
          if (f[8] === 0 || partial + Math.max(0, -w8 * f[8]) < floor) continue
          if (cueStartingAt(text, end, t.after).length < 2) continue
        }
      }
      if (!cuesRead) {
        cuesRead = true
        before = s > 0 ? cueEndingAt(text, s, t.before) : ''
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
      f[19] = afterOrg ? 1 : 0
      f[22] = !afterVerb && !afterOrg && otherAfter ? 1 : 0
      // a role or kinship word, then the reading, then a break (邻居高峰。 审核人：额尔敦): a name even when
      // its characters are also a word
      f[31] = before && f[20] ? 1 : 0
      if (!before) {
        // with no role word before: quoted alone (“常青树”), between two list items that are no names
        // (调结构、惠民生、防风险), a prefecture's name (吴忠), or a surname and a word after an adverb (较高水平)
        if (f[29] || f[28] === 2 || (gl === 2 && f[10] >= 1 && f[7] >= 2)) continue
        if (sl === 1 && !padded && (gl === 1 ? t.city.has(pairKey(c0, gc)) : tripleGet(t.city3, c0, gc, c2) > 0)) continue
      }
      f[35] = before && afterVerb ? 1 : 0
      // a role word before outweighs the reading being a word too (网格员高峰, 调解员黎明)
      f[36] = before && (f[6] > 0 || f[11] > 0 || f[33] > 0 || nameLike) ? 1 : 0
      reading.start = s
      reading.end = end
      reading.before = before || beforeVerb
      reading.after = afterVerb
      reading.surnameLen = sl
      visit(reading)
    }
  }
}

const WEIGHTS = Float64Array.from({ length: FEATURE_COUNT }, (_, j) => nameModelWeights[j] ?? 0)

export function nameScore(f: Float64Array, w: ArrayLike<number> = WEIGHTS): number {
  let z = 0
  for (let i = 0; i < FEATURE_COUNT; i++) z += (w[i] ?? 0) * (f[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}

const surnameReason = interned((key: number) => `surname ${key > 0xffff ? String.fromCharCode(Math.floor(key / 65536), key % 65536) : String.fromCharCode(key)}`)
const afterReason = interned((w: string) => `after ${w}`)
const beforeReason = interned((w: string) => `followed by ${w}`)
const likenessReason = interned((p: number) => `name-likeness ${(p / 100).toFixed(2)}`)

const confirmedReason = 'confirmed elsewhere in the document'
/** the model's reading replaces a rule's shorter one at the same start from this probability */
const LONGER_READING = 0.9

/**
 * The best reading at each surname, then document-level agreement: the same string proposed in several
 * places is one person seen several times, so its occurrences pool their evidence (noisy-or, when one of
 * them is at least even odds) — except where the string is, there, part of a word or a place (金凤村).
 */
export function detectNamesByModel(ctx: ScanContext): void {
  const text = ctx.text
  const starts: number[] = []
  const ends: number[] = []
  const probs: number[] = []
  const befores: string[] = []
  const afters: string[] = []
  const sls: number[] = []
  let bestStart = -1
  let bestEnd = 0
  let bestP = 0
  let bestBefore = ''
  let bestAfter = ''
  let bestSl = 1
  const flush = (): void => {
    if (bestStart < 0 || bestP < nameModelMinConfidence) return
    if (ctx.tables.inHeader(bestStart)) return
    const rule = ruleNames?.get(bestStart)
    if (rule !== undefined) {
      // a rule read this name shorter (蒋友 of 蒋友良): the model's longer reading, when it is sure of it
      if (bestP < LONGER_READING) return
      bestP = Math.max(bestP, rule)
    }
    starts.push(bestStart)
    ends.push(bestEnd)
    probs.push(bestP)
    befores.push(bestBefore)
    afters.push(bestAfter)
    sls.push(bestSl)
  }
  // where the label, column and title rules already read a name with confidence, they have said it —
  // unless the model reads it longer with confidence
  let skip: Uint8Array | undefined
  let ruleNames: Map<number, number> | undefined
  const ruleEnds = new Map<number, number>()
  for (const c of ctx.out) {
    if (c.type !== 'PERSON_NAME') continue
    // a transliterated name (古丽娜尔) is not re-read from its first characters either
    const translit = c.rule === 'name-transliterated'
    if (c.confidence < 0.85 && !translit) continue
    if (translit) (skip ??= new Uint8Array(text.length + 1)).fill(1, c.start, c.end)
    else {
      ruleNames ??= new Map()
      ruleNames.set(c.start, Math.max(ruleNames.get(c.start) ?? 0, c.confidence))
      ruleEnds.set(c.start, Math.max(ruleEnds.get(c.start) ?? 0, c.end))
    }
  }
  nameReadings(text, (r) => {
    if (r.start !== bestStart) {
      flush()
      bestStart = r.start
      bestP = -1
    }
    if (ruleNames !== undefined && r.end <= (ruleEnds.get(r.start) ?? -1)) return
    const p = nameScore(r.features)
    if (p > bestP) {
      bestP = p
      bestEnd = r.end
      bestBefore = r.before
      bestAfter = r.after
      bestSl = r.surnameLen
    }
  }, skip, true)
  flush()
  // pool the evidence of repeated strings
  const pooled = new Map<string, { miss: number; max: number; count: number }>()
  // a name the label, column and title rules found counts as a confirmed occurrence
  for (const c of ctx.out) {
    if (c.type !== 'PERSON_NAME' || c.confidence < 0.85 || c.end - c.start > 4) continue
    const key = text.slice(c.start, c.end)
    const e = pooled.get(key)
    if (e) {
      e.miss *= 1 - c.confidence
      e.max = Math.max(e.max, c.confidence)
      e.count++
    } else pooled.set(key, { miss: 1 - c.confidence, max: c.confidence, count: 1 })
  }
  for (let k = 0; k < starts.length; k++) {
    const key = text.slice(starts[k], ends[k])
    const e = pooled.get(key)
    const p = probs[k] ?? 0
    if (e) {
      e.miss *= 1 - p
      e.max = Math.max(e.max, p)
      e.count++
    } else pooled.set(key, { miss: 1 - p, max: p, count: 1 })
  }
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0
    const e = ends[k] ?? 0
    let p = probs[k] ?? 0
    const pool = pooled.get(text.slice(s, e))
    let confirmed = false
    if (pool && pool.count > 1 && pool.max >= 0.5 && !nameEmbeddedInWord(text, s, e)) {
      const q = Math.min(0.97, 1 - pool.miss)
      if (q > p) {
        p = q
        confirmed = true
      }
    }
    if (p < 0.5 && !confirmed && p < nameModelMinConfidence) continue
    const reasons = [surnameReason(sls[k] === 2 ? text.charCodeAt(s) * 65536 + text.charCodeAt(s + 1) : text.charCodeAt(s))]
    if (befores[k]) reasons.push(afterReason(befores[k] ?? ''))
    if (afters[k]) reasons.push(beforeReason(afters[k] ?? ''))
    reasons.push(likenessReason(Math.round((probs[k] ?? 0) * 100)))
    if (confirmed) reasons.push(confirmedReason)
    emitCandidate(ctx, 'PERSON_NAME', s, e, p, 'name-model', reasons)
    ctx.nameStarts.push(s)
  }
}

const TRANSLIT = new Uint8Array(65536)
for (const ch of transliterationChars) TRANSLIT[ch.charCodeAt(0)] = 1
const MIDDLE_DOTS = new Set([0xb7, 0x30fb, 0x2022, 0x2027, 0xff65, 0x2219])
const DOT_RE = /[\u00b7\u30fb\u2022\u2027\uff65\u2219]/g
const ETHNIC = new Map<number, string[]>()
const ETHNIC_FIRST = new Uint8Array(65536)
for (const w of ethnicNameStarts) {
  ETHNIC_FIRST[w.charCodeAt(0)] = 1
  ETHNIC.set(w.charCodeAt(0), [...(ETHNIC.get(w.charCodeAt(0)) ?? []), w])
}
const LATIN_SURNAMES = new Set(latinSurnames)
/** a romanised word: capitals (AUNG, LI) or a capitalised word (Kevin), hyphenated parts joined (LI-WEI, Jean-Pierre) */
const LATIN_WORD = '(?:[A-Z]{1,12}|[A-Z][a-z\\u00e0-\\u00ff]{1,11})(?:-(?:[A-Z]{1,12}|[A-Z][a-z\\u00e0-\\u00ff]{1,11}))*'
/** two to four such words, or a single hyphenated one (BAT-ERDENE) */
const LATIN_HYPHENATED = LATIN_WORD.replace(/\)\*$/, ')+')
const LATIN_NAME_RE = new RegExp(`\\b(?:(${LATIN_WORD})((?: ${LATIN_WORD}){1,3})|(${LATIN_HYPHENATED}))\\b`, 'g')
const HAS_LOWER = /[a-z\u00e0-\u00ff]/
const VOWEL = /[AEIOUYaeiouy\u00e0-\u00ff]/
const dotReason = 'transliterated name with a middle dot'
const ethnicReason = interned((w: string) => `transliterated name starting ${w}`)
const latinReason = interned((w: string) => `romanised surname ${w}`)
const pairReason = 'romanised name beside its Chinese form'
const cueLatinReason = 'romanised name after a role word'
const genderLatinReason = 'romanised name before its sex'
const roleTranslitReason = 'transliterated name after a role word'
const repeatReason = 'same name found elsewhere in this notice'

/** the role cue that ends at `i`, also across a label colon (审核人：额尔敦, 联系人：白玛央宗) */
function roleCueBefore(t: Tables, text: string, i: number): string {
  if (i <= 0) return ''
  const c = text.charCodeAt(i - 1)
  // (走访人：, 签收人：: any label ending in 人 before a colon announces a person)
  if (c === 0xff1a || c === 58) return i >= 2 ? cueEndingAt(text, i - 1, t.before) || (text.startsWith('姓名', i - 3) ? '姓名' : '') || (text.charCodeAt(i - 2) === 0x4eba && isCjk(text.charCodeAt(i - 3)) ? text.slice(i - 3, i - 1) : '') : ''
  return cueEndingAt(text, i, t.before)
}

/** an ordinary word (band ≥ 1, seen ≥ 1000 times) inside [s, e): 多次, 巴士 — not a transliterated name */
function hasWordInside(t: Tables, text: string, s: number, e: number): boolean {
  for (let a = s; a + 1 < e; a++) if (wordBand(t, text, a) >= 2) return true
  return false
}

/** Length of the transliteration run ending at `end` (going back), at most `max`. */
function translitBack(text: string, end: number, max: number): number {
  let s = end
  while (s > 0 && end - s < max && TRANSLIT[text.charCodeAt(s - 1)]) s--
  return end - s
}
function translitForward(text: string, start: number, max: number): number {
  let e = start
  while (e < text.length && e - start < max && TRANSLIT[text.charCodeAt(e)]) e++
  return e - start
}

/**
 * Names written in transliteration: 热依拉·艾买提 (parts of transliteration characters joined by a middle
 * dot), 古丽娜尔 (a well-known name start, then transliteration characters), and a romanised name written
 * beside a Chinese one (CHAN TAI MAN（陳大文）, LI WEIDONG（李卫东）).
 */
export function detectTransliteratedNames(ctx: ScanContext): void {
  const text = ctx.text
  const t = (tables ??= build())
  const emitted = new Set<number>()
  // the names the label, column and title rules read, by start: a longer transliterated name at the
  // same start replaces the Han reading of its first characters (申请人：乌云其其格, not 乌云)
  let ruleAt: Map<number, Candidate> | undefined
  const emit = (s: number, e: number, p: number, reasons: string[]): void => {
    if (ctx.tables.inHeader(s) || emitted.has(s)) return
    if (!ruleAt) {
      ruleAt = new Map()
      for (const c of ctx.out) if (c.type === 'PERSON_NAME') ruleAt.set(c.start, c)
    }
    const shorter = ruleAt.get(s)
    if (shorter && shorter.end < e && e - s >= 3) {
      p = Math.max(p, shorter.confidence)
      shorter.confidence = 0
    }
    emitted.add(s)
    emitCandidate(ctx, 'PERSON_NAME', s, e, p, 'name-transliterated', reasons)
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
      const r = translitForward(text, e + 1, 8)
      if (r < 2) break
      e += 1 + r
      parts++
    }
    if (parts === 0) continue
    emit(i - left, e, 0.9, [dotReason])
    DOT_RE.lastIndex = e
  }
  for (let i = 0; i < text.length - 2; i++) {
    if (!ETHNIC_FIRST[text.charCodeAt(i)]) continue
    const list = ETHNIC.get(text.charCodeAt(i))
    if (!list || TRANSLIT[text.charCodeAt(i - 1)]) continue
    let word = ''
    for (const w of list) if (text.startsWith(w, i)) word = w
    if (!word) continue
    const rest = translitForward(text, i + word.length, 4)
    const e = i + word.length + rest
    if (MIDDLE_DOTS.has(text.charCodeAt(e)) || MIDDLE_DOTS.has(text.charCodeAt(i - 1))) continue
    const before = cueEndingAt(text, i, t.before)
    const after = cueStartingAt(text, e, t.after)
    const nextBound = e >= text.length || (t.flags[text.charCodeAt(e)] ?? 0) & F_BOUND
    if (!before && !after && (!nextBound || e - i < 3)) continue
    const reasons = [ethnicReason(word)]
    if (before) reasons.push(afterReason(before))
    if (after) reasons.push(beforeReason(after))
    emit(i, e, before || after ? 0.85 : 0.7, reasons)
    if (before || after) found.push(text.slice(i, e))
    i = e
  }
  // a name of transliteration characters with no Han surname, right after a role word or a name label
  // and ending at a break or before a verb: 同事那日苏驾驶, 审核人：额尔敦, 法定代表人：卓玛央宗
  for (let i = 1; i < text.length - 1; i++) {
    if (!TRANSLIT[text.charCodeAt(i)] || TRANSLIT[text.charCodeAt(i - 1)]) continue
    const run = translitForward(text, i, 6)
    if (run < 2) continue
    const cue = roleCueBefore(t, text, i)
    if (!cue || emitted.has(i)) continue
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
    emit(i, e, after ? 0.8 : 0.75, reasons)
    found.push(text.slice(i, e))
    i = e
  }
  if (/[A-Z][A-Za-z]/.test(text)) detectLatinNames(ctx, t, emit, found)
  // document-level agreement for what this pass found: the same string elsewhere is the same person
  for (const name of new Set(found)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const prev = text.charCodeAt(at - 1)
      const next = text.charCodeAt(at + name.length)
      if ((isLatin(name) && (isLatinCode(prev) || isLatinCode(next))) || (!isLatin(name) && (TRANSLIT[prev] || TRANSLIT[next]))) continue
      emit(at, at + name.length, 0.8, [repeatReason])
    }
  }
}

const isLatinCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isLatin = (s: string): boolean => isLatinCode(s.charCodeAt(0))
const GENDER_AFTER = /^[，,（(]\s*[男女]/

function detectLatinNames(ctx: ScanContext, t: Tables, emit: (s: number, e: number, p: number, reasons: string[]) => void, found: string[]): void {
  const text = ctx.text
  LATIN_NAME_RE.lastIndex = 0
  for (let m = LATIN_NAME_RE.exec(text); m; m = LATIN_NAME_RE.exec(text)) {
    const first = m[1] ?? m[3] ?? ''
    const s = m.index
    const e = s + m[0].length
    // every part of a romanised name has a vowel (RT-PCR, DNA are abbreviations)
    if (!m[0].split(/[ -]/).every((w) => VOWEL.test(w))) continue
    // a hyphen or letter right after (LI-WEI-x, Server2): not a name's end
    if (text.charCodeAt(e) === 45) continue
    // beside its Chinese form, AUNG KO KO（昂哥哥）, or right after a name label
    const pair = /^ ?[（(]([\u4e00-\u9fff]{2,4})[）)，,]/.exec(text.slice(e, e + 8))
    const labelled = /(?:姓名|诉求人|申请人|来电人|当事人|英文名|拼音)[：:] ?$/.test(text.slice(Math.max(0, s - 8), s))
    const known = LATIN_SURNAMES.has(first)
    // Kevin Chow（周家乐）: a capitalised name pairs only with a Chinese name (a surname first)
    const titleCase = HAS_LOWER.test(m[0])
    if (pair && titleCase && !anchorAt(t, pair[1] ?? '', 0)) continue
    if (!pair && !labelled) {
      // a romanised name of two to four words in Chinese prose: after a role word or a verb that takes a
      // person (朋友LEUNG KA WAI, 对AUNG KO KO处以), or before its sex (SAI HTUN LIN，男)
      if (isLatinCode(text.charCodeAt(s - 1)) || (s > 0 && !isCjk(text.charCodeAt(s - 1)) && !(t.flags[text.charCodeAt(s - 1)] & F_BOUND))) continue
      const cue = roleCueBefore(t, text, s) || (s > 0 ? cueEndingAt(text, s, t.beforeVerb) : '')
      const gender = GENDER_AFTER.test(text.slice(e, e + 4))
      const cjkAround = isCjk(text.charCodeAt(s - 1)) || isCjk(text.charCodeAt(e)) || gender
      if (!cjkAround || (!cue && !gender) || m[0].split(' ').some((w) => w.length < 2)) continue
      emit(s, e, 0.8, [gender ? genderLatinReason : cueLatinReason, ...(cue ? [afterReason(cue)] : [])])
      found.push(m[0])
      continue
    }
    if (!known && !pair) continue
    emit(s, e, known ? 0.85 : 0.75, [known ? latinReason(first) : pairReason])
    if (pair) {
      const cs = e + (pair[0].length - (pair[1] ?? '').length - 1)
      emit(cs, cs + (pair[1] ?? '').length, 0.8, [pairReason])
    }
  }
}
