/**
 * Plain-text tables, line by line: TSV, CSV (with quotes), Markdown pipes and whitespace-aligned
 * columns. A block of lines with the same delimiter is a table; its first row (or second, after a
 * title) is the header when it names a known column kind.
 */
import { DATA_CELL, columnKind, type ColumnKind } from './column-kind'
import { addCell, addHeaderCell, type CellColumns } from './table-store'

type Delim = 'tab' | 'comma' | 'pipe' | 'space' | 'word'

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
 * space with another pipe later, or two pipes between cells; a comma; or two gaps of 2+ spaces (or an ideographic space) between
 * words. One pass over char codes: this runs on every line of the text.
 */
function delimOf(text: string, ls: number, le: number): Delim | null {
  let pipe = false
  let comma = false
  let spaced = false
  let single = false
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i)
    if (c === 9) return 'tab'
    if (c === 124) pipe = true
    else if (c === 44) comma = true
    else if (c === 0x3000 || (c === 32 && i + 1 < le && text.charCodeAt(i + 1) === 32)) spaced = true
    else if (c === 32) single = true
  }
  if (!pipe && !comma && !spaced) return single && WORD_ROW.test(text.slice(ls, le)) ? 'word' : null
  if (pipe) {
    let f = ls
    while (f < le && isJsSpace(text.charCodeAt(f))) f++
    if (text.charCodeAt(f) === 124) for (let i = f + 1; i < le; i++) if (text.charCodeAt(i) === 124) return 'pipe'
    // 序号｜姓名｜性别 (a full-width bar, folded): cells between bars with none at the line's ends, three at least
    let bars = 0
    for (let i = f; i < le; i++) if (text.charCodeAt(i) === 124 && ++bars === 2) return 'pipe'
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

/**
 * A row of words one space apart (序号 孙立平 男 … as WPS pastes a table whose cells were ideographic-space apart,
 * normalised to one space each): Chinese in it, three cells at least, no sentence punctuation.
 */
const WORD_ROW = /^(?=[^，。；：:;！？!?]*$)(?=.*[\u4e00-\u9fff])\s*\S+(?: \S+){2,}\s*$/

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

/**
 * A header written with single ideographic spaces between its words (序号, 姓名, 性别 one ideographic space apart,
 * normalised to one space each): its words one by one, each at its x. Only a header row is split so: a cell of
 * data may hold a space (a padded name, 2024.04 8年).
 */
function splitWords(text: string, ls: number, le: number, raw: RawCells): void {
  raw.length = 0
  let x = 0
  let i = ls
  while (i < le) {
    while (i < le && text.charCodeAt(i) === 32) {
      x++
      i++
    }
    if (i >= le) break
    const s = i
    const sx = x
    while (i < le && text.charCodeAt(i) !== 32) {
      x += width(text.charCodeAt(i))
      i++
    }
    rawPush(raw, s, i, sx)
  }
}

/**
 * A row of words with more cells than its header: a name padded to three characters (蒙 丹) is one cell, so two
 * single Chinese characters side by side are joined until the counts agree; false when they cannot be.
 */
function joinPadded(text: string, raw: RawCells, want: number): boolean {
  for (let i = 0; raw.length > want && i + 1 < raw.length; i++) {
    if (raw.ends[i] - raw.starts[i] !== 1 || raw.ends[i + 1] - raw.starts[i + 1] !== 1 || !/[\u4e00-\u9fff]/.test(text[raw.starts[i]] ?? '') || !/[\u4e00-\u9fff]/.test(text[raw.starts[i + 1]] ?? '')) continue
    raw.ends[i] = raw.ends[i + 1]
    raw.starts.splice(i + 1, 1)
    raw.ends.splice(i + 1, 1)
    raw.xs.splice(i + 1, 1)
    raw.length--
  }
  return raw.length === want
}

function knownKinds(cols: HeaderCol[] | null): number {
  let known = 0
  if (cols) for (const c of cols) if (c.kind) known++
  return known
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

const FIELD_WITH_VALUE = /[:：]\s*[^\s（(）)]/

function headerOf(text: string, raw: RawCells): HeaderCol[] | null {
  let known = 0
  const cols: HeaderCol[] = []
  for (let i = 0; i < raw.length; i++) {
    // a header is a few words (with perhaps a bracketed note): a long cell is data, not copied out
    const long = raw.ends[i] - raw.starts[i] > 120
    const header = long ? '' : text.slice(raw.starts[i], raw.ends[i])
    if (!long && DATA_CELL.test(header)) return null
    // 患者姓名：唐德富 is a form's field with its value, not a column header (nor is a cell with a long number)
    const kind = long || /\d{5,}/.test(header) || FIELD_WITH_VALUE.test(header) ? null : columnKind(header)
    if (kind) known++
    cols.push({ kind, header, x: raw.xs[i] })
  }
  return known > 0 ? cols : null
}

/**
 * Whether the line holding `pos` has a cell separator on one side of it — before `pos` when `dir` is -1, after
 * it when 1 (`pos` itself not looked at): a tab, or with `bars` also a Markdown |; at most `limit` characters
 * are looked at. The table-aware detectors ask it of a line break: a break inside a table row ends a cell, one in
 * prose may wrap a value.
 */
export function cellSeparatorOnLine(text: string, pos: number, dir: -1 | 1, bars = false, limit = Infinity): boolean {
  for (let i = pos + dir; i >= 0 && i < text.length && Math.abs(i - pos) <= limit; i += dir) {
    const c = text.charCodeAt(i)
    if (c === 10) return false
    if (c === 9 || (bars && c === 124)) return true
  }
  return false
}

/** Every cell of the row is a GFM alignment spec: optional colons around one or more hyphens. */
function isDelimiterRow(text: string, raw: RawCells): boolean {
  if (raw.length === 0) return false
  for (let i = 0; i < raw.length; i++) {
    let dashes = 0
    for (let k = raw.starts[i]; k < raw.ends[i]; k++) {
      const c = text.charCodeAt(k)
      if (c === 45) dashes++
      else if (c !== 58 || (k !== raw.starts[i] && k !== raw.ends[i] - 1)) return false
    }
    if (dashes === 0) return false
  }
  return true
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

export function lineTables(text: string, out: CellColumns): void {
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
    if (d === 'word') splitWords(text, ls, lineEnd, raw)
    else if (d) splitLine(text, ls, lineEnd, d, raw)
    // a Markdown delimiter row (|---|:--:|--:|) separates the header from the body: not a row
    if (d && !(d === 'pipe' && isDelimiterRow(text, raw))) {
      rowsSeen++
      if (!header) {
        // the first row of a block is its header; a title row before it gets one more chance
        if (rowsSeen <= 2) header = headerOf(text, raw)
        // words one space apart are a table only under a header that names two known columns
        if (d === 'word' && knownKinds(header) < 2) header = null
        // (序号 姓名 性别 a single space apart: its words name more columns one by one than as runs)
        if (rowsSeen <= 2 && d === 'space') {
          const words: RawCells = { starts: [], ends: [], xs: [], length: 0 }
          splitWords(text, ls, lineEnd, words)
          const byWord = words.length > raw.length ? headerOf(text, words) : null
          if (knownKinds(byWord) > knownKinds(header) && knownKinds(byWord) >= 2) {
            header = byWord
            raw.starts = words.starts
            raw.ends = words.ends
            raw.xs = words.xs
            raw.length = words.length
          }
        }
        if (header) for (let i = 0; i < raw.length; i++) addHeaderCell(out, raw.starts[i], raw.ends[i])
        row = 0
      } else if (d !== 'word' || joinPadded(text, raw, header.length)) {
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
