import { findTables } from '../notice/body-tables'
import { REMOVED_TEXT } from '../redact/index'

/**
 * 整列删除 — data minimisation for list notices (低保, 补贴…). When redaction removed every value of a table column
 * (身份证号码, 联系电话 under the dibao policy), publishing a column of 【已删除】 under its header says nothing and
 * still tells the reader the office held those numbers: the column goes, header included. Works on the redacted
 * body (tables as tab-separated rows, shared/notice/body-tables), so the HTML, TXT and PDF all lose it alike.
 */

/** A column dropped from the published body: which table (0-based, in body order), which column and its header. */
export type DroppedColumn = { table: number; column: number; header: string }

/** The published body without its fully removed columns, and how offsets in the input map into it. */
export type WholeColumns = {
  text: string
  dropped: DroppedColumn[]
  /** the removed stretches of the input, [start, end), in order, not overlapping */
  cuts: { start: number; end: number }[]
  /** an offset of the input text in the output text (inside a cut: where the cut was) */
  shift: (offset: number) => number
}

const isRemoved = (cell: string): boolean => cell.trim() === REMOVED_TEXT

/**
 * Drops each table column whose data cells (every row below the header) are all 【已删除】 — an empty cell counts
 * with them, as long as one was removed. A table keeps at least one column: if every column qualifies, nothing
 * of it is dropped (an all-removed table is for a person to look at). Cells past a row's column count (an import's
 * hidden-row mark) stay where they are.
 */
export function dropRemovedColumns(body: string): WholeColumns {
  const dropped: DroppedColumn[] = []
  const cuts: { start: number; end: number }[] = []
  for (const table of findTables(body)) {
    const data = table.rows.slice(1)
    const columns: number[] = []
    for (let c = 0; c < table.columns; c++) {
      const cells = data.map((row) => row.cells[c] ?? '')
      if (cells.some(isRemoved) && cells.every((cell) => isRemoved(cell) || cell.trim() === '')) columns.push(c)
    }
    if (columns.length === 0 || columns.length === table.columns) continue
    for (const c of columns) dropped.push({ table: table.index, column: c, header: table.headers[c] ?? '' })
    const gone = new Set(columns)
    for (const row of table.rows) {
      // cell c spans [at, at + length); with its tab: the one before it, or for the first column the one after
      let at = row.start
      const spans = row.cells.map((cell) => {
        const span = { start: at, end: at + cell.length }
        at = span.end + 1
        return span
      })
      const first = spans.findIndex((_, c) => !gone.has(c))
      spans.forEach((span, c) => {
        if (!gone.has(c)) return
        cuts.push(c < first ? { start: span.start, end: span.end + 1 } : { start: span.start - 1, end: span.end })
      })
    }
  }
  cuts.sort((a, b) => a.start - b.start)
  let text = ''
  let at = 0
  for (const cut of cuts) {
    text += body.slice(at, cut.start)
    at = cut.end
  }
  text += body.slice(at)
  // before[i]: characters removed by the cuts before cut i — a long list has a cut per row, and every finding asks
  const before: number[] = []
  let total = 0
  for (const cut of cuts) {
    before.push(total)
    total += cut.end - cut.start
  }
  const shift = (offset: number): number => {
    // the last cut starting before offset
    let lo = 0
    let hi = cuts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (cuts[mid].start < offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return offset
    const cut = cuts[found]
    return offset - before[found] - (Math.min(offset, cut.end) - cut.start)
  }
  return { text, dropped, cuts, shift }
}

/** The note the review view and the preview show for each dropped column: 「身份证号码」列已整列删除. */
export function droppedColumnNote(column: Pick<DroppedColumn, 'header'>): { 'zh-CN': string; en: string } {
  const header = column.header.trim()
  return header
    ? { 'zh-CN': `「${header}」列已整列删除`, en: `The column “${header}” is removed as a whole` }
    : { 'zh-CN': '一列已整列删除（该列的每个值都被删除）', en: 'A column whose every value was removed is removed as a whole' }
}
