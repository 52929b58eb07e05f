/**
 * What surrounds a name reading: the cue words before and after it, ordinary words across its edges,
 * idioms, organisations running on, and the 、-list items beside it.
 */
import { quoting } from '../interned'
import { CodeSet } from '../int-tables'
import { BODY } from './health-grammar'
import { getTables, pairKey, isCjk, tripleGet, NOT_SURNAME, F_END, type CueIndex, type Tables } from './name-tables'

/** The cue word in `lists` that ends at `end` (before a name), or ''. */
export function cueEndingAt(text: string, end: number, lists: CueIndex): string {
  if (end >= 2) {
    const list = lists.pairList(pairKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1)))
    if (list) {
      for (const w of list) {
        if (end - w.length < 0 || !text.startsWith(w, end - w.length)) continue
        // a two-character cue whose first character ends a frequent word is no cue (确保|安全, not 保安), unless that
        // word is a preposition before a pronoun (与其父, 对其妻: 与|其父, not the conjunction 与其)
        if (w.length === 2 && end >= 3 && !(PRONOUN_AFTER_PREPOSITION.has(text.charCodeAt(end - 2)) && PREPOSITION.has(text.charCodeAt(end - 3))) && getTables().word2.get(pairKey(text.charCodeAt(end - 3), text.charCodeAt(end - 2)), 0) >= 2) continue
        return w
      }
    }
  }
  const one = lists.one(text.charCodeAt(end - 1))
  // a one-character cue that ends a word is that word's (孩子, 拭子, 已经): no cue
  return one && end >= 2 && getTables().word2.get(pairKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1)), 0) >= 1 ? '' : one
}
/** prepositions and conjunctions that take a person: 与其父, 向其子, 对其妻 */
const PREPOSITION = new CodeSet('与和同跟向对给由被让叫替帮将把')
/** a pronoun a kinship cue starts with (其父, 其妻) */
const PRONOUN_AFTER_PREPOSITION = new CodeSet('其')
/** 和, 与, 及, 同, 跟: conjunctions, most of them surnames too */
export const CONJUNCTION = new CodeSet('和与及同跟')

/** an ordinary word of two characters, or of three starting with a surname (班主任), starts at `at` */
export function wordStartsAt(t: Tables, text: string, at: number): boolean {
  return wordBand(t, text, at) >= 1 || tripleGet(t.word3, text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2)) > 0
}

/** a class of people within a few characters (和学龄儿童, 与在校学生): what a conjunction before it joins */
export const PEOPLE_AHEAD = /^[\u4e00-\u9fff]{0,3}(?:儿童|学生|家属|老人|群众|居民|村民|患者|人员|妇女|家长|教师|老师|职工|工人|干部|医生|护士)/

const ROLE_SUFFIX = new Uint8Array(65536)
for (const c of '员工师人科') ROLE_SUFFIX[c.charCodeAt(0)] = 1

const CLOSING = new Uint8Array(65536)
for (const c of '）)') CLOSING[c.charCodeAt(0)] = 1
const OPENING_BRACKET = new Uint8Array(65536)
for (const c of '（(') OPENING_BRACKET[c.charCodeAt(0)] = 1

/**
 * The role word that ends at `end`: a listed one (网格员, 来访人), or one built like them — an ordinary
 * word and a role or unit suffix (水管+员, 来信+人, 感染+科, 药剂+科; not 实验+室, a room) — or ''.
 */
export function roleWordBefore(t: Tables, text: string, end: number): string {
  const listed = cueEndingAt(text, end, t.before)
  // 商铺业主（房东）江山称: a role word in brackets right before, as a form writes who someone is
  if (!listed && end >= 4 && CLOSING[text.charCodeAt(end - 1)]) {
    const inner = cueEndingAt(text, end - 1, t.before)
    if (inner && OPENING_BRACKET[text.charCodeAt(end - 2 - inner.length)]) return inner
  }
  if (listed || end < 3 || !ROLE_SUFFIX[text.charCodeAt(end - 1)]) return listed
  // (the word before the suffix is the stronger reading: 管理|科, not 理科)
  const w = wordBand(t, text, end - 3)
  return w >= 1 && wordBand(t, text, end - 2) < w ? text.slice(end - 3, end) : ''
}

const UNIT_SUFFIX = new Uint8Array(65536)
for (const c of '部室办所站队组') UNIT_SUFFIX[c.charCodeAt(0)] = 1

const ITEM_START = new Uint8Array(65536)
for (const c of '\n、，,；;：:.．）)') ITEM_START[c.charCodeAt(0)] = 1

/** 2.磨滩村|夏红兵, 、王岗村|李秀英: a village of two or three characters opening a list item, ending at `end`, or '' */
function villageOpening(text: string, end: number): string {
  if (text.charCodeAt(end - 1) !== 0x6751) return ''
  for (let len = 3; len <= 4; len++) {
    const s = end - len
    if (s < 0) return ''
    let cjk = true
    for (let i = s; i < end - 1; i++) if (!isCjk(text.charCodeAt(i))) cjk = false
    if (cjk && (s === 0 || ITEM_START[text.charCodeAt(s - 1)])) return text.slice(s, end)
  }
  return ''
}

/**
 * an office's unit ending at `end` — a word and 部/室/办/所…, or …中心 (康复部, 法制室, 就业指导中心) — or a
 * village opening a list item (2.磨滩村夏红兵), or ''
 */
export function unitWordBefore(t: Tables, text: string, end: number): string {
  const village = villageOpening(text, end)
  if (village) return village
  if (end >= 4 && text.charCodeAt(end - 2) === 0x4e2d && text.charCodeAt(end - 1) === 0x5fc3) return wordBand(t, text, end - 4) >= 1 ? text.slice(end - 4, end) : ''
  if (end < 3 || !UNIT_SUFFIX[text.charCodeAt(end - 1)]) return ''
  const w = wordBand(t, text, end - 3)
  return w >= 1 && wordBand(t, text, end - 2) < w ? text.slice(end - 3, end) : ''
}

/** The cue word in `lists` that starts at `start` (after a name), or ''. */
export function cueStartingAt(text: string, start: number, lists: CueIndex): string {
  const list = lists.pairList(pairKey(text.charCodeAt(start), text.charCodeAt(start + 1)))
  if (list) for (const w of list) if (text.startsWith(w, start)) return w
  return lists.one(text.charCodeAt(start))
}

export function wordBand(t: Tables, text: string, a: number): number {
  if (a < 0 || a + 1 >= text.length) return 0
  return t.word2.get(pairKey(text.charCodeAt(a), text.charCodeAt(a + 1)), 0)
}

/** a four-character idiom in the text that covers [s, e) */
export function inIdiom(t: Tables, text: string, s: number, e: number): boolean {
  for (let a = Math.max(0, e - 4); a <= s && a + 4 <= text.length; a++) {
    if (!t.idiomFirst[text.charCodeAt(a)]) continue
    if (t.idiom.get(pairKey(text.charCodeAt(a), text.charCodeAt(a + 1)), pairKey(text.charCodeAt(a + 2), text.charCodeAt(a + 3)), 0) === 1) return true
  }
  return false
}

const ADMIN_START = new Uint8Array(65536)
for (const c of '区县市省镇乡村') ADMIN_START[c.charCodeAt(0)] = 1
const ORG_AHEAD = /^.{1,4}?(?:中心|联|委|府|局|院|办|所|队|部|会|站)/

/** 区疾控中心, 区残联, 县政府: an administrative unit's organisation, not a person surnamed 区 */
export function orgAhead(text: string, s: number): boolean {
  return ADMIN_START[text.charCodeAt(s)] === 1 && ORG_AHEAD.test(text.slice(s + 1, s + 8))
}

/** a surname (single or compound) at `i` */
export function anchorAt(t: Tables, text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return t.surname[c] !== NOT_SURNAME || (t.compoundFirst[c] === 1 && t.compound.has(pairKey(c, text.charCodeAt(i + 1))))
}

/** a surname-led segment of two to four characters (spaces aside) that is no ordinary word ends at `end` */
export function nameEndsAt(t: Tables, text: string, end: number): boolean {
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
export function beforeParen(text: string, end: number): number {
  const c = text.charCodeAt(end - 1)
  if (c !== 0xff09 && c !== 41) return end
  for (let p = end - 2; p >= 0 && end - p < 12; p--) {
    const o = text.charCodeAt(p)
    if (o === 0xff08 || o === 40) return p
  }
  return end
}

/** the 、-list item that ends at `end` (exclusive) is a name: 李海波、 阳 波、 许美玲（女）、 上寨组石永福、 */
export function listItemIsName(t: Tables, text: string, end: number): boolean {
  return nameEndsAt(t, text, beforeParen(text, end))
}

/** the 、-list item that starts at `start` is a name (its first characters, or those before its end) */
export function nextItemIsName(t: Tables, text: string, start: number): boolean {
  let e = start
  while (e < text.length && e - start < 10 && (isCjk(text.charCodeAt(e)) || text.charCodeAt(e) === 32)) e++
  // 莫金莲外出务工、 下寨组莫金莲外出: a surname that is no ordinary word's first character, early in the item
  // (not one that ends a word: 各项工作)
  // (a closed item of four characters led by a single surname is no name: 金叶女贞)
  const fourLed = e - start === 4 && e < text.length && !(t.compoundFirst[text.charCodeAt(start)] === 1 && t.compound.has(pairKey(text.charCodeAt(start), text.charCodeAt(start + 1))))
  for (let p = start; p < start + 6 && p + 2 <= e; p++) if (!(p === start && fourLed) && anchorAt(t, text, p) && wordBand(t, text, p) < 1 && (p === start || wordBand(t, text, p - 1) < 1)) return true
  return nameEndsAt(t, text, e)
}

const ORG_END = new Uint8Array(65536)
for (const c of '队会社所院部厂店站局司校馆园中组团协') ORG_END[c.charCodeAt(0)] = 1

/** the characters after `end` run on, with no break, into an organisation name: 常青藤志愿服务队 */
export function orgRunsOn(t: Tables, text: string, end: number): boolean {
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

export const afterReason = quoting('afterWord', 'word')
export const beforeReason = quoting('followedBy', 'word')

/** a medicine, food or animal word that covers the surname and the next character of [s, e) (华法林, 阿莫西林) */
export function thingAt(t: Tables, text: string, s: number, e: number): boolean {
  for (let a = Math.max(0, s - 2); a <= s; a++) {
    if (!t.thingStart.has(pairKey(text.charCodeAt(a), text.charCodeAt(a + 1)))) continue
    for (let len = Math.max(2, s + 2 - a); len <= 4 && a + len <= Math.max(e, s + 2) + 2; len++) if (t.things.has(text.slice(a, a + len))) return true
  }
  return false
}
/** the 、-list item starting at `start` begins with such a word */
export function thingAfter(t: Tables, text: string, start: number): boolean {
  if (!t.thingStart.has(pairKey(text.charCodeAt(start), text.charCodeAt(start + 1)))) return false
  for (let len = 2; len <= 4; len++) if (t.things.has(text.slice(start, start + len))) return true
  return false
}
/** the 、-list item ending at `end` ends with such a word */
export function thingBefore(t: Tables, text: string, end: number): boolean {
  if (end < 2 || !t.thingEnd.has(pairKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1)))) return false
  for (let len = 2; len <= 4 && end - len >= 0; len++) if (t.things.has(text.slice(end - len, end))) return true
  return false
}

/** what follows 等 at the end of a list of people: 等人, 等3名, 等同志, 等村民 */
const PEOPLE_AFTER_DENG = /^(?:[0-9一二三四五六七八九十两数多几]|人|同志|名|位|户|家|员|干部|群众|村民|居民|职工|患者|病人|对象|学生|老人|儿童|党员|农户|代表|先进|个人|成员|工作人员|相关人员)/

const NUMERAL = new CodeSet('一二三四五六七八九十两0123456789')
/** a count of places or units closing a list (王庄、金凤、大李三个村; 两个社区) */
const COUNTED_PLACES = /^[一二三四五六七八九十两0-9]+个(?:村|社区|组|乡镇|镇|乡|街道|小区|单位|企业|部门|科室)/

/**
 * the 、-list running on from `end` closes with 等 and a word for things (异烟肼、利福平、乙胺丁醇等抗结核药物), or
 * with a count of places (王庄、金凤、大李三个村)
 */
export function thingListAhead(text: string, end: number): boolean {
  for (let i = end; i < text.length && i - end < 40; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x7b49) return isCjk(text.charCodeAt(i + 1)) && !PEOPLE_AFTER_DENG.test(text.slice(i + 1, i + 5))
    if (i > end && NUMERAL.has(c) && COUNTED_PLACES.test(text.slice(i, i + 8))) return true
    if (c !== 0x3001 && !isCjk(c)) return false
  }
  return false
}

/** a side (左, 右, 双) and the first character of a body part after it */
const SIDE = new CodeSet('左右双')
const BODY_PART = new CodeSet(BODY)
/** A side at `i` and a body part right after it (王秀英|左足…, 次仁卓玛|左胫腓骨…): a medical note opens there, no name goes on. */
export function sideBeforeBody(text: string, i: number): boolean {
  return SIDE.has(text.charCodeAt(i)) && BODY_PART.has(text.charCodeAt(i + 1))
}
