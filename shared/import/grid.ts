/**
 * From a sheet's grid of cells to notice blocks. A 低保 list in Excel is usually a title row (merged across
 * the table), a header row, data rows and a line or two below (制表人, 日期): the single-cell rows before
 * the first row of several cells become paragraphs, as do those after the last one; the rest is the table.
 * Empty rows and columns go; hidden ones stay, marked, and are listed.
 */
import { cellRef, columnLetters, parseRangeRef } from './cells'
import type { Block, HiddenItem, ImportLocation, ParagraphBlock, TableBlock, TableColumn, TableMerge, TableOrigin, TableRow } from './model'
import { guessStyles } from './paragraph-style'

/** One row of a sheet: the columns that have text (1-based, ascending) and their text. */
export type GridRow = { row: number; hidden: boolean; columns: number[]; values: string[] }

/** A sheet (or a csv file) as rows of cells. */
export type SheetGrid = {
  /** sheet name (xlsx); omitted for csv */
  sheet?: string
  /** 1-based position of the sheet in the workbook */
  index: number
  state: 'visible' | 'hidden' | 'veryHidden'
  /** rows with at least one non-empty cell, ascending */
  rows: GridRow[]
  hiddenColumns: ReadonlySet<number>
  /** merged ranges, A1 notation */
  merges: readonly string[]
}

function nonEmptyCount(r: GridRow): number {
  let n = 0
  for (const v of r.values) if (v.trim()) n++
  return n
}

function firstValue(r: GridRow): { column: number; text: string } {
  for (let i = 0; i < r.values.length; i++) if (r.values[i].trim()) return { column: r.columns[i], text: r.values[i] }
  return { column: r.columns[0] ?? 1, text: '' }
}

/** Blocks and hidden items of one grid. */
export function gridToBlocks(grid: SheetGrid): { blocks: Block[]; hidden: HiddenItem[] } {
  const { rows } = grid
  const sheetHidden = grid.state === 'hidden' ? 'hiddenSheet' : grid.state === 'veryHidden' ? 'veryHiddenSheet' : undefined
  const hidden: HiddenItem[] = []
  const where = (row: number, column: number): ImportLocation => (grid.sheet === undefined ? { row, column } : { sheet: grid.sheet, cell: cellRef(row, column) })
  if (sheetHidden && grid.sheet !== undefined) hidden.push({ kind: sheetHidden, location: { sheet: grid.sheet }, text: grid.sheet, disposition: 'shown' })

  let first = -1
  let last = -1
  for (let i = 0; i < rows.length; i++) {
    if (nonEmptyCount(rows[i]) >= 2) {
      if (first < 0) first = i
      last = i
    }
  }
  const paragraph = (r: GridRow): ParagraphBlock => {
    const v = firstValue(r)
    const p: ParagraphBlock = { kind: 'paragraph', text: v.text, style: 'body', location: where(r.row, v.column) }
    if (r.hidden) p.hidden = 'hiddenRow'
    else if (sheetHidden) p.hidden = sheetHidden
    return p
  }
  const before: ParagraphBlock[] = []
  const after: ParagraphBlock[] = []
  for (let i = 0; i < rows.length; i++) {
    if (first >= 0 && i >= first && i <= last) continue
    if (nonEmptyCount(rows[i]) === 0) continue
    ;(first >= 0 && i > last ? after : before).push(paragraph(rows[i]))
  }
  const styled = [...before, ...after]
  guessStyles(styled.map((p) => ({ text: p.text }))).forEach((s, i) => (styled[i].style = s))
  for (const p of styled) if (p.hidden === 'hiddenRow') hidden.push(hiddenRowItem(grid, rowNumber(p), p.text))

  const blocks: Block[] = [...before]
  if (first >= 0) blocks.push(table(grid, rows.slice(first, last + 1), hidden, sheetHidden))
  blocks.push(...after)
  return { blocks, hidden }
}

function rowNumber(p: ParagraphBlock): number {
  return p.location.row ?? Number(/\d+$/.exec(p.location.cell ?? '')?.[0] ?? 0)
}

function hiddenRowItem(grid: SheetGrid, row: number, text: string): HiddenItem {
  const location: ImportLocation = grid.sheet === undefined ? { row } : { sheet: grid.sheet, range: `${row}:${row}` }
  return { kind: 'hiddenRow', location, text, disposition: 'shown' }
}

function table(grid: SheetGrid, rows: GridRow[], hidden: HiddenItem[], sheetHidden: TableBlock['hidden']): TableBlock {
  // the columns that hold anything, in order
  const used = new Set<number>()
  for (const r of rows) r.values.forEach((v, k) => v.trim() && used.add(r.columns[k]))
  const sources = [...used].sort((a, b) => a - b)
  const slot = new Map(sources.map((c, i) => [c, i]))
  const columns: TableColumn[] = sources.map((source) => (grid.hiddenColumns.has(source) ? { source, hidden: true } : { source }))
  const toRow = (r: GridRow): TableRow => {
    const cells = new Array<string>(sources.length).fill('')
    for (let k = 0; k < r.columns.length; k++) {
      const s = slot.get(r.columns[k])
      if (s !== undefined) cells[s] = r.values[k]
    }
    return r.hidden ? { cells, source: r.row, hidden: true } : { cells, source: r.row }
  }
  const [head, ...body] = rows.map(toRow)
  const origin: TableOrigin = grid.sheet === undefined ? { format: 'csv' } : { format: 'xlsx', sheet: grid.sheet }
  const location: ImportLocation = grid.sheet === undefined ? { row: head.source, column: sources[0] ?? 1 } : { sheet: grid.sheet, cell: cellRef(head.source, sources[0] ?? 1) }
  const t: TableBlock = { kind: 'table', origin, index: grid.index, location, columns, header: head, rows: body }
  if (sheetHidden) t.hidden = sheetHidden
  const merges = tableMerges(grid.merges, [head, ...body], sources)
  if (merges.length) t.merges = merges

  columns.forEach((c, i) => {
    if (!c.hidden) return
    const location: ImportLocation = grid.sheet === undefined ? { column: c.source } : { sheet: grid.sheet, range: `${columnLetters(c.source)}:${columnLetters(c.source)}` }
    hidden.push({ kind: 'hiddenColumn', location, text: head.cells[i], disposition: 'shown' })
  })
  for (const r of [head, ...body]) if (r.hidden) hidden.push(hiddenRowItem(grid, r.source, r.cells.join('\t')))
  return t
}

/** Merged ranges that fall inside the table, in table coordinates. */
function tableMerges(merges: readonly string[], rows: readonly TableRow[], sources: readonly number[]): TableMerge[] {
  if (!merges.length) return []
  const rowIndex = new Map(rows.map((r, i) => [r.source, i]))
  const colIndex = new Map(sources.map((c, i) => [c, i]))
  const out: TableMerge[] = []
  for (const m of merges) {
    const r = parseRangeRef(m)
    if (!r) continue
    const top = rowIndex.get(r.top)
    const left = colIndex.get(r.left)
    if (top === undefined || left === undefined) continue
    let rowsIn = 0
    for (let k = top; k < rows.length && rows[k].source <= r.bottom; k++) rowsIn++
    let colsIn = 0
    for (let k = left; k < sources.length && sources[k] <= r.right; k++) colsIn++
    if (rowsIn * colsIn > 1) out.push({ row: top, column: left, rows: rowsIn, columns: colsIn })
  }
  return out
}
