/**
 * The visible text of an HTML notice, with a map back to the markup. Tags go, character references are
 * decoded, runs of whitespace collapse as a browser would, block elements and table rows become line
 * breaks and table cells tabs (so the scanner's table awareness works on HTML as on TSV). Text-bearing
 * attributes (title, alt, href …) are appended after the body, one per line, so they are scanned too.
 * Script elements and comments are hidden content nobody reviews: they are skipped, and the redacted copy
 * drops them.
 */
import { entityAt } from './html-entities'

export type HtmlText = {
  /** the extracted text the scanner sees */
  text: string
  /** for each UTF-16 unit of `text`, the markup span it came from; a unit standing for a tag (line break, tab) has from === to */
  from: Int32Array
  to: Int32Array
  /** markup ranges the redacted copy leaves out: comments and script elements */
  dropped: readonly (readonly [number, number])[]
  /** attribute values appended after the body: where each starts and ends in `text` */
  attributes: readonly { name: string; start: number; end: number }[]
}

const BLOCK = new Set(
  'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main menu nav ol option p pre section summary table tbody tfoot thead title tr ul'.split(' '),
)
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'href', 'src', 'value', 'placeholder', 'content', 'label', 'aria-label', 'summary', 'abbr', 'cite', 'action'])
const WS = /[ \t\n\r\f]/
const NAME = /[a-zA-Z][^\s/>]*/y
const ATTR = /[\s/]*([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y

type Tag = { name: string; end: boolean; close: number; attrs: { name: string; start: number; end: number }[] }

/** Parses the tag at `pos` ('<' followed by a letter or '/'); null when it is not a tag after all. */
function tagAt(html: string, pos: number): Tag | null {
  const end = html[pos + 1] === '/'
  NAME.lastIndex = pos + (end ? 2 : 1)
  const name = NAME.exec(html)?.[0]
  if (!name) return null
  const attrs: Tag['attrs'] = []
  let p = NAME.lastIndex
  for (;;) {
    while (p < html.length && (WS.test(html[p]) || html[p] === '/')) p++
    if (p >= html.length) return { name: name.toLowerCase(), end, close: html.length, attrs }
    if (html[p] === '>') return { name: name.toLowerCase(), end, close: p + 1, attrs }
    ATTR.lastIndex = p
    const m = ATTR.exec(html)
    if (!m || ATTR.lastIndex === p) return { name: name.toLowerCase(), end, close: html.indexOf('>', p) + 1 || html.length, attrs }
    const value = m[2] ?? m[3] ?? m[4]
    if (value !== undefined) {
      const valueEnd = ATTR.lastIndex - (m[4] === undefined ? 1 : 0)
      attrs.push({ name: m[1].toLowerCase(), start: valueEnd - value.length, end: valueEnd })
    }
    p = ATTR.lastIndex
  }
}

class Builder {
  readonly chars: string[] = []
  readonly from: number[] = []
  readonly to: number[] = []
  private space: [number, number] | null = null
  length = 0

  private push(ch: string, a: number, b: number): void {
    for (let k = 0; k < ch.length; k++) {
      this.chars.push(ch[k])
      this.from.push(a)
      this.to.push(b)
    }
    this.length += ch.length
  }

  private last(): string | undefined {
    return this.chars[this.chars.length - 1]
  }

  /** A line break standing for a tag; never two in a row, never at the start. */
  newline(at: number): void {
    this.space = null
    if (this.length && this.last() !== '\n') this.push('\n', at, at)
  }

  /** Drops a line break standing for a closing tag at the very end: the text ends where the content does. */
  trimBreak(): void {
    const k = this.chars.length - 1
    if (this.chars[k] === '\n' && this.from[k] === this.to[k]) {
      this.chars.pop()
      this.from.pop()
      this.to.pop()
      this.length--
    }
  }

  /** A block boundary inside a table cell (<td><p>…</p></td>, as word processors write): a space, so the row stays one line. */
  softBreak(at: number): void {
    if (this.length && !this.space) this.space = [at, at]
  }

  tab(at: number): void {
    this.space = null
    this.push('\t', at, at)
  }

  /** Text of markup [a, b), decoding references; `pre` keeps whitespace as written. */
  text(html: string, a: number, b: number, pre: boolean): void {
    for (let i = a; i < b; ) {
      const c = html[i]
      if (!pre && WS.test(c)) {
        this.space = this.space ? [this.space[0], i + 1] : [i, i + 1]
        i++
        continue
      }
      if (this.space) {
        const l = this.last()
        if (l !== undefined && l !== '\n' && l !== '\t') this.push(' ', this.space[0], this.space[1])
        this.space = null
      }
      const ref = c === '&' ? entityAt(html, i) : null
      if (ref) {
        this.push(ref.text, i, ref.end)
        i = ref.end
      } else {
        this.push(c, i, i + 1)
        i++
      }
    }
  }
}

function rawEnd(html: string, from: number, name: string): number {
  const m = new RegExp(`</${name}\\s*>`, 'ig')
  m.lastIndex = from
  const hit = m.exec(html)
  return hit ? hit.index : html.length
}

export function extractHtmlText(html: string): HtmlText {
  const out = new Builder()
  const dropped: [number, number][] = []
  const pendingAttrs: { name: string; start: number; end: number }[] = []
  const cells: number[] = [] // cells seen in the current row, per open table
  const inCell: boolean[] = [] // whether a cell is open, per open table
  let pre = 0
  let textStart = 0
  let i = 0
  const flush = (upTo: number): void => {
    if (upTo > textStart) out.text(html, textStart, upTo, pre > 0)
  }
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) break
    const next = html[lt + 1] ?? ''
    if (html.startsWith('<!--', lt)) {
      flush(lt)
      const close = html.indexOf('-->', lt + 4)
      i = close < 0 ? html.length : close + 3
      dropped.push([lt, i])
      textStart = i
    } else if (next === '!' || next === '?') {
      // doctype stays; other declarations and processing instructions are bogus comments that may hide text
      flush(lt)
      i = (html.indexOf('>', lt) + 1 || html.length)
      if (!/^<!doctype/i.test(html.slice(lt, lt + 9))) dropped.push([lt, i])
      textStart = i
    } else if (/[a-zA-Z/]/.test(next)) {
      const tag = tagAt(html, lt)
      if (!tag) {
        i = lt + 1
        continue
      }
      flush(lt)
      i = tag.close
      textStart = i
      const name = tag.name
      if (!tag.end && name !== 'script') for (const a of tag.attrs) if (TEXT_ATTRIBUTES.has(a.name) && a.end > a.start) pendingAttrs.push(a)
      if (!tag.end && name === 'script') {
        const end = rawEnd(html, i, 'script')
        const after = html.indexOf('>', end) + 1 || html.length
        dropped.push([lt, after])
        i = textStart = after
        continue
      }
      if (!tag.end && name === 'style') {
        i = textStart = rawEnd(html, i, 'style')
        continue
      }
      const top = cells.length - 1
      if (name === 'table') {
        out.newline(lt)
        if (tag.end) {
          cells.pop()
          inCell.pop()
        } else {
          cells.push(0)
          inCell.push(false)
        }
      } else if (name === 'tr') {
        out.newline(lt)
        if (top >= 0) [cells[top], inCell[top]] = [0, false]
      } else if (name === 'td' || name === 'th') {
        if (!tag.end && top >= 0 && cells[top] > 0) out.tab(lt)
        if (top >= 0) {
          if (!tag.end) cells[top]++
          inCell[top] = !tag.end
        }
      } else if (name === 'br' || BLOCK.has(name)) {
        if (inCell[top]) out.softBreak(lt)
        else out.newline(lt)
      }
      if (name === 'pre') pre = Math.max(0, pre + (tag.end ? -1 : 1))
    } else i = lt + 1
  }
  flush(html.length)
  out.trimBreak()
  const attributes: HtmlText['attributes'][number][] = []
  for (const a of pendingAttrs) {
    out.newline(a.start)
    const start = out.length
    out.text(html, a.start, a.end, false)
    if (out.length > start) attributes.push({ name: a.name, start, end: out.length })
  }
  return { text: out.chars.join(''), from: Int32Array.from(out.from), to: Int32Array.from(out.to), dropped, attributes }
}

/** The markup span of extracted [start, end): from the first to the last character that came from markup text. */
export function markupSpan(x: HtmlText, start: number, end: number): [number, number] {
  let a = -1
  let b = -1
  for (let i = start; i < end; i++) {
    if (x.from[i] === x.to[i]) continue
    if (a < 0) a = x.from[i]
    b = x.to[i]
  }
  return a < 0 ? [x.from[start] ?? 0, x.from[start] ?? 0] : [a, b]
}
