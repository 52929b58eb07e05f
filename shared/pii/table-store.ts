/**
 * Table cells, column-wise: numbers in typed arrays, kind and header as small codes. A long table has
 * hundreds of thousands of cells, and one object per cell was a large share of the scanner's garbage.
 */
import type { ColumnKind } from './column-kind'

export const KINDS: readonly ColumnKind[] = ['name', 'idCard', 'phone', 'address', 'bank', 'dob', 'email', 'plate', 'passport', 'hkMacao', 'taiwan', 'uscc', 'health', 'ip', 'numbering']
export const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]))

/**
 * Cells being collected, column-wise, numbers in typed arrays grown by doubling: cheaper to fill than
 * growing JS arrays, and outside the garbage-collected heap.
 */
export type CellColumns = {
  n: number
  starts: Int32Array
  ends: Int32Array
  rows: Int32Array
  cols: Int32Array
  /** kind and header as small numbers: kind codes index KINDS, header numbers index `headerTexts` */
  kinds: Uint8Array
  headers: Int32Array
  headerTexts: string[]
  headerIds: Map<string, number>
  /** header-row cells of recognised tables, flattened [start, end) pairs in text order */
  headerCells: number[]
}

export function columns(): CellColumns {
  const a = (): Int32Array => new Int32Array(64)
  return { n: 0, starts: a(), ends: a(), rows: a(), cols: a(), kinds: new Uint8Array(64), headers: a(), headerTexts: [], headerIds: new Map(), headerCells: [] }
}

export function addHeaderCell(out: CellColumns, start: number, end: number): void {
  if (end > start) out.headerCells.push(start, end)
}

function headerId(out: CellColumns, header: string): number {
  let id = out.headerIds.get(header)
  if (id === undefined) {
    id = out.headerTexts.length
    out.headerTexts.push(header)
    out.headerIds.set(header, id)
  }
  return id
}

function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2)
  b.set(a)
  return b
}

export function addCell(out: CellColumns, start: number, end: number, row: number, col: number, header: string, kind: ColumnKind): void {
  if (out.n === out.starts.length) {
    out.starts = grown(out.starts)
    out.ends = grown(out.ends)
    out.rows = grown(out.rows)
    out.cols = grown(out.cols)
    out.kinds = grown(out.kinds)
    out.headers = grown(out.headers)
  }
  const i = out.n++
  out.starts[i] = start
  out.ends[i] = end
  out.rows[i] = row
  out.cols[i] = col
  // the same header string as the previous cell's is the common case (one column, row after row)
  out.kinds[i] = KIND_CODE.get(kind) ?? 0
  out.headers[i] = i > 0 && out.headerTexts[out.headers[i - 1]] === header ? out.headers[i - 1] : headerId(out, header)
}

/** Two flattened, start-sorted span lists merged. */
export function mergeSpans(a: number[], b: number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) out.push(a[i++], a[i++])
    else out.push(b[j++], b[j++])
  }
  return out
}

/** Line cells and HTML cells (each already in text order) merged by start; ties keep line cells first. */
export function merge(a: CellColumns, b: CellColumns): CellColumns {
  const out = columns()
  let i = 0
  let j = 0
  while (i < a.n || j < b.n) {
    const fromA = j >= b.n || (i < a.n && a.starts[i] <= b.starts[j])
    const src = fromA ? a : b
    const k = fromA ? i++ : j++
    addCell(out, src.starts[k], src.ends[k], src.rows[k], src.cols[k], src.headerTexts[src.headers[k]], KINDS[src.kinds[k]])
  }
  return out
}
