/** Spreadsheet cell references: column letters and A1 references, as Excel and WPS write them. */

/** Excel's last column, XFD. */
export const MAX_COLUMN = 16384
/** Excel's last row. */
export const MAX_ROW = 1048576

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let s = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** A1 → {row: 1, column: 1}; null when the reference is not a plain cell within Excel's grid. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  let i = 0
  let column = 0
  // $ marks absolute references in formulas; sheets write plain ones, but tolerate both
  if (ref.charCodeAt(i) === 36) i++
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32
    if (c < 65 || c > 90) break
    column = column * 26 + (c - 64)
    if (column > MAX_COLUMN) return null
  }
  if (column === 0) return null
  if (ref.charCodeAt(i) === 36) i++
  let row = 0
  const digits = i
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c < 48 || c > 57) return null
    row = row * 10 + (c - 48)
    if (row > MAX_ROW) return null
  }
  if (i === digits || row === 0) return null
  return { row, column }
}

/** {row, column} → A1. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`
}

/** A1:C3 → corners; null when malformed. */
export function parseRangeRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':')
  const p = parseCellRef(a ?? '')
  const q = parseCellRef(b)
  if (!p || !q) return null
  return { top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) }
}
