/**
 * Minimal .xlsx and .docx writers for tests and the import benchmark: the parts Excel and Word require and
 * nothing else, so a test can state exactly the structure it needs (a hidden column, a w:vanish run, a
 * DOCTYPE) without an office suite. Real-suite files are in test/fixtures/import (scripts/import-build-fixtures.ts).
 */
import { writeZip } from '../../../electron/services/bundle/zip-write'

const enc = new TextEncoder()
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function colName(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

export type Cell = string | number | null | { v: number; s: number } | { f: string }
export type SheetSpec = {
  name: string
  state?: 'hidden' | 'veryHidden'
  rows: Cell[][]
  /** 1-based row numbers */
  hiddenRows?: number[]
  /** 1-based column numbers */
  hiddenCols?: number[]
  merges?: string[]
  /** raw XML placed after sheetData (headerFooter, hyperlinks …) */
  after?: string
}

export type XlsxSpec = {
  sheets: SheetSpec[]
  /** custom number formats: style index (1-based in cellXfs) → format code */
  formats?: string[]
  /** more parts, by name, and relationships of sheet 1 */
  parts?: Record<string, string | Uint8Array>
  sheet1Rels?: { id: string; type: string; target: string; external?: boolean }[]
  contentTypes?: string
}

/** The bytes of an .xlsx with shared strings for text, numbers as numbers. */
export function xlsxBytes(spec: XlsxSpec): Uint8Array {
  const strings: string[] = []
  const index = new Map<string, number>()
  const si = (s: string): number => {
    let i = index.get(s)
    if (i === undefined) {
      i = strings.length
      strings.push(s)
      index.set(s, i)
    }
    return i
  }
  const files = new Map<string, Uint8Array>()
  const put = (name: string, content: string | Uint8Array): void => void files.set(name, typeof content === 'string' ? enc.encode(content) : content)
  spec.sheets.forEach((sheet, k) => {
    const hiddenRows = new Set(sheet.hiddenRows ?? [])
    const parts: string[] = [`${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">`]
    if (sheet.hiddenCols?.length) parts.push(`<cols>${sheet.hiddenCols.map((c) => `<col min="${c}" max="${c}" width="0" hidden="1" customWidth="1"/>`).join('')}</cols>`)
    parts.push('<sheetData>')
    sheet.rows.forEach((row, r) => {
      const rn = r + 1
      let cells = ''
      row.forEach((v, c) => {
        const ref = `${colName(c + 1)}${rn}`
        if (v === null) return
        if (typeof v === 'string') cells += `<c r="${ref}" t="s"><v>${si(v)}</v></c>`
        else if (typeof v === 'number') cells += `<c r="${ref}"><v>${v}</v></c>`
        else if ('f' in v) cells += `<c r="${ref}"><f>${esc(v.f)}</f></c>`
        else cells += `<c r="${ref}" s="${v.s}"><v>${v.v}</v></c>`
      })
      parts.push(`<row r="${rn}"${hiddenRows.has(rn) ? ' hidden="1"' : ''}>${cells}</row>`)
    })
    parts.push('</sheetData>')
    if (sheet.merges?.length) parts.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`)
    if (sheet.after) parts.push(sheet.after)
    parts.push('</worksheet>')
    put(`xl/worksheets/sheet${k + 1}.xml`, parts.join(''))
  })
  const sst = strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')
  put('xl/sharedStrings.xml', `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${sst}</sst>`)
  const formats = spec.formats ?? []
  const numFmts = formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('')
  const xfs = ['<xf numFmtId="0"/>', ...formats.map((_, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`)].join('')
  put('xl/styles.xml', `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${formats.length}">${numFmts}</numFmts><cellXfs count="${formats.length + 1}">${xfs}</cellXfs></styleSheet>`)
  const sheetsXml = spec.sheets.map((s, k) => `<sheet name="${esc(s.name)}" sheetId="${k + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${k + 1}"/>`).join('')
  put('xl/workbook.xml', `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${sheetsXml}</sheets></workbook>`)
  const n = spec.sheets.length
  const wbRels = [
    ...spec.sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`),
    `<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/>`,
  ].join('')
  put('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels}</Relationships>`)
  if (spec.sheet1Rels?.length) {
    const rels = spec.sheet1Rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')
    put('xl/worksheets/_rels/sheet1.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`)
  }
  put('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
  put(
    '[Content_Types].xml',
    spec.contentTypes ??
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  )
  for (const [name, content] of Object.entries(spec.parts ?? {})) put(name, content)
  return writeZip(files, { compression: 'deflate' })
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The bytes of a .docx whose body is `body` (w:p / w:tbl elements); more parts and document relationships optional. */
export function docxBytes(body: string, extra: { parts?: Record<string, string>; rels?: { id: string; type: string; target: string; external?: boolean }[]; prolog?: string } = {}): Uint8Array {
  const files = new Map<string, Uint8Array>()
  const put = (name: string, content: string): void => void files.set(name, enc.encode(content))
  put(
    'word/document.xml',
    `${extra.prolog ?? XML}<w:document xmlns:w="${W_NS}" xmlns:r="${REL}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`,
  )
  const rels = (extra.rels ?? []).map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')
  put('word/_rels/document.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`)
  put('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`)
  put(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  )
  for (const [name, content] of Object.entries(extra.parts ?? {})) put(name, content)
  return writeZip(files, { compression: 'deflate' })
}

/** A paragraph of plain runs. */
export function p(...runs: string[]): string {
  return `<w:p>${runs.map((r) => (r.startsWith('<') ? r : `<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`)).join('')}</w:p>`
}

/** The 100,000-row 低保 list of the benchmark: eight columns, IDs and phones as text, amounts as numbers. */
export function bigDibaoRows(count: number, id: (i: number) => string): Cell[][] {
  const rows: Cell[][] = [['序号', '户主姓名', '身份证号码', '联系电话', '家庭住址', '保障人数', '月保障金额（元）', '备注']]
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
  const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英'
  for (let i = 1; i <= count; i++) {
    const name = surnames[i % surnames.length] + given[(i * 7) % given.length] + given[(i * 13) % given.length]
    rows.push([i, name, id(i), `139${String(i).padStart(8, '0')}`, `铜陵市郊区白马镇王岗村${(i % 30) + 1}组${(i % 97) + 1}号`, (i % 5) + 1, 300 + (i % 10) * 50, i % 17 === 0 ? '新增' : null])
  }
  return rows
}

/** The text of paragraph `n` (1-based) of nestedDocxBytes: every 1,000th carries a mobile number. */
export function nestedParagraphText(n: number): string {
  return n % 1000 === 0 ? `第${n}段 联系电话 1390562${String(n / 1000).padStart(4, '0')}` : `第${n}段`
}

/** A .docx whose body is `depth` paragraphs each nested inside the one before (a crafted shape: Word never writes it). */
export function nestedDocxBytes(depth: number): Uint8Array {
  const parts: string[] = []
  for (let n = 1; n <= depth; n++) parts.push(`<w:p><w:r><w:t>${nestedParagraphText(n)}</w:t></w:r>`)
  parts.push('</w:p>'.repeat(depth))
  return docxBytes(parts.join(''))
}
