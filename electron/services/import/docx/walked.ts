/**
 * What the WordprocessingML walker (walker.ts) produces — paragraphs with their hidden side buffers, cells,
 * tables — and the flattening of nested content into reading order.
 */

/** A paragraph as read, with everything Word keeps out of sight beside it. */
export type WalkedParagraph = {
  /** 1-based number of the paragraph in the part, in document order */
  number: number
  text: string
  /** ranges of `text` that are tracked insertions */
  inserted: { start: number; end: number }[]
  deleted: string
  hiddenText: string
  fieldCode: string
  altText: string[]
  authors: Set<string>
  styleId: string
  align: string
  /** the comment, footnote or endnote this paragraph belongs to (in comments.xml, footnotes.xml …) */
  container?: { kind: string; id: string; author: string; type: string }
}

export type WalkedCell = { paragraphs: WalkedParagraph[]; span: number; vMergeContinue: boolean }
export type WalkedTable = { number: number; rows: { cells: WalkedCell[]; hidden: boolean }[] }
export type WalkedBlock = { kind: 'paragraph'; p: WalkedParagraph } | { kind: 'table'; t: WalkedTable }

export type WalkResult = {
  blocks: WalkedBlock[]
  /** every paragraph, tables' and text boxes' included, in document order */
  paragraphs: WalkedParagraph[]
  /** comment id → the paragraph where its range starts */
  commentAnchors: Map<string, number>
}

/**
 * What follows a paragraph once it closes (its text boxes' paragraphs, a table's flattened rows). A nested
 * paragraph's own list is kept as one item, not copied in: copying made 40,000 nested paragraphs quadratic.
 * The tree is flattened once, when the outermost paragraph is placed.
 */
export type After = (WalkedParagraph | After)[]
export type Frame = { p: WalkedParagraph; after: After }
export type CellFrame = { cell: WalkedCell }
export type TableFrame = { t: WalkedTable; cell: CellFrame | null }

/** A paragraph and what follows it, in order, without recursion (the tree can be as deep as the nesting). */
export function flattenAfter(p: WalkedParagraph, after: After): WalkedParagraph[] {
  const out: WalkedParagraph[] = [p]
  const stack: { list: After; at: number }[] = [{ list: after, at: 0 }]
  while (stack.length) {
    const top = stack[stack.length - 1]
    if (top.at >= top.list.length) {
      stack.pop()
      continue
    }
    const item = top.list[top.at++]
    if (Array.isArray(item)) stack.push({ list: item, at: 0 })
    else out.push(item)
  }
  return out
}
/** A nested table's rows as paragraphs (cells joined by a space), numbered by their first paragraph; their side buffers stay with the originals in `paragraphs`. */
export function flatten(t: WalkedTable): WalkedParagraph[] {
  const out: WalkedParagraph[] = []
  for (const row of t.rows) {
    const first = row.cells.flatMap((c) => c.paragraphs)[0]
    if (!first) continue
    const text = row.cells.map((c) => c.paragraphs.map((p) => p.text).join(' ')).join(' ')
    out.push({ number: first.number, text, inserted: [], deleted: '', hiddenText: '', fieldCode: '', altText: [], authors: new Set(), styleId: '', align: '' })
  }
  return out
}
