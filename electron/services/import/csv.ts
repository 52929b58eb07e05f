/**
 * CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) with the delimiter sniffed from
 * the first lines: comma, tab, semicolon or pipe. Each field keeps its span in the decoded text, so a
 * finding in the text can say which row and column it is in.
 */
import { gridToBlocks, type GridRow, type ImportedDocument, type ImportLocation, type ImportWarning } from '../../../shared/import/index'
import { decodeText, type DecodedText } from './text-decode'

/** Parsed CSV: rows of fields, and where each field starts in the text (for locating offsets). */
export type ParsedCsv = {
  delimiter: string
  rows: string[][]
  /** start offset of every field, in text order */
  fieldStarts: Int32Array
  /** 1-based record number and column of each field */
  fieldRows: Int32Array
  fieldCols: Int32Array
}

const CANDIDATES = [',', '\t', ';', '|']

/** The delimiter whose per-line count (outside quotes) is most consistent over the first lines. */
export function sniffDelimiter(text: string, preferred = ','): string {
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/).slice(0, 30).filter((l) => l.trim())
  if (!lines.length) return preferred
  let best = preferred
  let bestScore = 0
  for (const d of [preferred, ...CANDIDATES.filter((c) => c !== preferred)]) {
    const counts = lines.map((l) => {
      let n = 0
      let q = false
      for (const ch of l) {
        if (ch === '"') q = !q
        else if (ch === d && !q) n++
      }
      return n
    })
    const freq = new Map<number, number>()
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1)
    const [, hits = 0] = [...freq].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? []
    const score = hits / lines.length
    if (score > bestScore + 0.1) {
      best = d
      bestScore = score
    }
  }
  return best
}

class Ints {
  a = new Int32Array(1024)
  n = 0
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2)
      b.set(this.a)
      this.a = b
    }
    this.a[this.n++] = v
  }
  done(): Int32Array {
    return this.a.slice(0, this.n)
  }
}

/** `checkpoint` (the import's time bound) is called every few thousand rows and may throw. */
export function parseCsv(text: string, delimiter: string, checkpoint?: () => void): ParsedCsv {
  const rows: string[][] = []
  const starts = new Ints()
  const rowNums = new Ints()
  const colNums = new Ints()
  const d = delimiter.charCodeAt(0)
  let row: string[] = []
  let i = 0
  const n = text.length
  while (i <= n) {
    // one field
    starts.push(i)
    rowNums.push(rows.length + 1)
    colNums.push(row.length + 1)
    let value = ''
    if (text.charCodeAt(i) === 34) {
      let j = i + 1
      for (;;) {
        const q = text.indexOf('"', j)
        if (q < 0) {
          // an unclosed quote runs to the end, as spreadsheet programs read it
          value += text.slice(j)
          j = n
          break
        }
        value += text.slice(j, q)
        if (text.charCodeAt(q + 1) === 34) {
          value += '"'
          j = q + 2
        } else {
          j = q + 1
          break
        }
      }
      // anything between the closing quote and the delimiter belongs to the field too
      let k = j
      while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++
      value += text.slice(j, k)
      i = k
    } else {
      let k = i
      while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++
      value = text.slice(i, k)
      i = k
    }
    row.push(value)
    const c = text.charCodeAt(i)
    if (c === d) {
      i++
      continue
    }
    rows.push(row)
    row = []
    if (checkpoint && (rows.length & 4095) === 0) checkpoint()
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2
    else i++
    if (i >= n) break
  }
  return { delimiter, rows, fieldStarts: starts.done(), fieldRows: rowNums.done(), fieldCols: colNums.done() }
}

/** The row and column of the field containing `pos`. */
export function csvLocation(csv: ParsedCsv, pos: number): ImportLocation {
  let lo = 0
  let hi = csv.fieldStarts.length - 1
  let found = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (csv.fieldStarts[mid] <= pos) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return { row: csv.fieldRows[found] ?? 1, column: csv.fieldCols[found] ?? 1 }
}

/** A decoded CSV file, for the CLI: the text as decoded (offsets index it) and its fields. */
export function readCsvText(bytes: Uint8Array, file: string, checkpoint?: () => void): DecodedText & { csv: ParsedCsv } {
  const decoded = decodeText(bytes, file)
  checkpoint?.()
  const csv = parseCsv(decoded.text, sniffDelimiter(decoded.text, file.toLowerCase().endsWith('.tsv') ? '\t' : ','), checkpoint)
  return { ...decoded, csv }
}

/** A CSV file as an imported document: one table (title rows above it become paragraphs). */
export function importCsv(bytes: Uint8Array, file: string, name: string, checkpoint?: () => void): ImportedDocument {
  const { csv, encoding } = readCsvText(bytes, file, checkpoint)
  const rows: GridRow[] = []
  csv.rows.forEach((fields, r) => {
    const columns: number[] = []
    const values: string[] = []
    fields.forEach((v, c) => {
      if (v.trim()) {
        columns.push(c + 1)
        values.push(v)
      }
    })
    if (values.length) rows.push({ row: r + 1, hidden: false, columns, values })
  })
  checkpoint?.()
  const { blocks, hidden } = gridToBlocks({ index: 1, state: 'visible', rows, hiddenColumns: new Set(), merges: [] })
  const warnings: ImportWarning[] = []
  if (encoding === 'gb18030') {
    warnings.push({ code: 'encodingGuessed', message: { 'zh-CN': '文件按 GBK/GB18030 编码读取（中文 Excel/WPS 导出的 CSV 常用此编码）', en: 'read as GBK/GB18030 (what Chinese Excel/WPS use for CSV)' } })
  }
  if (!blocks.length) warnings.push({ code: 'emptyDocument', message: { 'zh-CN': '文件中没有内容', en: 'the file has no content' } })
  return { format: 'csv', name, blocks, hidden, warnings }
}
