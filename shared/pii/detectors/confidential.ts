/**
 * CONFIDENTIAL_MARKER: drafting-stage and classification marks that say a text must not be published
 * as is — 征求意见稿, 讨论稿, 内部资料, 请勿外传, 秘密★1年 … — with the brackets they stand in.
 * A bare （内部） qualifier is reported below the default threshold: in titles such as
 * "留言办理情况汇总（内部）" it is how offices label working summaries, and the labelled sample does not mark it.
 */
import { emit, type ScanContext } from '../scan-context'
import { withReason } from '../interned'
import { reason, reasonWith } from '../reasons'
import { CodeSet } from '../int-tables'
import { confidentialMarkers, handlingInstructions } from '../data/confidential-lexicon'
import { scores } from '../data/scores'

const S = scores.confidential

const OPEN = '（(【[〔'
const CLOSE = '）)】]〕'
const HANDLING = new Set(handlingInstructions)
/** The sentence speaks of the document itself: 本材料为内部资料，请勿外传. */
const DOCUMENT_WORDS = '材料|文件|件|通报|报告|纪要|表|名单|资料|简报|通知|快报|记录|笔录|档案|台账|手册|个案|日志|月报'
const ABOUT_DOCUMENT = new RegExp(`本(?:${DOCUMENT_WORDS})|此件|该材料|该文件|资料|文件|材料|传阅|内部|纪要|通报|名单|简报|台账`)
const SENTENCE_END = new CodeSet('。！？\n')
/**
 * A clause that says the document holds private matters, right before an instruction to its readers (涉及患者隐私 请勿外传,
 * 本稿涉及群众隐私，仅供村两委成员核对): the instruction is the document's mark, and the clause is part of it.
 */
const PRIVACY_LEAD = new RegExp(`(?:(?:本|此)(?:${DOCUMENT_WORDS}|稿|单))?(?:涉及|含有|载有|包含|属于)[^，。；;\\n]{0,6}?(?:隐私|个人信息)[ \\t，,]*$`)
/** Where the privacy clause before `start` begins, or -1. */
function privacyLead(text: string, start: number): number {
  const m = PRIVACY_LEAD.exec(text.slice(Math.max(0, start - 24), start))
  return m ? start - m[0].length : -1
}

/** The sentence around [start, end), at most 40 characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start
  while (s > 0 && start - s < 40 && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--
  let e = end
  while (e < text.length && e - end < 40 && !SENTENCE_END.has(text.charCodeAt(e))) e++
  return text.slice(s, e)
}

const MARKS = new RegExp(confidentialMarkers.map((w) => w.replace(/[★*]/g, '')).sort((a, b) => b.length - a.length).join('|'), 'g')

/** A break between two cells of a line: a line break, or a gap of two spaces or more (ideographic ones normalised). */
function cellBreakBefore(text: string, i: number): boolean {
  return text.charCodeAt(i - 1) === 10 || (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 32)
}
function cellBreakAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 32)
}

/**
 * Alone on its line, or in its own cell of a heading line (交接班记录  …  院内资料 不得外传), with other marks at most
 * (内部资料 注意保存, 仅供院内交流 请勿外传): a header or footer mark.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  let s = start
  while (s > 0 && start - s < 40 && !cellBreakBefore(text, s)) s--
  let e = end
  while (e < text.length && e - end < 40 && !cellBreakAt(text, e)) e++
  const rest = (text.slice(s, start) + text.slice(end, e)).replace(MARKS, '').replace(READERSHIP_ANYWHERE, '').replace(/[\s（）()【】〔〕[\]：:，,。.]/g, '')
  return rest.length <= 2
}

const STAR_TAIL = /^\s*[★*]\s*(?:[0-9一二三四五六七八九十]+年|长期)?/
/** A classification's period set off without a star: 机密·1年, 秘密 长期. */
const PERIOD_TAIL = /^\s*[·\s]?\s*(?:[0-9一二三四五六七八九十]+年|长期)/
/** 密级：秘密, 保密等级为机密: a classification field names the document's level. */
const LEVEL_LABEL = /(?:密级|(?:秘密|保密)等级)\s*(?:[:：]|为)?\s*$/
/** Drafting words that mark a draft only in brackets or alone on their line: 方案（第二稿）, 条例（草案）; 方案尚未定稿 is a sentence. */
/** (保密档案, 涉密档案: a heading's words on a line of their own; in a sentence, the archives a school keeps) */
const BRACKET_ONLY = new Set(['保密', '未定稿', '草案', '第二稿', '第三稿', '第四稿', '二稿', '三稿', '审定稿', '修订稿', '保密档案', '涉密档案', '密件'])

/** Handling instructions addressed to the readers (not a promise the office makes). */
const IMPERATIVE = /^(?:请勿|不得|严禁|禁止)/
/** Inside a bracketed note on this line: an unclosed （ or ( before `pos`. */
function inBracketNote(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && pos - i <= 80; i--) {
    const c = text[i]
    if (c === '（' || c === '(') return true
    if (c === '）' || c === ')' || c === '\n') return false
  }
  return false
}

/**
 * Who may read it (仅限院内传达, 仅限本园教职工知悉, 只限内部传阅): a scope of readership limits the document
 * itself; so does one it may be used in (仅供内部工作参考 as a mark, 仅在本系统内传阅), and a use it is limited to
 * where it is a mark or said of the document (（仅供院内质控使用）, 本名单仅限经办人员审核使用).
 */
const READERSHIP =
  /(?:仅限|仅供|只限|只供|限于)[^，。；;\n（）()、]{0,10}?(?:传达|知悉|传阅|阅知|阅读|参阅|查阅|拆阅|掌握|交流|使用(?=$|[，。；;\n）)】]))|(?:仅供|只供)[^，。；;\n（）()、]{1,10}?参考(?=$|[，。；;\n）)])|(?:仅在|只在|限在)[^，。；;\n（）()、]{1,10}?内(?:传达|传阅|使用)/g

/** the same, for standsAlone's replace (a separate object: detectReadership walks READERSHIP's lastIndex) */
const READERSHIP_ANYWHERE = new RegExp(READERSHIP.source, 'g')

/** 本材料, 此件: the document speaking of itself, right before the scope or as the subject of its sentence */
const OWN_DOCUMENT_BEFORE = new RegExp(`(?:本|此)(?:${DOCUMENT_WORDS})[^，。；\\n]{0,2}$`)
const OWN_DOCUMENT_SENTENCE = new RegExp(`^\\s*(?:本|此)(?:${DOCUMENT_WORDS}|台账|手册)`)

function detectReadership(ctx: ScanContext): void {
  const text = ctx.text
  READERSHIP.lastIndex = 0
  for (let m = READERSHIP.exec(text); m; m = READERSHIP.exec(text)) {
    let start = m.index
    let end = start + m[0].length
    // （此件仅供…参阅）: the document's own name before the scope belongs to the bracketed mark
    const own0 = /(?:此件|本件|本材料|本文件|本通报|本资料)$/.exec(text.slice(Math.max(0, start - 4), start))
    const opener = own0 ? text[start - own0[0].length - 1] : undefined
    if (own0 && opener !== undefined && OPEN.includes(opener)) start -= own0[0].length
    if (start > 0 && end < text.length && OPEN.includes(text[start - 1]) && CLOSE.includes(text[end])) {
      start--
      end++
    }
    // 本通报仅限院内传达, （仅限本园教职工知悉）: the document's readers; 该信息仅限…知悉 is about information in it
    // (本材料用于帮扶工作，仅供内部工作参考: the sentence is about the document, wherever its subject stands)
    const lead = privacyLead(text, start)
    if (lead >= 0) start = lead
    const own = lead >= 0 || inBracketNote(text, m.index) || standsAlone(text, start, end) || OWN_DOCUMENT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || OWN_DOCUMENT_SENTENCE.test(sentenceAround(text, m.index, m.index))
    // (仅供院内质控使用, （仅限本单位职业健康管理使用）: a use the document is limited to, as a mark or said of the
    // document; in a sentence about something else (该款项仅限用于…使用) it is that thing's purpose)
    if (m[0].endsWith('使用') && !own) continue
    emit(ctx, 'CONFIDENTIAL_MARKER', start, end, own ? S.readership : S.readershipOfDiscretion, 'confidential-marker', own ? [reason('readership')] : [reason('readership'), reason('discretion')])
  }
}

/**
 * A handling instruction in other words (不得翻印、转载, 本材料不得扩散, 严禁复制, 严禁截图转发), a weaker one that counts only
 * in brackets or on a line of its own (（请勿公开）, 阅后销毁, 注意保管, 内部掌握), a drafting word in brackets
 * (（代拟稿）, （未定稿）), a scope of distribution (此件发至县级, （限发至科室）) and a disclosure or secrecy field
 * (公开方式：不公开, 保密期限：长期). Each must close its clause: a rule about something named after the verb
 * (严禁复制考试材料) is not a mark.
 */
const VERB = '(?:翻印|翻拍|复印|复制|转载|扩散|外传|转发|外泄|外发|传播|摘抄|翻录|上网|引用|张贴|带走|截图|截屏|拍照)'
const NOT = '(?:请勿|不得|严禁|禁止|切勿|不准|暂不|不宜)'
const CLAUSE_END = '(?=$|[，,。；;！\\n）)】〕 \\t])'
const GRAMMAR = new RegExp(
  [
    `(?<strong>${NOT}(?:擅自|私自|随意)?(?:对外|向外)?${VERB}(?:[、和或及与]?${VERB})*)${CLAUSE_END}`,
    `(?<weak>${NOT}(?:对外|向外)?(?:公开|泄露|发布|公布)|不(?:对外|向外)(?:公开|发布|公布|提供)|(?:阅后|用后|会后)请?(?:即焚|销毁|交回|收回|退回)|(?:注意|妥善)保管|内部掌握|内部(?:情况)?(?:通报|简报|通讯)|内参|(?:此件)?不(?:上网|公开)(?:公开|发布)?|(?:严格)?控制知悉范围|(?:此稿|本稿)?(?:仅|只)?供(?:[^，,。；;\\n（）()]{1,8}?参考|[^，,。；;\\n（）()]{0,8}?讨论)用?)${CLAUSE_END}`,
    // 公开方式：不公开, 保密期限：长期 — a field of the document's own header
    `(?<field>(?:公开(?:方式|属性|类型|选项|形式)\\s*[:：]\\s*(?:不公开|不予公开|依申请公开|暂缓公开))|保密期限\\s*[:：]\\s*(?:[0-9一二三四五六七八九十]+年|长期|[0-9一二三四五六七八九十]+个月))`,
    `[（(【〔](?<draft>(?:代拟|未定|内审|草拟|初审|过程|待审|会签|暂定|待定|预审|校对|样|汇报|征求意见|讨论|送审|报审|报批|审议|审定|修改|修订|初|草|第?[一二三四五六七八九十]+)稿(?:[，,]?[^，,（）()【】]{0,8}?请勿引用)?(?=[）)】〕]))`,
    `(?<scope>(?:(?:此件|本件)(?:仅|只|限)?|仅|只|限)发(?:至|到)[^，,。；;\\n（）()]{1,10}?)${CLAUSE_END}`,
  ].join('|'),
  'y',
)
/** what a handling instruction can start with: GRAMMAR is tried only where one of these stands */
const GRAMMAR_FIRST = new CodeSet('请不严禁切暂阅用会注妥内此本仅只供控公保（(【〔限')

/** GRAMMAR's matches left to right without overlap, as a global search finds them, tried only where one can start. */
function* grammarMatches(text: string): Generator<RegExpExecArray> {
  for (let p = 0, n = text.length; p < n; p++) {
    if (!GRAMMAR_FIRST.has(text.charCodeAt(p))) continue
    GRAMMAR.lastIndex = p
    const m = GRAMMAR.exec(text)
    if (!m) continue
    yield m
    p += m[0].length - 1
  }
}

function detectHandlingGrammar(ctx: ScanContext): void {
  const text = ctx.text
  for (const m of grammarMatches(text)) {
    const g = m.groups ?? {}
    // a drafting word's match starts at its bracket, which is added back below
    let start = g.draft !== undefined ? m.index + 1 : m.index
    let end = m.index + m[0].length
    // (由于涉及隐私，不公开 says why something is withheld: only an instruction to the readers takes the note)
    const lead = g.strong !== undefined || (g.weak !== undefined && IMPERATIVE.test(m[0])) ? privacyLead(text, start) : -1
    if (lead >= 0) start = lead
    const marked = lead >= 0 || g.draft !== undefined || g.field !== undefined || inBracketNote(text, start) || standsAlone(text, start, end)
    // 此件发至县级: a distribution limited by rank; 此件发至各村 in a sentence is how a notice is spread
    if (g.scope !== undefined ? !marked && !m[0].endsWith('级') : g.strong !== undefined ? !marked && !ABOUT_DOCUMENT.test(sentenceAround(text, start, end).replace(m[0], '')) : !marked) continue
    if (start > 0 && end < text.length && OPEN.includes(text[start - 1]) && CLOSE.includes(text[end])) {
      start--
      end++
    }
    emit(ctx, 'CONFIDENTIAL_MARKER', start, end, S.handling, 'confidential-marker', [g.scope !== undefined ? reason('readership') : reasonWith('marker', { word: text.slice(start, end) })])
  }
}

/** A heading's mark written with its characters spaced out (密 件, 机 密, 内 部 资 料: ideographic spaces, normalised), on a line of its own. */
const SPACED_MARK = /^[ \t]*((?:密|机|秘|绝|内|保)(?:[ \t]+(?:件|密|部|资|料|文|件)){1,3})(?=[ \t]*(?:$|\n|[★*]|请勿|严禁|不得|禁止)|[ \t]{2,})/gm
const SPACED_WORDS = new Set(['密件', '机密', '秘密', '绝密', '内部', '内部资料', '内部文件', '保密', '保密件'])

function detectSpacedMarks(ctx: ScanContext): void {
  const text = ctx.text
  SPACED_MARK.lastIndex = 0
  for (let m = SPACED_MARK.exec(text); m; m = SPACED_MARK.exec(text)) {
    const word = (m[1] ?? '').replace(/[ \t]/g, '')
    if (!SPACED_WORDS.has(word)) continue
    const start = m.index + m[0].indexOf(m[1] ?? '')
    const end = start + (m[1] ?? '').length
    emit(ctx, 'CONFIDENTIAL_MARKER', start, end, S.classificationAlone, 'confidential-marker', [reasonWith('marker', { word }), reason('aloneOnLine')])
  }
}

export function detectConfidential(ctx: ScanContext): void {
  if (/(?:^|\n)[ \t]*[密机秘绝内保][ \t]+[件密部]/.test(ctx.text)) detectSpacedMarks(ctx)
  if (/仅限|仅供|只限|只供|限于|仅在|只在|限在/.test(ctx.text)) detectReadership(ctx)
  if (/请勿|不得|严禁|禁止|切勿|不准|暂不|不宜|不对外|不向外|阅后|用后|会后|保管|内部|内参|稿|发至|发到|不上网|不公开|知悉范围|供|保密期限/.test(ctx.text)) detectHandlingGrammar(ctx)
  const text = ctx.text
  let lastEnd = 0
  const hits = ctx.hits.confidential
  for (let k = 0; k < hits.count; k++) {
    // hits are column-wise (lexicon-index.ts)
    const hStart = hits.starts[k]
    const hEnd = hits.ends[k]
    const hWord = hits.words[k]
    if (hStart < lastEnd) continue
    let end = hEnd
    const core = hWord
    let confidence = S.marker
    let reasons = [reasonWith('marker', { word: core })]
    if (core === '绝密' || core === '机密' || core === '秘密') {
      const star = STAR_TAIL.exec(text.slice(end, end + 8))
      if (star && (star[0].includes('★') || star[0].includes('*'))) {
        end += star[0].length
        confidence = S.classificationStarred
        reasons[0] = reasonWith('classification', { word: text.slice(hStart, end).replace(/\s/g, '') })
      } else {
        // without a star the level is a mark only as the document's header line (机密, ★秘密, 机密·1年) or
        // as the value of a classification field (密级：秘密); 国家秘密, 机密文件 in a sentence are words
        const period = PERIOD_TAIL.exec(text.slice(end, end + 8))
        const tailEnd = end + (period ? period[0].length : 0)
        const starBefore = text[hStart - 1] === '★'
        const field = LEVEL_LABEL.test(text.slice(Math.max(0, hStart - 8), hStart))
        if (!field && !standsAlone(text, starBefore ? hStart - 1 : hStart, tailEnd)) continue
        end = tailEnd
        confidence = field ? S.classificationField : S.classificationAlone
        reasons = withReason([reasonWith('classification', { word: text.slice(hStart, end).replace(/\s/g, '') })], field ? reason('classificationField') : reason('aloneOnLine'))
      }
    }
    let start = hStart
    // ★秘密: the star may stand before the level too
    if ((core === '绝密' || core === '机密' || core === '秘密') && text[start - 1] === '★') start--
    const bracketed = start > 0 && end < text.length && OPEN.includes(text[start - 1]) && CLOSE.includes(text[end])
    if (bracketed) {
      start--
      end++
    }
    if (core === '内部') {
      // 内部管理, 单位内部 …: only the bracketed qualifier (and 内部★) is a mark
      if (text[hEnd] === '★') {
        end = hEnd + 1
        confidence = S.internalStarred
      } else if (LEVEL_LABEL.test(text.slice(Math.max(0, hStart - 8), hStart))) {
        // 密级：内部 — the level a classification field gives the document
        confidence = S.internalField
        reasons = withReason(reasons, reason('classificationField'))
      } else if (!bracketed) continue
      else {
        confidence = S.bareInternal
        reasons = withReason(reasons, reason('bareInternal'))
      }
    } else if (BRACKET_ONLY.has(core)) {
      // 草案 and 第二稿 run through ordinary sentences (草案第三条, 形成第二稿): only a bracket or a line of their own marks one
      if (!bracketed && !standsAlone(text, start, end)) continue
      confidence = core === '草案' ? S.draftBill : S.draftAlone
      reasons = withReason(reasons, bracketed ? reason('inBrackets') : reason('aloneOnLine'))
    } else if (core === '初稿' || core === '草稿' || core === '修改稿') confidence = bracketed ? S.draftWordBracketed : S.draftWordInText
    else if (HANDLING.has(core) && !bracketed && !standsAlone(text, start, end)) {
      const sentence = sentenceAround(text, start, end)
      // （纪要发至…，涉及老人个人信息，请勿外传）: a bracketed note to the readers is a handling mark
      const lead = IMPERATIVE.test(core) ? privacyLead(text, start) : -1
      if (lead >= 0) {
        start = lead
        confidence = S.instructionAboutDocument
      } else if (IMPERATIVE.test(core) && inBracketNote(text, start)) confidence = S.instructionInNote
      else if (ABOUT_DOCUMENT.test(sentence.replace(core, ''))) confidence = core === '注意保密' || core === '严格保密' ? S.keepSecretAboutDocument : S.instructionAboutDocument
      else {
        confidence = S.discretion
        reasons = withReason(reasons, reason('discretion'))
      }
    } else if (core === '注意保密' || core === '严格保密') confidence = S.keepSecret
    emit(ctx, 'CONFIDENTIAL_MARKER', start, end, confidence, 'confidential-marker', reasons)
    lastEnd = end
  }
}
