/**
 * 正文 as the editor shows it: text blocks and table blocks. The body stays one string (the scan, the
 * decisions, the preview and the bundle all read it); a table block is a run of tab-separated lines under
 * a header (shared/notice/body-tables findTables), and every grid edit below is a rewrite of that run's
 * slice of the string. Offsets are body offsets unless a name says otherwise.
 *
 * Layout of the string around a table: the line break before a table and the one after it separate the
 * blocks and belong to neither, so a text block never starts or ends with the break that joins it to a
 * table. A table at the very start or end of the body gets an empty "edge" text block next to it, so
 * there is always somewhere to type before and after a table (as in WPS).
 */
import { findTables, type BodyTable } from '../../../shared/notice/body-tables'
import { limits } from '../../../shared/notice/notice'

export type TextSegment = {
  kind: 'text'
  key: string
  /** [start, end) of the block's text in the body */
  start: number
  end: number
  text: string
  /** an empty block at the body's edge next to a table: typing into it adds a line break to join it on */
  edge?: 'before' | 'after'
}

export type TableSegment = { kind: 'table'; key: string; start: number; end: number; table: BodyTable }

export type Segment = TextSegment | TableSegment

/** The body cut into text and table blocks, in order. A body without tables is one text block. */
export function segmentBody(body: string, tables: readonly BodyTable[] = findTables(body)): Segment[] {
  if (tables.length === 0) return [{ kind: 'text', key: 'text-0', start: 0, end: body.length, text: body }]
  const segments: Segment[] = []
  let at = 0
  tables.forEach((table, i) => {
    if (table.start === 0) {
      segments.push({ kind: 'text', key: `text-${i}`, start: 0, end: 0, text: '', edge: 'before' })
    } else if (table.start - 1 >= at) {
      // the break just before the table (body[table.start - 1] is '\n') separates the blocks
      segments.push({ kind: 'text', key: `text-${i}`, start: at, end: table.start - 1, text: body.slice(at, table.start - 1) })
    }
    segments.push({ kind: 'table', key: `table-${i}`, start: table.start, end: table.end, table })
    at = table.end + 1
  })
  if (at <= body.length) segments.push({ kind: 'text', key: `text-${tables.length}`, start: at, end: body.length, text: body.slice(at) })
  else segments.push({ kind: 'text', key: `text-${tables.length}`, start: body.length, end: body.length, text: '', edge: 'after' })
  return segments
}

/** The body with a text block's text replaced by `value`. */
export function replaceText(body: string, segment: TextSegment, value: string): string {
  if (segment.edge) {
    if (value === '') return body
    return segment.edge === 'before' ? `${value}\n${body}` : `${body}\n${value}`
  }
  return body.slice(0, segment.start) + value + body.slice(segment.end)
}

/** [start, end) of cell (row, column) in the body; row 0 is the header row. */
export function cellSpan(table: BodyTable, row: number, column: number): { start: number; end: number } {
  const line = table.rows[row]
  if (!line || column < 0 || column >= line.cells.length) throw new RangeError(`no cell ${row}:${column}`)
  let start = line.start
  for (let c = 0; c < column; c++) start += line.cells[c].length + 1
  return { start, end: start + line.cells[column].length }
}

/** The cell holding a body offset (its end counts too, as a caret after the last character), if any. */
export function cellAt(table: BodyTable, offset: number): { row: number; column: number; start: number; end: number } | undefined {
  if (offset < table.start || offset > table.end) return undefined
  const rows = table.rows
  let lo = 0
  let hi = rows.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (rows[mid].start <= offset) lo = mid
    else hi = mid - 1
  }
  const line = rows[lo]
  if (offset > line.end) return undefined
  let start = line.start
  for (let column = 0; column < line.cells.length; column++) {
    const end = start + line.cells[column].length
    if (offset <= end) return { row: lo, column, start, end }
    start = end + 1
  }
  return undefined
}

/** A cell holds one line of text: a tab or a line break typed or pasted into it would split the table. */
export function cellText(value: string): string {
  return value.replace(/\r\n|[\t\r\n]/g, ' ')
}

/** The body with cell (row, column) set to `value`; the body as it was when that would exceed the length limit. */
export function editCell(body: string, table: BodyTable, row: number, column: number, value: string): string {
  const { start, end } = cellSpan(table, row, column)
  const next = body.slice(0, start) + cellText(value) + body.slice(end)
  return next.length > limits.body ? body : next
}

/** The body without data row `row` (1 = the first row under the header; the header row stays). */
export function deleteRow(body: string, table: BodyTable, row: number): string {
  if (row < 1 || row >= table.rows.length) throw new RangeError(`no data row ${row}`)
  const line = table.rows[row]
  const next = table.rows[row + 1]
  // the line and the break after it; the last row takes the break before it instead
  return next ? body.slice(0, line.start) + body.slice(next.start) : body.slice(0, table.rows[row - 1].end) + body.slice(line.end)
}

/** The body with an empty row after row `after` (WPS adds one when Tab leaves the last cell). */
export function insertRow(body: string, table: BodyTable, after: number): string {
  const line = table.rows[after]
  if (!line) throw new RangeError(`no row ${after}`)
  const next = body.slice(0, line.end) + '\n' + '\t'.repeat(table.columns - 1) + body.slice(line.end)
  return next.length > limits.body ? body : next
}

/**
 * Several cells pasted at once (from WPS/Excel/Word: lines of tab-separated cells) into the grid at
 * (row, column): they fill the cells to the right and below; cells past the last column are left out and
 * rows past the last row are added. Returns the body unchanged when the result would be too long.
 */
export function pasteCells(body: string, table: BodyTable, row: number, column: number, grid: readonly (readonly string[])[]): string {
  const lines = table.rows.map((line) => [...line.cells])
  grid.forEach((cells, r) => {
    const target = row + r
    while (target >= lines.length) lines.push(Array.from({ length: table.columns }, () => ''))
    cells.forEach((value, c) => {
      if (column + c < table.columns) lines[target][column + c] = cellText(value)
    })
  })
  const next = body.slice(0, table.start) + lines.map((cells) => cells.join('\t')).join('\n') + body.slice(table.end)
  return next.length > limits.body ? body : next
}

/** Clipboard text as rows of cells (a trailing line break, as Excel and WPS add, is not an extra row). */
export function clipboardGrid(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  return lines.map((line) => line.split('\t'))
}
