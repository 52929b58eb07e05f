/**
 * Where a name-like string is, here, a word or a place (常青藤, 江山市), and where a given name alone
 * stands for someone named in full elsewhere in the notice (…李秀英… 秀英说).
 */
import { getTables, pairKey, tripleGet, isCjk, NON_NAME_PAIRS, NOT_SURNAME, F_PLACE, F_BOUND, F_END } from './name-tables'
import { CodeSet } from '../int-tables'
import { yiClanNames } from '../data/name-cues'
import { cueEndingAt, cueStartingAt, wordBand, inIdiom, orgAhead, orgRunsOn } from './name-context'

/**
 * Whether the name-like string at [s, e) is, here, part of a word or a place rather than a name:
 * 常青藤, 掌声雷鸣, 金凤村, 江山市. Document-level agreement (repeats.ts) does not propagate into these.
 */
export function nameEmbeddedInWord(text: string, s: number, e: number, known = false): boolean {
  const t = getTables()
  if (orgAhead(text, s) || orgRunsOn(t, text, e)) return true
  const next = text.charCodeAt(e)
  if (t.flags[next] & F_PLACE) return true
  if (cueStartingAt(text, e, t.afterOrg)) return true
  if (wordBand(t, text, e - 1) >= 1 || wordBand(t, text, s - 1) >= 2) return true
  if (e - s === 2 && e < text.length && tripleGet(t.word3, text.charCodeAt(s), text.charCodeAt(s + 1), next) > 0) return true
  if (e - s === 2 && tripleGet(t.place3, text.charCodeAt(s), text.charCodeAt(s + 1), next) > 0) return true
  if (inIdiom(t, text, s, e)) return true
  // quoted alone (“明月”诗词朗诵会): the title of an event or a work
  if ((text.charCodeAt(s - 1) === 0x201c || text.charCodeAt(s - 1) === 0x300c) && (next === 0x201d || next === 0x300d)) return true
  // a name that is also a word (高峰, 文明, 雷鸣, 马力, 和平) is that word wherever nothing around it says
  // "a person": no role word or verb before, no verb after, no break on both sides
  const frequentWord = (e - s === 2 && (wordBand(t, text, s) >= 1 || t.nameLike.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1))) || NON_NAME_PAIRS.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1))))) || (e - s === 3 && tripleGet(t.word3, text.charCodeAt(s), text.charCodeAt(s + 1), text.charCodeAt(s + 2)) > 0)
  if (!frequentWord) return false
  // 本季度常青按要求…, 常青未接听: a name confirmed elsewhere in the notice, then the subject of what follows it
  // (a one-character adverb that begins a word is that word: 常胜|将军)
  if (known) {
    const subject = SUBJECT_AFTER.exec(text.slice(e, e + 2))
    if (subject && (subject[0].length > 1 || wordBand(t, text, e) < 1)) return false
    // ，高峰伸手…, 的高峰误触…, 对高峰给予…, “和平当了…: set off before by a break or a particle, and nothing after it
    // that makes a word of a time, a place or an event of it (高峰时段, 江山市, 和平街道, 黎明前, 文明城市)
    const prevCode = text.charCodeAt(s - 1)
    const setOff = s === 0 || ((t.flags[prevCode] ?? 0) & F_BOUND) !== 0 || PARTICLE_BEFORE.has(prevCode)
    // (“常青树”, “常胜烟酒商行”: a quoted name of a thing, which the quotation mark sets off too)
    const quoted = prevCode === 0x201c || prevCode === 0x300c || prevCode === 0x300a
    if (setOff && !quoted && isCjk(next) && !WORD_SENSE_AFTER.has(next) && wordBand(t, text, e) < 2) return false
  }
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
/**
 * What follows the subject of a clause and no noun used as a modifier: adverbs and verbs of a person (未接听,
 * 同时向双方…, 情绪低落, 生前). Counted only for a name the notice has confirmed elsewhere.
 */
const SUBJECT_AFTER = /^(?:同时|近|未|已经|也|还|曾|按|最近|每天|一边|本人|生前|出现|回复|没有|便|却|又|才|仍|正在|主动|一直|当即|立即|马上|后来|情绪|说|称|讲|表示|反映|告诉|介绍|用|带|随|被|把|将|判定|确诊|周末|平时|目前|现在|今年|去年|每周|每月|因|答应|同意|拒绝|承诺|白天|晚上|夜里|早上|拍照|左侧|右侧|有一)/
/** a particle or preposition before a name confirmed elsewhere (的高峰, 对高峰, 由江山) */
const PARTICLE_BEFORE = new CodeSet('的对由与和及让被向给为同跟')
/** what, after a word that is also a name, makes it the word: a time, a place, an event, a kind (高峰时段, 江山市, 文明城市) */
const WORD_SENSE_AFTER = new CodeSet('时期前后段值会论路街巷道村组市区县镇乡苑园城楼院校中小大型式性化杯奖赛节号藤树坡山岭湾寨庄屯水负副')
/** an opening quote or bracket: what follows is a title or a term (“春雷助童”基金), no clause's subject */
const OPENING = new CodeSet('“‘「『《〈【（(')
const SAYS = new Uint8Array(65536)
for (const c of '说称讲') SAYS[c.charCodeAt(0)] = 1

const YI_CLANS = new Set(yiClanNames)

/**
 * The two given characters of a Han name of a surname and two given characters (李秀英 → 秀英, 欧阳明轩 →
 * 明轩) or of a Yi name after its clan name (沙马拉且 → 拉且), or ''.
 */
export function givenNameOf(name: string): string {
  const t = getTables()
  if (name.length === 4 && (t.compound.has(pairKey(name.charCodeAt(0), name.charCodeAt(1))) || YI_CLANS.has(name.slice(0, 2)))) return name.slice(2)
  if (name.length === 3 && t.surname[name.charCodeAt(0)] !== NOT_SURNAME && isCjk(name.charCodeAt(1)) && isCjk(name.charCodeAt(2))) return name.slice(1)
  return ''
}

/**
 * Whether [s, e), the given name of someone named in full elsewhere in the notice, stands here for that
 * person (…李秀英… 秀英说, 了解到宇航在校): no word or place runs across either edge, and it is set off
 * before (a break, a role word, a verb or particle) and after (a break, a verb, a particle, a new word).
 */
export function givenNameMentionAt(text: string, s: number, e: number): boolean {
  const t = getTables()
  if (s > 0 && wordBand(t, text, s - 1) >= 1) return false
  // (the person is known: named in full elsewhere)
  if (nameEmbeddedInWord(text, s, e, true)) return false
  const prev = s > 0 ? text.charCodeAt(s - 1) : 10
  // another surname right before: another person's full name (王秀英), not this one's given name
  if (s > 0 && t.surname[prev] !== NOT_SURNAME && !(t.flags[prev] & F_END) && !cueEndingAt(text, s, t.beforeVerb)) return false
  const cueBefore = s > 0 && (cueEndingAt(text, s, t.before) !== '' || cueEndingAt(text, s, t.beforeVerb) !== '')
  const cueAfter = cueStartingAt(text, e, t.after) !== ''
  // a given name that is a frequent word (双方, 今年) is that word, unless names are written so (建国);
  // one that is also a word (民生, 建国): only with a cue word beside it
  const band = wordBand(t, text, s)
  if (band >= 2 && !t.givenPair.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1)))) return false
  if (band >= 1 || t.nameLike.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1)))) {
    // (文明家庭, 和谐家庭: a word before 家庭 is a kind of household, not a person's)
    if ((cueBefore || cueAfter) && !text.startsWith('家庭', e)) return true
    // ，思远近一个月常独自…: set off before and the subject of what follows
    const leftBound = s === 0 || (t.flags[prev] & F_BOUND) !== 0
    const subject = leftBound ? SUBJECT_AFTER.exec(text.slice(e, e + 2)) : null
    return subject !== null && (subject[0].length > 1 || wordBand(t, text, e) < 1)
  }
  // (说思雨这学期…, 让晓敏能连着睡: a given name no word is written with is the person's wherever it stands — the
  // full name was found in the document, and no word runs across its ends)
  // (“春雷助童”基金: opening a quotation, it begins a title's words)
  if (!OPENING.has(prev) && !t.nameLike.has(pairKey(text.charCodeAt(s), text.charCodeAt(s + 1))) && wordBand(t, text, e - 1) < 1) return true
  const leftBound = s === 0 || (t.flags[prev] & F_BOUND) !== 0
  // (补贴发放至淑英本人: a two-character cue after it — 本人, 表示, 反映 — says "a person" whatever runs on before)
  if (!(leftBound || t.flags[prev] & F_END || cueBefore || cueStartingAt(text, e, t.after).length >= 2)) return false
  const next = e < text.length ? text.charCodeAt(e) : 10
  // (子墨8岁: an age after it; ，德明既往有…: a clause's subject, set off by the break before it — no
  // word runs across its end, which nameEmbeddedInWord has ruled out)
  return (t.flags[next] & (F_BOUND | F_END)) !== 0 || cueAfter || wordBand(t, text, e) >= 1 || (next >= 48 && next <= 57) || (leftBound && prev !== 10 && !OPENING.has(prev) && isCjk(next))
}
