/**
 * Table awareness: finds TSV, CSV, Markdown-pipe, whitespace-aligned and HTML tables in the normalised
 * text and records, for each cell under a recognised header, its span and column kind. Detectors use it
 * to raise confidence, to suppress numbers in 编号 columns, and to surface values that fail validation.
 */
import type { ColumnKind } from './column-kind'
import { htmlTables } from './tables-html'
import { lineTables } from './table-lines'
import { KINDS, addCell, addHeaderCell, columns, merge, mergeSpans } from './table-store'

export type Cell = { start: number; end: number; row: number; col: number; header: string; kind: ColumnKind }

/**
 * Cells under a recognised header, sorted by start, held column-wise: a long table has hundreds of
 * thousands of cells, and one object per cell was a large share of the scanner's garbage. Detectors
 * read the arrays through indexAt(); `cells` and cellAt() build Cell objects for everyone else.
 */
export type TableIndex = {
  /** every cell as an object (built on first use) */
  readonly cells: Cell[]
  cellAt(pos: number): Cell | null
  /** index of the cell containing `pos`, or -1 */
  indexAt(pos: number): number
  count: number
  starts: Int32Array
  ends: Int32Array
  kindOf(i: number): ColumnKind
  /** the header text of the cell's column */
  headerOf(i: number): string
  /** inside a header cell of a recognised table (column names, never data) */
  inHeader(pos: number): boolean
}

export function indexTables(text: string): TableIndex {
  const line = columns()
  lineTables(text, line)
  const html = columns()
  htmlTables(
    text,
    (start, end, row, col, header, kind) => addCell(html, start, end, row, col, header, kind),
    (start, end) => addHeaderCell(html, start, end),
  )
  const c = html.n ? merge(line, html) : line
  const { n: count, kinds, headers, headerTexts } = c
  const starts = c.starts.subarray(0, count)
  const ends = c.ends.subarray(0, count)
  let objects: Cell[] | null = null
  const kindOf = (i: number): ColumnKind => KINDS[kinds[i]]
  const headerOf = (i: number): string => headerTexts[headers[i]]
  const cellObject = (i: number): Cell => ({ start: starts[i], end: ends[i], row: c.rows[i], col: c.cols[i], header: headerOf(i), kind: kindOf(i) })
  // detectors ask in text order, mostly: try the last answer and its successor before bisecting
  let hint = 0
  const indexAt = (pos: number): number => {
    if (hint < count && pos >= starts[hint]) {
      if (pos < ends[hint]) return hint
      if (hint + 1 < count && pos >= starts[hint + 1] && pos < ends[hint + 1]) return ++hint
    }
    let lo = 0
    let hi = count - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (pos < starts[mid]) hi = mid - 1
      else if (pos >= ends[mid]) lo = mid + 1
      else return (hint = mid)
    }
    return -1
  }
  const headerCells = html.headerCells.length ? mergeSpans(line.headerCells, html.headerCells) : line.headerCells
  const inHeader = (pos: number): boolean => {
    let lo = 0
    let hi = (headerCells.length >> 1) - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (pos < headerCells[2 * mid]) hi = mid - 1
      else if (pos >= headerCells[2 * mid + 1]) lo = mid + 1
      else return true
    }
    return false
  }
  return {
    get cells(): Cell[] {
      if (!objects) {
        objects = []
        for (let i = 0; i < count; i++) objects.push(cellObject(i))
      }
      return objects
    },
    cellAt(pos: number): Cell | null {
      const i = indexAt(pos)
      return i < 0 ? null : cellObject(i)
    },
    indexAt,
    count,
    starts,
    ends,
    kindOf,
    headerOf,
    inHeader,
  }
}
