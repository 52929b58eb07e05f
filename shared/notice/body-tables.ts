/**
 * Tables in a notice body (正文中的表格): a block of two or more consecutive tab-separated lines with the
 * same number of cells, the first line being the header — the form imports and Word/WPS paste produce
 * and the PII engine's table awareness reads. Column actions (整列遮盖 mask, 删除整列 delete) rewrite the
 * body text; the editor saves the result as an ordinary edit, so version history keeps the old text.
 */
import { editBetween } from '../findings/rebase'
import { hiddenColumnNote, hiddenContentMarkers, hiddenMarker, legacyHiddenMarkers } from '../import/project'
import { columnKind, type ColumnKind, type EntityType } from '../pii/index'
import { HIDDEN_TEXT, maskValue } from '../redact/index'

/** One line of a body table. `start`/`end` are offsets of the line in the body (end excludes the line break). */
export type BodyTableRow = { line: number; start: number; end: number; cells: string[] }

/** A table found in the body; `rows[0]` is the header row. */
export type BodyTable = {
  /** 0-based, in body order */
  index: number
  /** first and last line (0-based, inclusive) */
  firstLine: number
  lastLine: number
  /** offsets of the table in the body: [start, end) */
  start: number
  end: number
  /** the header cells (an import's column marker removed), and how many columns the table has */
  headers: string[]
  columns: number
  rows: BodyTableRow[]
}

/** The extra last cell an import adds to a hidden row (`…\t【隐藏行】`, or an earlier version's bilingual one): not a column of the table. */
const ROW_MARKERS: ReadonlySet<string> = new Set([hiddenMarker('hiddenRow'), ...legacyHiddenMarkers.filter((m) => m.startsWith(hiddenMarker('hiddenRow').slice(0, -1)))])
/** The note an import adds to the header cell of a hidden column (now and in earlier versions). */
const COLUMN_MARKERS: readonly string[] = [hiddenColumnNote, ...legacyHiddenMarkers.filter((m) => m.startsWith('（'))]

/** Cells of a line as a table sees them: a trailing hidden-row marker is not a column. */
function columnCount(cells: readonly string[]): number {
  return cells.length > 1 && ROW_MARKERS.has(cells[cells.length - 1].trim()) ? cells.length - 1 : cells.length
}

/** The header text of a cell without the import's hidden-column note. */
export function headerLabel(cell: string): string {
  return COLUMN_MARKERS.reduce((text, note) => text.replace(note, ''), cell).trim()
}

/** Every table in the body, in order. */
export function findTables(body: string): BodyTable[] {
  const tables: BodyTable[] = []
  let run: BodyTableRow[] = []
  let runColumns = 0
  const close = () => {
    if (run.length >= 2) {
      const first = run[0]
      const last = run[run.length - 1]
      tables.push({
        index: tables.length,
        firstLine: first.line,
        lastLine: last.line,
        start: first.start,
        end: last.end,
        headers: first.cells.slice(0, runColumns).map(headerLabel),
        columns: runColumns,
        rows: run,
      })
    }
    run = []
    runColumns = 0
  }
  let start = 0
  let line = 0
  while (start <= body.length) {
    const nl = body.indexOf('\n', start)
    const end = nl < 0 ? body.length : nl
    // a CRLF body keeps its \r outside the last cell
    const textEnd = end > start && body.charCodeAt(end - 1) === 13 ? end - 1 : end
    const text = body.slice(start, textEnd)
    if (text.includes('\t')) {
      const cells = text.split('\t')
      const n = columnCount(cells)
      if (run.length > 0 && n !== runColumns) close()
      if (run.length === 0) runColumns = n
      run.push({ line, start, end: textEnd, cells })
    } else close()
    if (nl < 0) break
    start = nl + 1
    line++
  }
  close()
  return tables
}

/** Rewrites each row of one table with `edit`; the rest of the body is untouched. */
function rewriteTable(body: string, tableIndex: number, column: number, edit: (cells: string[], row: number) => string[]): string {
  const table = findTables(body)[tableIndex]
  if (!table) throw new RangeError(`no table ${tableIndex} in the body`)
  if (!Number.isInteger(column) || column < 0 || column >= table.columns) throw new RangeError(`table ${tableIndex} has no column ${column}`)
  const parts: string[] = []
  let at = 0
  table.rows.forEach((row, r) => {
    parts.push(body.slice(at, row.start), edit([...row.cells], r).join('\t'))
    at = row.end
  })
  parts.push(body.slice(at))
  return parts.join('')
}

/** 删除整列 — removes column `column` (0-based) of table `tableIndex`, header included. */
export function deleteColumn(body: string, tableIndex: number, column: number): string {
  // a two-column table left with one column has no tabs and is plain lines again: the rows stay
  return rewriteTable(body, tableIndex, column, (cells) => {
    cells.splice(column, 1)
    return cells
  })
}

/** The entity type a column of this kind holds, for masking; null when there is no type-specific mask. */
function entityFor(kind: ColumnKind | null, value: string): EntityType | null {
  switch (kind) {
    case 'name':
      return 'PERSON_NAME'
    case 'idCard':
      return 'ID_CARD'
    case 'phone':
      // an 11-digit number starting with 1 (after an optional +86) is a mobile; anything else a landline
      return /^(?:\+?86|0086)?1\d{10}$/.test(value.replace(/[\s\-－]/g, '')) ? 'MOBILE' : 'LANDLINE'
    case 'address':
      return 'ADDRESS'
    case 'bank':
      return 'BANK_CARD'
    case 'dob':
      return 'DATE_OF_BIRTH'
    case 'email':
      return 'EMAIL'
    case 'plate':
      return 'LICENSE_PLATE'
    case 'passport':
      return 'PASSPORT'
    case 'hkMacao':
      return 'HK_MACAO_PERMIT'
    case 'taiwan':
      return 'TAIWAN_PERMIT'
    case 'uscc':
      return 'USCC'
    case 'health':
      return 'HEALTH'
    case 'ip':
      return 'IP_ADDRESS'
    case 'numbering':
    case null:
      return null
  }
}

/** The mask of one cell: the type's mask when the header names a type and the value takes it, else 【已隐去】. */
export function maskCell(header: string, value: string): string {
  const trimmed = value.trim()
  if (trimmed === '') return value
  const type = entityFor(columnKind(headerLabel(header)), trimmed)
  if (!type) return HIDDEN_TEXT
  try {
    const masked = maskValue(type, value)
    // a value the mask leaves whole (not of that type at all) must not stay readable
    return masked === value ? HIDDEN_TEXT : masked
  } catch {
    return HIDDEN_TEXT
  }
}

/** 整列遮盖 — replaces each cell of the column (not the header) by its mask. */
export function maskColumn(body: string, tableIndex: number, column: number): string {
  const table = findTables(body)[tableIndex]
  const header = table?.headers[column] ?? ''
  return rewriteTable(body, tableIndex, column, (cells, row) => {
    if (row > 0 && column < cells.length) cells[column] = maskCell(header, cells[column])
    return cells
  })
}

/** The table, row (1 = first row under the header) and column header of a body offset, if it is in a table. */
export function tableCellAt(tables: readonly BodyTable[], offset: number): { table: number; row: number; header: string } | undefined {
  for (const table of tables) {
    if (offset < table.start || offset > table.end) continue
    // rows are in text order: binary search, since every finding of a long list asks
    let lo = 0
    let hi = table.rows.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (table.rows[mid].start <= offset) lo = mid
      else hi = mid - 1
    }
    const row = table.rows[lo]
    if (!row || offset < row.start || offset > row.end) continue
    let at = row.start
    for (let c = 0; c < row.cells.length; c++) {
      const end = at + row.cells[c].length
      if (offset <= end) return { table: table.index, row: lo, header: table.headers[c] ?? '' }
      at = end + 1
    }
  }
  return undefined
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Every mark an import leaves on hidden content (the same list the workflow's submit check uses). */
const MARKER_RE = new RegExp(hiddenContentMarkers.map(escapeRe).join('|'), 'g')

/**
 * The import's hidden-content markers still in the body (offsets [start, end)): each says "this was hidden
 * in the file". The officer confirms it may be published (deletes the marker) or deletes the row/column;
 * the service refuses to submit while any remain.
 */
export function findImportMarkers(body: string): { start: number; end: number; text: string }[] {
  return Array.from(body.matchAll(MARKER_RE), (m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
}

/**
 * findTables(after), worked out from the tables of `before` when the edit between the two texts adds or
 * removes no line break and no tab (a keystroke in a cell of a long list): the edited row is split again,
 * the rows after it move, every other row keeps its object. Undefined when the edit is not of that kind
 * (or changes whether the row's last cell is an import's hidden-row marker); then parse `after` whole.
 */
export function tablesAfterEdit(before: string, tables: readonly BodyTable[], after: string): BodyTable[] | undefined {
  const { start: p, fromEnd, toEnd } = editBetween(before, after)
  if (/[\n\t\r]/.test(before.slice(p, fromEnd)) || /[\n\t\r]/.test(after.slice(p, toEnd))) return undefined
  const shift = after.length - before.length
  const moved: BodyTable[] = []
  for (const table of tables) {
    if (table.end < p) {
      moved.push(table)
      continue
    }
    const rows: BodyTableRow[] = []
    for (const row of table.rows) {
      if (row.end < p) rows.push(row)
      else if (row.start > p) rows.push({ line: row.line, start: row.start + shift, end: row.end + shift, cells: row.cells })
      else {
        const cells = after.slice(row.start, row.end + shift).split('\t')
        if (columnCount(cells) !== columnCount(row.cells)) return undefined
        rows.push({ line: row.line, start: row.start, end: row.end + shift, cells })
      }
    }
    const first = rows[0]
    const last = rows[rows.length - 1]
    moved.push({ ...table, start: first.start, end: last.end, headers: first === table.rows[0] ? table.headers : first.cells.slice(0, table.columns).map(headerLabel), rows })
  }
  return moved
}
