/**
 * Romanised names beside Chinese text: LI WEIDONG（李卫东）, 陈大文（英文姓名CHAN TAI MAN）, 朋友LEUNG KA WAI,
 * SAI HTUN LIN，男, Daniel MÜLLER（德国籍）. Part of the transliterated-name pass (name-transliterated.ts).
 */
import type { ScanContext } from '../scan-context'
import { latinSurnames } from '../data/name-cues'
import { quoting } from '../interned'
import { reason, type Reason } from '../reasons'
import { isCjk, F_BOUND, type Tables } from './name-tables'
import { cueEndingAt, anchorAt, afterReason } from './name-context'
import { scores } from '../data/scores'

const S = scores['transliterated-names']

const LATIN_SURNAMES = new Set(latinSurnames)
/**
 * a romanised word: capitals (AUNG, LI, MÜLLER) or a capitalised word (Kevin, Müller), hyphenated parts joined
 * (LI-WEI, Jean-Pierre), an elided prefix kept (O'Brien, D’Souza)
 */
const UPPER = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de'
const LOWER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff'
const LATIN_PART = `(?:[A-Z]['’])?(?:[${UPPER}]{1,12}|[${UPPER}][${LOWER}]{1,11})`
const LATIN_WORD = `${LATIN_PART}(?:-${LATIN_PART})*`
/** two to four such words, or a single hyphenated one (BAT-ERDENE) */
const LATIN_HYPHENATED = LATIN_WORD.replace(/\)\*$/, ')+')
const LATIN_NAME_RE = new RegExp(`\\b(?:(${LATIN_WORD})((?: ${LATIN_WORD}){1,3})|(${LATIN_HYPHENATED}))\\b`, 'g')
const HAS_LOWER = /[a-z\u00df-\u00ff]/
const VOWEL = /[AEIOUYaeiouy\u00c0-\u00de\u00e0-\u00ff]/
/** 陈大文（英文姓名CHAN TAI MAN）, 谭晓雪（Tan Xiaoxue: the romanised form in brackets after the Chinese name */
const CHINESE_BEFORE = /([\u4e00-\u9fff]{2,4})[（(](?:英文(?:姓)?名|拼音|外文名)?[：:]? ?$/
/** a nationality said next to the name: Lukas Becker为德国籍, Daniel MÜLLER（德国籍）, 老挝籍留学生SOUKSAVANH */
const NATIONALITY_AFTER = /^(?:[（(][\u4e00-\u9fff]{1,6}籍[）)]|[，,]?(?:为|是|系)[\u4e00-\u9fff]{1,6}籍(?!贯)|[，,][\u4e00-\u9fff]{1,6}籍[，,。；;])/
const NATIONALITY_BEFORE = /(?:[\u4e00-\u9fff]{1,6}国?籍[\u4e00-\u9fff]{0,4}|外籍人员|男方|女方)[：:]?$/
const latinReason = quoting('latinSurname', 'surname')
const pairReason = reason('latinPair')
const cueLatinReason = reason('roleLatin')
const genderLatinReason = reason('genderLatin')
const nationalityLatinReason = reason('nationalityLatin')
export const isLatinCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const GENDER_AFTER = /^[，,（(]\s*[男女]/

/** the role cue that ends at `i`, also across a label colon (审核人：额尔敦, 联系人：白玛央宗) */
export function roleCueBefore(t: Tables, text: string, i: number): string {
  if (i <= 0) return ''
  const c = text.charCodeAt(i - 1)
  // (走访人：, 签收人：: any label ending in 人 before a colon announces a person)
  if (c === 0xff1a || c === 58) return i >= 2 ? cueEndingAt(text, i - 1, t.before) || (text.startsWith('姓名', i - 3) ? '姓名' : '') || (text.charCodeAt(i - 2) === 0x4eba && isCjk(text.charCodeAt(i - 3)) ? text.slice(i - 3, i - 1) : '') : ''
  return cueEndingAt(text, i, t.before)
}

/** Romanised names: labelled, beside their Chinese form, after a role word or a verb, before their sex or nationality. */
export function detectLatinNames(ctx: ScanContext, t: Tables, emit: (s: number, e: number, p: number, reasons: Reason[]) => void, found: string[]): void {
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
    const nationalityAfter = NATIONALITY_AFTER.test(text.slice(e, e + 10))
    const pair = nationalityAfter ? null : /^ ?[（(](?:中文名[：:]?)?([\u4e00-\u9fff]{2,4})[）)，,]/.exec(text.slice(e, e + 12))
    // the reverse: the Chinese name first, this form in brackets after it
    const before = CHINESE_BEFORE.exec(text.slice(Math.max(0, s - 12), s))
    const han = before?.[1] ?? ''
    // (a romanised surname among its words: 办公软件（Microsoft Office） is not a person)
    const romanisedSurname = m[0].split(/[ -]/).some((w) => LATIN_SURNAMES.has(w.toUpperCase()))
    if (!pair && han && romanisedSurname && /^ ?[）)]/.test(text.slice(e, e + 2)) && [3, 2, 4].some((n) => han.length >= n && anchorAt(t, han.slice(-n), 0))) {
      emit(s, e, S.latinPair, [pairReason])
      found.push(m[0])
      continue
    }
    const labelled = /(?:姓名|诉求人|申请人|来电人|当事人|英文名|拼音)[：:] ?$/.test(text.slice(Math.max(0, s - 8), s))
    const known = LATIN_SURNAMES.has(first)
    // Kevin Chow（周家乐）: a capitalised name pairs only with a Chinese name (a surname first)
    const titleCase = HAS_LOWER.test(m[0])
    if (pair && titleCase && !anchorAt(t, pair[1] ?? '', 0)) continue
    if (!pair && !labelled) {
      // a romanised name of two to four words in Chinese prose: after a role word or a verb that takes a
      // person (朋友LEUNG KA WAI, 对AUNG KO KO处以), or before its sex (SAI HTUN LIN，男)
      if (isLatinCode(text.charCodeAt(s - 1)) || (s > 0 && !isCjk(text.charCodeAt(s - 1)) && !(t.flags[text.charCodeAt(s - 1)] & F_BOUND))) continue
      const nationality = NATIONALITY_BEFORE.exec(text.slice(Math.max(0, s - 12), s))?.[0] ?? ''
      const cue = roleCueBefore(t, text, s) || (s > 0 ? cueEndingAt(text, s, t.beforeVerb) : '') || nationality
      const gender = GENDER_AFTER.test(text.slice(e, e + 4))
      const cjkAround = isCjk(text.charCodeAt(s - 1)) || isCjk(text.charCodeAt(e)) || gender
      if (!(cjkAround || nationalityAfter) || (!cue && !gender && !nationalityAfter) || m[0].split(' ').some((w) => w.length < 2)) continue
      const why = gender ? genderLatinReason : nationalityAfter ? nationalityLatinReason : cueLatinReason
      emit(s, e, S.latinWithCue, [why, ...(cue ? [afterReason(cue)] : [])])
      found.push(m[0])
      continue
    }
    if (!known && !pair) continue
    emit(s, e, known ? S.latinKnownSurname : S.latinUnknownSurname, [known ? latinReason(first) : pairReason])
    if (pair) {
      const cs = e + (pair[0].length - (pair[1] ?? '').length - 1)
      emit(cs, cs + (pair[1] ?? '').length, S.latinPair, [pairReason])
    }
  }
}
