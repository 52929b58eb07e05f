/**
 * The text the scanner sees for an imported document, and the way back from an offset in it to a place in
 * the file. Paragraphs are lines; tables are tab-separated rows under their header row (the form the PII
 * engine's table awareness reads best: shared/pii/table-lines.ts); hidden rows, columns and sheets that are
 * shown carry visible markers. After the body comes every dropped item (comments, properties, headers …),
 * one per line, so that it is scanned too: `text.slice(0, bodyLength)` is the publishable part.
 */
import { cellRef } from './cells'
import { hiddenKindLabel, type Disposition, type HiddenKind, type ImportedDocument, type ImportLocation, type ParagraphBlock, type TableBlock } from './model'

/** Where an offset of the document text came from, and the hidden item it belongs to, if any. */
export type TextLocation = { location: ImportLocation; hidden?: { kind: HiddenKind; disposition: Disposition } }

/** The scanner's view of a document. */
export type DocumentText = {
  text: string
  /** `text.slice(0, bodyLength)` is the notice body; the rest lists dropped items, scanned but never published */
  bodyLength: number
  /** the location of the character at `start` (a separator resolves to the next content) */
  locate(start: number): TextLocation
}

const SEG_PARAGRAPH = 0
const SEG_CELL = 1
const SEG_SHEET = 2
const SEG_DROPPED = 3
const SEG_ROW_MARK = 4

/** `【隐藏行】`: a marker a person can read in the text and in the redacted copy (Chinese only: it is notice text). */
export function hiddenMarker(kind: HiddenKind): string {
  return `【${hiddenKindLabel[kind]['zh-CN']}】`
}

/** `（隐藏列）`: the note after a hidden column's header cell. */
export const hiddenColumnNote = `（${hiddenKindLabel.hiddenColumn['zh-CN']}）`

const markedKinds = ['hiddenRow', 'hiddenColumn', 'hiddenSheet', 'veryHiddenSheet'] as const

/**
 * The bilingual marks earlier versions wrote (`【隐藏行 hidden row】`, `（隐藏列 hidden column）`): notices
 * imported then still hold them, and they must keep blocking submission until the officer removes them.
 */
export const legacyHiddenMarkers: readonly string[] = [
  ...markedKinds.map((kind) => `【${hiddenKindLabel[kind]['zh-CN']} ${hiddenKindLabel[kind].en}】`),
  `（${hiddenKindLabel.hiddenColumn['zh-CN']} ${hiddenKindLabel.hiddenColumn.en}）`,
]

/**
 * Every mark an import leaves on hidden content it brings into a notice: 【隐藏行】 before a hidden row's or
 * sheet's content, （隐藏列） after a hidden column's header (and the bilingual marks of earlier versions).
 * The editor highlights them and the workflow refuses to submit while one remains (the officer deletes the
 * content, or the mark to confirm it).
 */
export const hiddenContentMarkers: readonly string[] = [...markedKinds.map((kind) => hiddenMarker(kind)), hiddenColumnNote, ...legacyHiddenMarkers]

export const DROPPED_HEADING = '【以下内容不会发布：隐藏或附带的内容，已从正文删除，仅供检查】'

/** Growable parallel Int32 columns: 100,000 rows of cells would be a million objects otherwise. */
class Segments {
  n = 0
  starts = new Int32Array(1024)
  ends = new Int32Array(1024)
  types = new Int32Array(1024)
  a = new Int32Array(1024)
  b = new Int32Array(1024)
  c = new Int32Array(1024)

  push(start: number, end: number, type: number, a: number, b: number, c: number): void {
    if (this.n === this.starts.length) {
      const grow = (x: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const y = new Int32Array(x.length * 2)
        y.set(x)
        return y
      }
      this.starts = grow(this.starts)
      this.ends = grow(this.ends)
      this.types = grow(this.types)
      this.a = grow(this.a)
      this.b = grow(this.b)
      this.c = grow(this.c)
    }
    const i = this.n++
    this.starts[i] = start
    this.ends[i] = end
    this.types[i] = type
    this.a[i] = a
    this.b[i] = b
    this.c[i] = c
  }
}

/** Tabs and line breaks inside a cell would split its row: spaces instead, one for one, so offsets stay put. */
function cellText(s: string): string {
  return /[\t\n\r\u2028\u2029]/.test(s) ? s.replace(/[\t\n\r\u2028\u2029]/g, ' ') : s
}

/** The text the scanner sees and the map back to locations. */
export function documentText(doc: ImportedDocument): DocumentText {
  const parts: string[] = []
  let length = 0
  const segs = new Segments()
  const add = (s: string, type = -1, a = 0, b = 0, c = 0): void => {
    if (type >= 0 && s.length) segs.push(length, length + s.length, type, a, b, c)
    parts.push(s)
    length += s.length
  }
  let sheet: string | undefined
  doc.blocks.forEach((block, bi) => {
    const blockSheet = block.kind === 'table' ? (block.origin.format === 'xlsx' ? block.origin.sheet : undefined) : block.location.sheet
    if (blockSheet !== undefined && blockSheet !== sheet) {
      sheet = blockSheet
      const kind = block.kind === 'table' ? block.hidden : block.hidden === 'hiddenSheet' || block.hidden === 'veryHiddenSheet' ? block.hidden : undefined
      add(kind ? hiddenMarker(kind) : '【工作表】')
      add(blockSheet, SEG_SHEET, bi)
      add('\n')
    }
    if (block.kind === 'paragraph') {
      if (block.hidden) add(hiddenMarker(block.hidden))
      add(block.text, SEG_PARAGRAPH, bi)
      add('\n')
      return
    }
    const rows = [block.header, ...block.rows]
    rows.forEach((row, ri) => {
      row.cells.forEach((cell, ci) => {
        if (ci > 0) add('\t')
        add(cellText(cell), SEG_CELL, bi, ri, ci)
        if (ri === 0 && block.columns[ci]?.hidden) add(hiddenColumnNote)
      })
      // an extra cell past the last column: outside every header column, so it changes no cell's detection
      if (row.hidden) add(`\t${hiddenMarker('hiddenRow')}`, SEG_ROW_MARK, bi, ri)
      add('\n')
    })
  })
  const bodyLength = length
  const dropped = doc.hidden.map((h, i) => [h, i] as const).filter(([h]) => h.disposition === 'dropped')
  if (dropped.length) {
    add(`\n${DROPPED_HEADING}\n`)
    for (const [h, hi] of dropped) {
      add(hiddenMarker(h.kind))
      // labels are context the scanner reads (批注人姓名：张建国): the author is content too, located with the item
      if (h.author) add(`批注人姓名：${h.author}\u3000`, SEG_DROPPED, hi)
      if (h.label) add(`${h.label}：`)
      add(h.text, SEG_DROPPED, hi)
      add('\n')
    }
  }
  const text = parts.join('')

  const locateSeg = (i: number): TextLocation => {
    const type = segs.types[i]
    const bi = segs.a[i]
    if (type === SEG_DROPPED) {
      const h = doc.hidden[bi]
      return { location: h.location, hidden: { kind: h.kind, disposition: h.disposition } }
    }
    const block = doc.blocks[bi]
    if (block.kind === 'paragraph') return paragraphLocation(block, 0)
    if (type === SEG_SHEET) return withHidden(block.location.sheet === undefined ? block.location : { sheet: block.location.sheet }, block.hidden)
    return cellLocation(block, segs.b[i], type === SEG_ROW_MARK ? 0 : segs.c[i])
  }
  const locate = (pos: number): TextLocation => {
    // the first segment that ends after pos: the one containing it, or the next one after a separator
    let lo = 0
    let hi = segs.n - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (segs.ends[mid] > pos) {
        found = mid
        hi = mid - 1
      } else lo = mid + 1
    }
    if (found < 0) found = segs.n - 1
    if (found < 0) return { location: {} }
    const block = doc.blocks[segs.a[found]]
    if (segs.types[found] === SEG_PARAGRAPH && block?.kind === 'paragraph') return paragraphLocation(block, Math.max(0, pos - segs.starts[found]))
    return locateSeg(found)
  }
  return { text, bodyLength, locate }
}

function withHidden(location: ImportLocation, kind: HiddenKind | undefined): TextLocation {
  return kind ? { location, hidden: { kind, disposition: 'shown' } } : { location }
}

function paragraphLocation(p: ParagraphBlock, offset: number): TextLocation {
  const mark = p.marks?.find((m) => offset >= m.start && offset < m.end)
  if (mark) return { location: p.location, hidden: { kind: mark.kind, disposition: 'shown' } }
  return withHidden(p.location, p.hidden)
}

/** The source location of cell (row, column) of a table; row 0 is the header row. */
export function tableCellLocation(t: TableBlock, row: number, column: number): ImportLocation {
  const r = row === 0 ? t.header : t.rows[row - 1]
  const col = t.columns[column]
  if (!r || !col) return t.location
  switch (t.origin.format) {
    case 'xlsx':
      return { sheet: t.origin.sheet, cell: cellRef(r.source, col.source) }
    case 'csv':
      return { row: r.source, column: col.source }
    case 'html':
      return { table: t.origin.table, row: r.source, column: col.source }
    case 'docx': {
      const paragraph = r.paragraphs?.[column]
      const loc: ImportLocation = { part: t.origin.part, table: t.origin.table, row: r.source, column: col.source }
      if (paragraph !== undefined) loc.paragraph = paragraph
      return loc
    }
  }
}

function cellLocation(t: TableBlock, row: number, column: number): TextLocation {
  const location = tableCellLocation(t, row, column)
  const r = row === 0 ? t.header : t.rows[row - 1]
  const kind: HiddenKind | undefined = t.columns[column]?.hidden ? 'hiddenColumn' : r?.hidden ? 'hiddenRow' : t.hidden
  return withHidden(location, kind)
}
