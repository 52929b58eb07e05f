/**
 * Table awareness: finds TSV, CSV, Markdown-pipe, whitespace-aligned and HTML tables in the normalised
 * text and records, for each cell under a recognised header, its span and column kind. Detectors use it
 * to raise confidence, to suppress numbers in 编号 columns, and to surface values that fail validation.
 */
import { columnKind, type ColumnKind } from './column-kind'
import { htmlTables } from './tables-html'

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
  starts: readonly number[]
  ends: readonly number[]
  kinds: readonly ColumnKind[]
  /** the header text of each cell's column (shared by the column's cells) */
  headers: readonly string[]
}

type Delim = 'tab' | 'comma' | 'pipe' | 'space'

/** Cells being collected, column-wise. */
type CellColumns = { starts: number[]; ends: number[]; rows: number[]; cols: number[]; headers: string[]; kinds: ColumnKind[] }

function columns(): CellColumns {
  return { starts: [], ends: [], rows: [], cols: [], headers: [], kinds: [] }
}

function addCell(out: CellColumns, start: number, end: number, row: number, col: number, header: string, kind: ColumnKind): void {
  out.starts.push(start)
  out.ends.push(end)
  out.rows.push(row)
  out.cols.push(col)
  out.headers.push(header)
  out.kinds.push(kind)
}

/** Raw cells of one line (start, end, x), reused line after line. */
type RawCells = { starts: number[]; ends: number[]; xs: number[]; length: number }

function rawPush(raw: RawCells, start: number, end: number, x: number): void {
  raw.starts[raw.length] = start
  raw.ends[raw.length] = end
  raw.xs[raw.length] = x
  raw.length++
}

const SPACE_COLS = /\S(?: {2,}|\u3000)\S/g

/** JavaScript white space and line terminators (what String.prototype.trim removes). */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * How the line text[ls, le) is delimited, if it looks like a table row: a tab; a pipe after leading
 * space with another pipe later; a comma; or two gaps of 2+ spaces (or an ideographic space) between
 * words. One pass over char codes: this runs on every line of the text.
 */
function delimOf(text: string, ls: number, le: number): Delim | null {
  let pipe = false
  let comma = false
  let spaced = false
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i)
    if (c === 9) return 'tab'
    if (c === 124) pipe = true
    else if (c === 44) comma = true
    else if (c === 0x3000 || (c === 32 && i + 1 < le && text.charCodeAt(i + 1) === 32)) spaced = true
  }
  if (!pipe && !comma && !spaced) return null
  if (pipe) {
    let f = ls
    while (f < le && isJsSpace(text.charCodeAt(f))) f++
    if (text.charCodeAt(f) === 124) for (let i = f + 1; i < le; i++) if (text.charCodeAt(i) === 124) return 'pipe'
  }
  if (comma) return 'comma'
  const line = text.slice(ls, le)
  SPACE_COLS.lastIndex = 0
  let gaps = 0
  while (SPACE_COLS.exec(line) && gaps < 2) {
    gaps++
    SPACE_COLS.lastIndex--
  }
  return gaps >= 2 ? 'space' : null
}

/** /\s|"/ on one UTF-16 unit, without making a one-character string of it. */
function isSpaceOrQuote(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return c === 34
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

function trimStart(text: string, s: number, e: number): number {
  while (s < e && isSpaceOrQuote(text.charCodeAt(s))) s++
  return s
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpaceOrQuote(text.charCodeAt(e - 1))) e--
  return e
}

/** Display width: CJK and full-width forms take two columns in an aligned plain-text table. */
function width(ch: number): number {
  return ch >= 0x1100 && (ch <= 0x115f || (ch >= 0x2e80 && ch <= 0xa4cf) || (ch >= 0xac00 && ch <= 0xd7a3) || (ch >= 0xf900 && ch <= 0xfaff) || (ch >= 0xfe30 && ch <= 0xfe4f) || (ch >= 0xff00 && ch <= 0xff60) || (ch >= 0xffe0 && ch <= 0xffe6)) ? 2 : 1
}

function splitLine(text: string, ls: number, le: number, d: Delim, raw: RawCells): void {
  raw.length = 0
  if (d === 'space') {
    let x = 0
    let i = ls
    while (i < le) {
      for (let c = text.charCodeAt(i); i < le && (c === 32 || c === 0x3000); c = text.charCodeAt(i)) {
        x += width(c)
        i++
      }
      if (i >= le) break
      const s = i
      const sx = x
      for (let c = text.charCodeAt(i); i < le && !((c === 32 && text.charCodeAt(i + 1) === 32) || c === 0x3000); c = text.charCodeAt(i)) {
        x += width(c)
        i++
      }
      const a = trimStart(text, s, i)
      rawPush(raw, a, trimEnd(text, a, i), sx)
    }
    return
  }
  const sep = d === 'tab' ? 9 : d === 'comma' ? 44 : 124
  let s = ls
  if (d === 'pipe') {
    while (s < le && text.charCodeAt(s) === 32) s++
    if (text.charCodeAt(s) === 124) s++
  }
  let inQuote = false
  for (let i = s; i <= le; i++) {
    const c = i < le ? text.charCodeAt(i) : sep
    if (d === 'comma' && c === 34) inQuote = !inQuote
    if (c === sep && !inQuote) {
      const a = trimStart(text, s, i)
      const b = trimEnd(text, a, i)
      if (!(d === 'pipe' && i === le && a === b)) rawPush(raw, a, b, raw.length)
      s = i + 1
    }
  }
}

type HeaderCol = { kind: ColumnKind | null; header: string; x: number }

function headerOf(text: string, raw: RawCells): HeaderCol[] | null {
  let known = 0
  const cols: HeaderCol[] = []
  for (let i = 0; i < raw.length; i++) {
    const header = text.slice(raw.starts[i], raw.ends[i])
    const kind = /\d{5,}/.test(header) ? null : columnKind(header)
    if (kind) known++
    cols.push({ kind, header, x: raw.xs[i] })
  }
  return known > 0 ? cols : null
}

function nearestCol(cols: HeaderCol[], x: number): number {
  let best = 0
  let bestD = Infinity
  for (let i = 0; i < cols.length; i++) {
    const d = Math.abs((cols[i]?.x ?? 0) - x)
    if (d < bestD) {
      bestD = d
      best = i
    }
  }
  return best
}

function lineTables(text: string, out: CellColumns): void {
  let header: HeaderCol[] | null = null
  let blockDelim: Delim | null = null
  let row = 0
  let rowsSeen = 0
  const raw: RawCells = { starts: [], ends: [], xs: [], length: 0 }
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf('\n', ls)
    if (le < 0) le = text.length
    const lineEnd = le > ls && text.charCodeAt(le - 1) === 13 ? le - 1 : le
    const d = delimOf(text, ls, lineEnd)
    if (d !== blockDelim) {
      header = null
      row = 0
      rowsSeen = 0
      blockDelim = d
    }
    if (d && !(d === 'pipe' && /^\s*\|?\s*:?-{2,}/.test(text.slice(ls, Math.min(lineEnd, ls + 12))))) {
      splitLine(text, ls, lineEnd, d, raw)
      rowsSeen++
      if (!header) {
        // the first row of a block is its header; a title row before it gets one more chance
        if (rowsSeen <= 2) header = headerOf(text, raw)
        row = 0
      } else {
        row++
        for (let i = 0; i < raw.length; i++) {
          const col = d === 'space' && raw.length !== header.length ? nearestCol(header, raw.xs[i]) : i
          const h = header[col]
          if (h?.kind && raw.ends[i] > raw.starts[i]) addCell(out, raw.starts[i], raw.ends[i], row, col, h.header, h.kind)
        }
      }
    }
    ls = le + 1
  }
}

export function indexTables(text: string): TableIndex {
  const line = columns()
  lineTables(text, line)
  const html = columns()
  htmlTables(text, (start, end, row, col, header, kind) => addCell(html, start, end, row, col, header, kind))
  const c = html.starts.length ? merge(line, html) : line
  const { starts, ends, kinds, headers } = c
  let objects: Cell[] | null = null
  const cellObject = (i: number): Cell => ({ start: starts[i], end: ends[i], row: c.rows[i], col: c.cols[i], header: headers[i], kind: kinds[i] })
  const indexAt = (pos: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (pos < starts[mid]) hi = mid - 1
      else if (pos >= ends[mid]) lo = mid + 1
      else return mid
    }
    return -1
  }
  return {
    get cells(): Cell[] {
      objects ??= starts.map((_, i) => cellObject(i))
      return objects
    },
    cellAt(pos: number): Cell | null {
      const i = indexAt(pos)
      return i < 0 ? null : cellObject(i)
    },
    indexAt,
    count: starts.length,
    starts,
    ends,
    kinds,
    headers,
  }
}

/** Line cells and HTML cells (each already in text order) merged by start; ties keep line cells first. */
function merge(a: CellColumns, b: CellColumns): CellColumns {
  const out = columns()
  let i = 0
  let j = 0
  while (i < a.starts.length || j < b.starts.length) {
    const fromA = j >= b.starts.length || (i < a.starts.length && a.starts[i] <= b.starts[j])
    const src = fromA ? a : b
    const k = fromA ? i++ : j++
    addCell(out, src.starts[k], src.ends[k], src.rows[k], src.cols[k], src.headers[k], src.kinds[k])
  }
  return out
}
