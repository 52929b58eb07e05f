/**
 * HTML to the import model, through htmlparser2 (maintained, fast, forgiving the way browsers are, with
 * implied end tags, which Word- and WPS-made HTML relies on). Visible text becomes paragraphs and tables;
 * scripts and styles are dropped; what a browser would not show — elements with `hidden`, display:none,
 * visibility:hidden or mso-hide:all, <template>, comments (Word hides its document properties in one) —
 * is listed and kept out of the body, as are link targets and alt text. No Node API here: it lives in shared/ so the renderer's Word/WPS paste uses the same rules as the import.
 */
import { Parser } from 'htmlparser2'
import type { Block, HiddenItem, ImportedDocument, ImportWarning, ParagraphBlock, TableBlock } from './model'
import { guessStyles } from './paragraph-style'

const BLOCK = new Set(
  'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary ul'.split(' '),
)
const DROP = new Set(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head'])
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)/i
const HIDING_RULE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i
/** Word's own markers in pasted and saved HTML: not comments anybody wrote. */
const NOISE_COMMENT = /^\s*(?:StartFragment|EndFragment|\[if [^\]]*\]>?\s*<!?\[endif\]|\[endif\])\s*$/i

type Cell = { text: string; span: number }
type TableState = { rows: Cell[][]; cell: Cell | null; number: number; depth: number }

function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim()
}

/** Text fed to the parser at a time; `checkpoint` runs between chunks. */
const HTML_CHUNK = 256 * 1024

/**
 * Parses an HTML document (already decoded) into blocks, hidden items and warnings. `checkpoint` (an
 * import's time bound) is called between chunks of the text and may throw to stop the parse.
 */
export function htmlToDocument(html: string, name: string, checkpoint?: () => void): ImportedDocument {
  const blocks: Block[] = []
  const hidden: HiddenItem[] = []
  const warnings: ImportWarning[] = []
  const paragraphs: ParagraphBlock[] = []
  const hints: { text: string; styleName?: string; align?: 'center' | 'right' }[] = []
  let buf = ''
  let heading = false
  let align: 'center' | 'right' | undefined
  let paragraphCount = 0
  let tableCount = 0
  const tables: TableState[] = []
  // element stack: for each open element, whether it hides, drops, or is plain
  const stack: { name: string; hides: boolean; drops: boolean }[] = []
  let hideDepth = 0
  let dropDepth = 0
  let hiddenBuf = ''
  let styleText = ''
  let titleText = ''

  const flush = (): void => {
    const text = collapse(buf)
    buf = ''
    if (!text) return
    const table = tables[tables.length - 1]
    if (table?.cell) {
      table.cell.text += (table.cell.text ? ' ' : '') + text
      return
    }
    paragraphCount++
    const p: ParagraphBlock = { kind: 'paragraph', text, style: 'body', location: { paragraph: paragraphCount } }
    blocks.push(p)
    paragraphs.push(p)
    const hint: (typeof hints)[number] = { text }
    if (heading) hint.styleName = 'Heading1'
    if (align) hint.align = align
    hints.push(hint)
  }

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const hides = attrs.hidden !== undefined || HIDING_STYLE.test(attrs.style ?? '') || tag === 'template'
        const drops = DROP.has(tag)
        // document metadata sits in <head>, which is otherwise dropped
        if (tag === 'meta' && /^(author|description|keywords|creator|publisher)$/i.test(attrs.name ?? '') && attrs.content?.trim()) hidden.push({ kind: 'property', location: { property: attrs.name }, text: attrs.content, disposition: 'dropped' })
        stack.push({ name: tag, hides, drops })
        if (drops) dropDepth++
        if (hides) {
          if (hideDepth === 0) hiddenBuf = ''
          hideDepth++
        }
        if (dropDepth > 0 || hideDepth > 0) return
        if (attrs.alt?.trim() || (tag === 'img' && attrs.title?.trim())) hidden.push({ kind: 'altText', location: { paragraph: paragraphCount + 1 }, text: collapse(`${attrs.title ?? ''} ${attrs.alt ?? ''}`), disposition: 'dropped' })
        if (tag === 'a' && attrs.href && !attrs.href.startsWith('#') && !/^javascript:/i.test(attrs.href)) hidden.push({ kind: 'hyperlink', location: { paragraph: paragraphCount + 1 }, text: attrs.href, disposition: 'dropped' })
        if (tag === 'table') {
          flush()
          tableCount++
          tables.push({ rows: [], cell: null, number: tableCount, depth: stack.length })
        } else if (tag === 'tr') {
          const t = tables[tables.length - 1]
          if (t) {
            if (t.cell) flush()
            t.cell = null
            t.rows.push([])
          }
        } else if (tag === 'td' || tag === 'th') {
          const t = tables[tables.length - 1]
          if (t) {
            flush()
            if (!t.rows.length) t.rows.push([])
            const cell: Cell = { text: '', span: Math.max(1, Math.min(64, Number(attrs.colspan) || 1)) }
            t.rows[t.rows.length - 1].push(cell)
            t.cell = cell
          }
        } else if (tag === 'br') buf += '\n'
        else if (BLOCK.has(tag)) {
          flush()
          heading = /^h[1-6]$/.test(tag)
          align = /text-align\s*:\s*center/i.test(attrs.style ?? '') || attrs.align === 'center' || tag === 'center' ? 'center' : /text-align\s*:\s*right/i.test(attrs.style ?? '') || attrs.align === 'right' ? 'right' : undefined
        }
      },
      onclosetag(tag) {
        // pop to the matching element (htmlparser2 reports implied closes too, so this is normally the top)
        let i = stack.length - 1
        while (i >= 0 && stack[i].name !== tag) i--
        if (i < 0) return
        while (stack.length > i) {
          const top = stack.pop()
          if (!top) break
          if (top.drops) dropDepth--
          if (top.hides) {
            hideDepth--
            if (hideDepth === 0 && collapse(hiddenBuf)) hidden.push({ kind: 'hiddenText', location: { paragraph: paragraphCount + 1 }, text: collapse(hiddenBuf), disposition: 'dropped' })
          }
          if (dropDepth > 0 || hideDepth > 0) continue
          closeOne(top.name)
        }
      },
      ontext(text) {
        if (dropDepth > 0) {
          const top = stack[stack.length - 1]?.name
          if (top === 'style') styleText += text
          else if (top === 'title') titleText += text
          return
        }
        if (hideDepth > 0) hiddenBuf += text
        else buf += text
      },
      oncomment(text) {
        if (NOISE_COMMENT.test(text)) return
        const plain = collapse(text.replace(/<[^>]*>/g, ' ').replace(/\[if [^\]]*\]>?|<!?\[endif\]/gi, ''))
        if (plain) hidden.push({ kind: 'comment', location: { paragraph: paragraphCount + 1 }, text: plain, disposition: 'dropped' })
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )

  function closeOne(tag: string): void {
    if (tag === 'td' || tag === 'th') {
      flush()
      const t = tables[tables.length - 1]
      if (t) t.cell = null
    } else if (tag === 'table') {
      flush()
      const t = tables.pop()
      if (!t) return
      const outer = tables[tables.length - 1]
      if (outer?.cell) {
        // a table inside a cell: its rows become text of that cell
        outer.cell.text += t.rows.map((r) => r.map((c) => c.text).join(' ')).join(' ')
        return
      }
      const block = toTable(t)
      if (block) blocks.push(block)
    } else if (BLOCK.has(tag) || tag === 'br') {
      if (tag !== 'br') {
        flush()
        heading = false
        align = undefined
      }
    }
  }

  for (let at = 0; at < html.length; at += HTML_CHUNK) {
    checkpoint?.()
    parser.write(html.slice(at, at + HTML_CHUNK))
  }
  parser.end()
  checkpoint?.()
  flush()
  guessStyles(hints).forEach((s, i) => (paragraphs[i].style = s))
  if (collapse(titleText)) hidden.unshift({ kind: 'property', location: { property: 'title' }, text: collapse(titleText), disposition: 'dropped' })
  if (HIDING_RULE.test(styleText)) {
    warnings.push({
      code: 'stylesheetHiding',
      message: {
        'zh-CN': '网页样式表中有隐藏元素的规则；被样式表隐藏的内容已按可见内容导入，请检查',
        en: 'the page style sheet has rules that hide elements; content hidden that way was imported as visible: check it',
      },
    })
  }
  return { format: 'html', name, blocks, hidden, warnings }
}

function toTable(t: TableState): TableBlock | null {
  const rows = t.rows
    .map((r) => r.flatMap((c) => [c.text, ...Array.from({ length: c.span - 1 }, () => '')]))
    .map((cells, i) => ({ cells, source: i + 1 }))
    .filter((r) => r.cells.length)
  const width = Math.max(0, ...rows.map((r) => r.cells.length))
  if (!width || rows.every((r) => r.cells.every((c) => !c.trim()))) return null
  for (const r of rows) while (r.cells.length < width) r.cells.push('')
  const [header, ...body] = rows
  return {
    kind: 'table',
    origin: { format: 'html', table: t.number },
    index: t.number,
    location: { table: t.number },
    columns: Array.from({ length: width }, (_, i) => ({ source: i + 1 })),
    header,
    rows: body,
  }
}
