/** HTML tables (<table>/<tr>/<th>/<td>) for the table index: header row, then cells under known columns. */
import { columnKind, type ColumnKind } from './column-kind'

export type AddCell = (start: number, end: number, row: number, col: number, header: string, kind: ColumnKind) => void

const TABLE_RE = /<table\b[\s\S]*?<\/table>/gi
const ROW_RE = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi
const CELL_RE = /<t([hd])\b[^>]*>([\s\S]*?)<\/t[hd]\s*>/gi

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s|"/.test(text[s] ?? '')) s++
  while (e > s && /\s|"/.test(text[e - 1] ?? '')) e--
  return [s, e]
}

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

type HeaderCol = { kind: ColumnKind | null; header: string }

function headerOf(text: string, cells: [number, number][]): HeaderCol[] | null {
  let known = 0
  const cols = cells.map(([s, e]) => {
    const header = text.slice(s, e)
    const kind = /\d{5,}/.test(header) ? null : columnKind(header)
    if (kind) known++
    return { kind, header }
  })
  return known > 0 ? cols : null
}

const TABLE_TAG = /<table\b/iy

/** A <table tag anywhere: found from the (rare) '<' characters, not by a case-blind regex over everything. */
function hasTableTag(text: string): boolean {
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    TABLE_TAG.lastIndex = i
    if (TABLE_TAG.test(text)) return true
  }
  return false
}

export function htmlTables(text: string, add: AddCell, addHeader: (start: number, end: number) => void): void {
  if (!hasTableTag(text)) return
  TABLE_RE.lastIndex = 0
  for (let t = TABLE_RE.exec(text); t; t = TABLE_RE.exec(text)) {
    let header: HeaderCol[] | null = null
    let row = 0
    ROW_RE.lastIndex = 0
    const body = t[0]
    for (let r = ROW_RE.exec(body); r; r = ROW_RE.exec(body)) {
      const cells: [number, number][] = []
      CELL_RE.lastIndex = 0
      const rowOff = t.index + r.index
      for (let c = CELL_RE.exec(r[0]); c; c = CELL_RE.exec(r[0])) {
        const open = c[0].indexOf('>') + 1
        const close = c[0].lastIndexOf('</')
        cells.push(innerSpan(text, rowOff + c.index + open, rowOff + c.index + close))
      }
      if (!header) {
        header = headerOf(text, cells)
        if (header) for (const [s, e] of cells) addHeader(s, e)
        continue
      }
      row++
      cells.forEach(([s, e], i) => {
        const h = header?.[i]
        if (h?.kind && e > s) add(s, e, row, i, h.header, h.kind)
      })
    }
  }
}
