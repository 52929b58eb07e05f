/**
 * Table awareness: finds TSV, CSV, Markdown-pipe, whitespace-aligned and HTML tables in the normalised
 * text and records, for each cell under a recognised header, its span and column kind. Detectors use it
 * to raise confidence, to suppress numbers in 编号 columns, and to surface values that fail validation.
 */
import { columnKind, type ColumnKind } from './column-kind'

export type Cell = { start: number; end: number; row: number; col: number; header: string; kind: ColumnKind }

export type TableIndex = {
  /** cells under a recognised header, sorted by start */
  cells: Cell[]
  cellAt(pos: number): Cell | null
}

type Delim = 'tab' | 'comma' | 'pipe' | 'space'
type RawCell = { start: number; end: number; x: number }

const SPACE_COLS = /\S(?: {2,}|\u3000)\S/g

function delimOf(line: string): Delim | null {
  if (line.includes('\t')) return 'tab'
  if (!line.includes('|') && !line.includes(',') && !line.includes('  ') && !line.includes('\u3000')) return null
  const t = line.trimStart()
  if (t.startsWith('|') && t.indexOf('|', 1) > 0) return 'pipe'
  if (line.includes(',')) return 'comma'
  SPACE_COLS.lastIndex = 0
  let gaps = 0
  while (SPACE_COLS.exec(line) && gaps < 2) {
    gaps++
    SPACE_COLS.lastIndex--
  }
  return gaps >= 2 ? 'space' : null
}

/** Cheap pre-check without slicing: does the line contain a tab, pipe, comma or a double space? */
function maybeDelimited(text: string, ls: number, le: number): boolean {
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i)
    if (c === 9 || c === 124 || c === 44 || c === 0x3000 || (c === 32 && text.charCodeAt(i + 1) === 32)) return true
  }
  return false
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s|"/.test(text[s] ?? '')) s++
  while (e > s && /\s|"/.test(text[e - 1] ?? '')) e--
  return [s, e]
}

/** Display width: CJK and full-width forms take two columns in an aligned plain-text table. */
function width(ch: number): number {
  return ch >= 0x1100 && (ch <= 0x115f || (ch >= 0x2e80 && ch <= 0xa4cf) || (ch >= 0xac00 && ch <= 0xd7a3) || (ch >= 0xf900 && ch <= 0xfaff) || (ch >= 0xfe30 && ch <= 0xfe4f) || (ch >= 0xff00 && ch <= 0xff60) || (ch >= 0xffe0 && ch <= 0xffe6)) ? 2 : 1
}

function splitLine(text: string, ls: number, le: number, d: Delim): RawCell[] {
  const cells: RawCell[] = []
  if (d === 'space') {
    let x = 0
    let i = ls
    while (i < le) {
      while (i < le && (text[i] === ' ' || text[i] === '\u3000')) {
        x += width(text.charCodeAt(i))
        i++
      }
      if (i >= le) break
      const s = i
      const sx = x
      while (i < le && !((text[i] === ' ' && text[i + 1] === ' ') || text[i] === '\u3000')) {
        x += width(text.charCodeAt(i))
        i++
      }
      const [a, b] = trimSpan(text, s, i)
      cells.push({ start: a, end: b, x: sx })
    }
    return cells
  }
  const sep = d === 'tab' ? '\t' : d === 'comma' ? ',' : '|'
  let s = ls
  if (d === 'pipe') {
    while (s < le && text[s] === ' ') s++
    if (text[s] === '|') s++
  }
  let inQuote = false
  for (let i = s; i <= le; i++) {
    const c = i < le ? text[i] : sep
    if (d === 'comma' && c === '"') inQuote = !inQuote
    if (c === sep && !inQuote) {
      const [a, b] = trimSpan(text, s, i)
      if (!(d === 'pipe' && i === le && a === b)) cells.push({ start: a, end: b, x: cells.length })
      s = i + 1
    }
  }
  return cells
}

type HeaderCol = { kind: ColumnKind | null; header: string; x: number }

function headerOf(text: string, row: RawCell[]): HeaderCol[] | null {
  let known = 0
  const cols = row.map((c) => {
    const header = text.slice(c.start, c.end)
    const kind = /\d{5,}/.test(header) ? null : columnKind(header)
    if (kind) known++
    return { kind, header, x: c.x }
  })
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

function lineTables(text: string, out: Cell[]): void {
  let header: HeaderCol[] | null = null
  let blockDelim: Delim | null = null
  let row = 0
  let rowsSeen = 0
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf('\n', ls)
    if (le < 0) le = text.length
    const lineEnd = le > ls && text[le - 1] === '\r' ? le - 1 : le
    const d = maybeDelimited(text, ls, lineEnd) ? delimOf(text.slice(ls, lineEnd)) : null
    if (d !== blockDelim) {
      header = null
      row = 0
      rowsSeen = 0
      blockDelim = d
    }
    if (d && !(d === 'pipe' && /^\s*\|?\s*:?-{2,}/.test(text.slice(ls, Math.min(lineEnd, ls + 12))))) {
      const cells = splitLine(text, ls, lineEnd, d)
      rowsSeen++
      if (!header) {
        // the first row of a block is its header; a title row before it gets one more chance
        if (rowsSeen <= 2) header = headerOf(text, cells)
        row = 0
      } else {
        row++
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i]
          const col = d === 'space' && cells.length !== header.length ? nearestCol(header, c.x) : i
          const h = header[col]
          if (h?.kind && c.end > c.start) out.push({ start: c.start, end: c.end, row, col, header: h.header, kind: h.kind })
        }
      }
    }
    ls = le + 1
  }
}

const TABLE_RE = /<table\b[\s\S]*?<\/table>/gi
const ROW_RE = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi
const CELL_RE = /<t([hd])\b[^>]*>([\s\S]*?)<\/t[hd]\s*>/gi

function innerSpan(text: string, s: number, e: number): [number, number] {
  for (;;) {
    ;[s, e] = trimSpan(text, s, e)
    if (text[s] === '<') {
      const close = text.indexOf('>', s)
      if (close < 0 || close >= e) break
      s = close + 1
    } else if (text[e - 1] === '>') {
      const open = text.lastIndexOf('<', e - 1)
      if (open < s) break
      e = open
    } else if (text.startsWith('&nbsp;', s)) s += 6
    else break
  }
  return [s, e]
}

function htmlTables(text: string, out: Cell[]): void {
  if (!/<table\b/i.test(text)) return
  TABLE_RE.lastIndex = 0
  for (let t = TABLE_RE.exec(text); t; t = TABLE_RE.exec(text)) {
    let header: HeaderCol[] | null = null
    let row = 0
    ROW_RE.lastIndex = 0
    const body = t[0]
    for (let r = ROW_RE.exec(body); r; r = ROW_RE.exec(body)) {
      const cells: RawCell[] = []
      CELL_RE.lastIndex = 0
      const rowOff = t.index + r.index
      for (let c = CELL_RE.exec(r[0]); c; c = CELL_RE.exec(r[0])) {
        const open = c[0].indexOf('>') + 1
        const close = c[0].lastIndexOf('</')
        const [a, b] = innerSpan(text, rowOff + c.index + open, rowOff + c.index + close)
        cells.push({ start: a, end: b, x: cells.length })
      }
      if (!header) {
        header = headerOf(text, cells)
        continue
      }
      row++
      cells.forEach((c, i) => {
        const h = header?.[i]
        if (h?.kind && c.end > c.start) out.push({ start: c.start, end: c.end, row, col: i, header: h.header, kind: h.kind })
      })
    }
  }
}

export function indexTables(text: string): TableIndex {
  const cells: Cell[] = []
  lineTables(text, cells)
  htmlTables(text, cells)
  cells.sort((a, b) => a.start - b.start)
  return {
    cells,
    cellAt(pos: number): Cell | null {
      let lo = 0
      let hi = cells.length - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const c = cells[mid]
        if (pos < c.start) hi = mid - 1
        else if (pos >= c.end) lo = mid + 1
        else return c
      }
      return null
    },
  }
}
