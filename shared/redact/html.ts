/**
 * The redacted copy of an HTML file: the same edits as the plain text (redactionEdits on the extracted
 * text), written back into the text nodes and attribute values they came from. Markup is untouched
 * except that replaced characters are escaped and comments and scripts are dropped, so the result is
 * as valid as the input.
 */
import type { HtmlText } from './html-text'
import { escapeHtml } from './html-entities'
import { redactionEdits, redactText, type RedactionEntry, type RedactionItem } from './redact'

type MarkupEdit = { start: number; end: number; text: string }

/** Markup edits for one text edit whose replacement has the original's length: character by character. */
function sameLength(x: HtmlText, start: number, replacement: string, out: MarkupEdit[]): void {
  const n = replacement.length
  for (let i = 0; i < n; ) {
    const c = start + i
    // units that came from one markup span (a reference, a surrogate pair, a collapsed run of spaces) move together
    let j = i + 1
    while (j < n && x.from[start + j] === x.from[c] && x.to[start + j] === x.to[c]) j++
    const before = x.text.slice(c, start + j)
    const after = replacement.slice(i, j)
    // a tab or line break standing for a tag has no markup of its own: the tag stays
    if (after !== before && x.from[c] !== x.to[c]) out.push({ start: x.from[c], end: x.to[c], text: escapeHtml(after) })
    i = j
  }
}

/** Markup edits for a replacement of another length: all of it where the value starts, the rest of the value emptied. */
function differentLength(x: HtmlText, start: number, end: number, replacement: string, out: MarkupEdit[]): void {
  let first = true
  let prev = -1
  for (let c = start; c < end; c++) {
    if (x.from[c] === x.to[c] || x.from[c] === prev) continue
    prev = x.from[c]
    out.push({ start: x.from[c], end: x.to[c], text: first ? escapeHtml(replacement) : '' })
    first = false
  }
}

/**
 * Redacts `html` whose extracted text is `x` (from extractHtmlText) with items found in `x.text`.
 * Returns the redacted markup, the redacted extracted text and the report (offsets in the extracted text).
 */
export function redactHtml(html: string, x: HtmlText, items: readonly RedactionItem[]): { html: string; text: string; report: RedactionEntry[] } {
  const { edits } = redactionEdits(x.text, items)
  const markup: MarkupEdit[] = x.dropped.map(([start, end]) => ({ start, end, text: '' }))
  for (const e of edits) {
    if (e.action === 'keep') continue
    if (e.replacement.length === e.end - e.start) sameLength(x, e.start, e.replacement, markup)
    else differentLength(x, e.start, e.end, e.replacement, markup)
  }
  markup.sort((a, b) => a.start - b.start || a.end - b.end)
  let out = ''
  let pos = 0
  for (const m of markup) {
    // only a dropped element overlaps other edits (an attribute of a <script>); dropping wins
    if (m.start < pos) {
      pos = Math.max(pos, m.end)
      continue
    }
    out += html.slice(pos, m.start) + m.text
    pos = m.end
  }
  out += html.slice(pos)
  const { text, report } = redactText(x.text, items)
  return { html: out, text, report }
}
