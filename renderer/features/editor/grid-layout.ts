import type { BodyTable } from '../../../shared/notice/body-tables'
import type { Mark } from '../findings/layer-lines'
import { cellAt } from './body-segments'

// The grid's layout: which cell each finding colours, and how wide each column is (table-grid.tsx draws them).

/** Row heights are fixed so that only the rows in view are drawn (a list of 5,000 households stays light). */
export const ROW_HEIGHT = 34
export const HEADER_HEIGHT = 38
export const GUTTER_WIDTH = 56
/** Rows drawn above and below the visible ones, so a quick scroll shows no blank band. */
export const OVERSCAN = 8
/** The grid's own scroll box: at most this tall, the header row stays on top. */
export const MAX_HEIGHT = 480

export type CellMark = { key: string; className: string }

/**
 * The finding marks of each cell (body offsets → row and column); one per cell, the selected one first.
 * `rows`: only rows first..last (inclusive) — the grid asks for the rows it draws, not for all 5,000.
 */
export function cellMarks(
  table: BodyTable,
  marks: readonly Mark[],
  selectedKey: string | undefined,
  rows: readonly [number, number] = [0, table.rows.length - 1],
): Map<number, Map<number, CellMark>> {
  const byRow = new Map<number, Map<number, CellMark>>()
  const firstRow = table.rows[Math.max(0, rows[0])]
  const lastRow = table.rows[Math.min(table.rows.length - 1, rows[1])]
  if (!firstRow || !lastRow || firstRow.start > lastRow.end) return byRow
  // the table's first row starts where the table does, its last ends where it ends
  const from = rows[0] <= 0 ? table.start : firstRow.start
  const to = rows[1] >= table.rows.length - 1 ? table.end : lastRow.end
  // marks are in text order: start at the first that can be in those rows
  let lo = 0
  let hi = marks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (marks[mid].start < from) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < marks.length && marks[i].start <= to; i++) {
    const mark = marks[i]
    const cell = cellAt(table, mark.start)
    if (!cell) continue
    // an import's hidden-row marker sits in an extra cell after the last column: the row's gutter shows it
    const column = Math.min(cell.column, table.columns)
    let row = byRow.get(cell.row)
    if (!row) byRow.set(cell.row, (row = new Map<number, CellMark>()))
    const selected = mark.key === selectedKey
    if (row.has(column) && !selected) continue
    const className = mark.kind === 'import' ? 'mark--import' : `mark--${mark.severity} mark--${mark.state}${selected ? ' mark--selected' : ''}`
    row.set(column, { key: mark.key, className })
  }
  return byRow
}

/** Width in "half-width units" (a Chinese character counts two), capped: enough to size a column. */
function textUnits(text: string): number {
  let units = 0
  const n = Math.min(text.length, 40)
  for (let i = 0; i < n; i++) units += text.charCodeAt(i) > 0x2e7f ? 2 : 1
  return units
}

/** Each column as wide as its widest value (within limits), so the cells line up and a wide table scrolls sideways. */
export function columnWidths(table: BodyTable): number[] {
  const units = Array.from({ length: table.columns }, () => 4)
  for (const row of table.rows) {
    for (let c = 0; c < table.columns; c++) units[c] = Math.max(units[c], textUnits(row.cells[c] ?? ''))
  }
  // 7.5 px a unit at 14 px, plus the padding and the header's delete button
  return units.map((u) => Math.min(360, Math.max(72, Math.ceil(u * 7.5) + 44)))
}

