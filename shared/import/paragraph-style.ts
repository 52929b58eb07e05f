/**
 * Recognising the parts of a notice in imported paragraphs (GB/T 9704 公文格式): 标题, 文号, 小标题,
 * 落款单位 and 成文日期. Hints from the source (a Word "Title"/"Heading" style, centred or right-aligned
 * text) help; without them the text alone decides. A guess, shown to the officer, never relied on for safety.
 */
import type { ParagraphStyle } from './model'

/** What the source says about a paragraph besides its text. */
export type ParagraphHint = {
  text: string
  /** style id or name from the source, e.g. `Title`, `Heading1`, `标题 1` */
  styleName?: string
  align?: 'left' | 'center' | 'right' | 'both'
}

const DOC_NUMBER = /^[\u4e00-\u9fff]{1,16}\s*[〔[［【（(]\s*(?:19|20)\d\d\s*[〕\]］】）)]\s*\d{1,5}\s*号$/
const DATE = /^(?:(?:19|20)\d\d|[〇○零一二][〇○零一二三四五六七八九]{3})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日$/
const HEADING = /^(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\([一二三四五六七八九十百]+\)|第[一二三四五六七八九十百\d]+[章节条部分])/
const ISSUER = /(?:人民政府|委员会|办公室|办公厅|管理局|服务中心|事务所|街道办事处|[局厅委办处科所站室部院会镇乡街道社区村])(?:（[^）]{1,10}）)?(?:\s*（盖章）)?$/
const TITLE_WORDS = /(?:公示|公告|通告|通知|名单|决定|通报|批复|意见|报告|函|办法|方案|规定|说明)(?:（[^）]{1,20}）)?$/

function styleLevel(name: string | undefined): 'title' | 'heading' | null {
  if (!name) return null
  const n = name.toLowerCase().replace(/\s+/g, '')
  if (n === 'title' || n === '标题' || n === 'subtitle' || n === '副标题') return 'title'
  if (/^(?:heading|标题)\d$/.test(n)) return 'heading'
  return null
}

/** One style per paragraph, in order. */
export function guessStyles(paragraphs: readonly ParagraphHint[]): ParagraphStyle[] {
  const styles: ParagraphStyle[] = paragraphs.map(() => 'body')
  const nonEmpty = paragraphs.map((p, i) => (p.text.trim() ? i : -1)).filter((i) => i >= 0)
  let titleSeen = false
  nonEmpty.forEach((i, k) => {
    const p = paragraphs[i]
    const text = p.text.trim()
    const short = text.length <= 60 && !/[。；;]$/.test(text)
    const level = styleLevel(p.styleName)
    if (DOC_NUMBER.test(text)) styles[i] = 'docNumber'
    else if (DATE.test(text)) styles[i] = 'date'
    else if (!titleSeen && k < 4 && short && (level === 'title' || (p.align === 'center' && k < 3) || TITLE_WORDS.test(text))) {
      styles[i] = 'title'
      titleSeen = true
    } else if (level === 'heading' || (HEADING.test(text) && text.length <= 40)) styles[i] = 'heading'
  })
  // 落款: a short issuer line right before the date, or among the last lines and right-aligned
  nonEmpty.forEach((i, k) => {
    if (styles[i] !== 'body') return
    const text = paragraphs[i].text.trim()
    if (text.length > 30 || !ISSUER.test(text)) return
    const next = nonEmpty[k + 1]
    const beforeDate = next !== undefined && styles[next] === 'date'
    const nearEnd = k >= nonEmpty.length - 3 && paragraphs[i].align === 'right'
    if (beforeDate || nearEnd) styles[i] = 'signature'
  })
  return styles
}
