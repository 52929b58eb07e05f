/**
 * Word/WPS paste (粘贴): the clipboard's text/html becomes body text the same way an .html import does —
 * paragraphs as lines, tables as tab-separated rows under their header row — and what the source hid
 * (mso-hide:all, display:none, visibility:hidden, `hidden`, comments, <style>, <script>, <meta>, <title>)
 * stays out. Nothing here touches a DOM: the HTML is never rendered.
 */
import { htmlToDocument } from './html'
import type { HiddenKind } from './model'

/** What a paste puts in the body, and how many hidden items it left out. */
export type PastedText = { text: string; dropped: number; droppedKinds: HiddenKind[] }

/**
 * Word's conditional comments (<!--[if gte mso 9]><xml>…<![endif]-->) carry its own settings, and the
 * fragment markers are Office's clipboard bookkeeping: neither is something the officer hid, so neither is
 * counted — both are dropped before parsing.
 */
const OFFICE_MACHINERY = /<!--\[if[\s\S]*?<!\[endif\]-->|<!--\s*(?:StartFragment|EndFragment)\s*-->/gi

/** Tabs and line breaks inside a cell would split its row or table. */
function cellText(s: string): string {
  return s.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim()
}

export function pastedHtmlToText(html: string): PastedText {
  const doc = htmlToDocument(html.replace(OFFICE_MACHINERY, ''), 'clipboard')
  const lines: string[] = []
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      // a <br> inside a paragraph is a line break in the body too
      lines.push(...block.text.split(/\s*\n\s*/))
      continue
    }
    for (const row of [block.header, ...block.rows]) lines.push(row.cells.map(cellText).join('\t'))
  }
  // link targets and alt text are not hidden: they were simply never part of the visible text
  const dropped = doc.hidden.filter((h) => h.kind !== 'hyperlink' && h.kind !== 'altText')
  return { text: lines.join('\n'), dropped: dropped.length, droppedKinds: dropped.map((h) => h.kind) }
}
