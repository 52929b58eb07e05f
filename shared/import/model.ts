/**
 * The document model of an import (导入文档): what a .docx, .xlsx, .csv or .html file holds, in reading
 * order, with every hidden or side-channel item listed beside it. The editor turns it into a structured
 * notice; the scanner sees it through `documentText` (project.ts). Pure data: serialisable as JSON.
 */

/** The file formats an import can come from. */
export type ImportFormat = 'xlsx' | 'docx' | 'csv' | 'html'

/**
 * Where something sits in its source file. Only the fields that apply are present:
 * - xlsx cell: `{sheet, cell}` (`{"sheet":"Sheet1","cell":"C7"}`); whole rows or columns: `{sheet, range}` (`"7:7"`, `"C:C"`)
 * - docx: `{part, paragraph}` (`{"part":"word/document.xml","paragraph":12}`), in a table also `table, row, column`
 * - csv: `{row, column}`; html: `{table, row, column}` or `{paragraph}`
 * - side parts: `{part, property}` for document properties, `{part, comment}` for a comment, `{part}` for an object
 * Numbers are 1-based, as a person counts them (paragraph 1 is the first paragraph of the part).
 */
export type ImportLocation = {
  /** worksheet name (xlsx) */
  sheet?: string
  /** A1 reference of a cell (xlsx) */
  cell?: string
  /** A1 range for whole rows or columns, e.g. `C:C`, `7:7` (xlsx) */
  range?: string
  /** package part, e.g. `word/document.xml`, `docProps/core.xml`, `xl/comments1.xml` */
  part?: string
  /** paragraph number within the part (docx) or the document (html) */
  paragraph?: number
  /** table number within the part (docx) or the document (html) */
  table?: number
  /** row number: of the table (docx, html) or of the file (csv) */
  row?: number
  /** column number: of the table (docx, html) or of the file (csv) */
  column?: number
  /** document property name, e.g. `dc:creator`, `Company` */
  property?: string
  /** comment id within its part */
  comment?: string
}

/** 段落样式 — what a paragraph is in a notice, when recognisable. */
export type ParagraphStyle =
  /** 标题 */
  | 'title'
  /** 文号, e.g. 某政发〔2026〕12号 */
  | 'docNumber'
  /** 小标题 (一、 …) */
  | 'heading'
  | 'body'
  /** 落款单位 */
  | 'signature'
  /** 成文日期 */
  | 'date'

/** Kinds of hidden or side-channel content an import can hold. */
export type HiddenKind =
  | 'hiddenRow'
  | 'hiddenColumn'
  | 'hiddenSheet'
  | 'veryHiddenSheet'
  | 'comment'
  | 'trackedInsertion'
  | 'trackedDeletion'
  | 'header'
  | 'footer'
  | 'note'
  | 'property'
  | 'embeddedObject'
  | 'image'
  | 'altText'
  | 'hiddenText'
  | 'fieldCode'
  | 'hyperlink'
  | 'drawingText'

/**
 * What the import does with a hidden item: `shown` — it is in the blocks, visibly marked, for the officer to
 * see and delete; `dropped` — it is not in the blocks (so never published) and is listed here. Both are scanned.
 */
export type Disposition = 'shown' | 'dropped'

/** One hidden or side-channel item. For `shown` items `text` is a label (sheet name, column header, the row); the content is in the blocks. */
export type HiddenItem = {
  kind: HiddenKind
  location: ImportLocation
  text: string
  disposition: Disposition
  /** what the text is, for a person and as context for the scanner: 作者姓名 (dc:creator), 经办人 … */
  label?: string
  /** who wrote a comment */
  author?: string
}

/** A paragraph of running text. */
export type ParagraphBlock = {
  kind: 'paragraph'
  text: string
  style: ParagraphStyle
  location: ImportLocation
  /** set when the paragraph comes from hidden content that is shown (e.g. the title row of a hidden sheet) */
  hidden?: HiddenKind
  /** ranges of `text` from shown hidden content inside the paragraph (a tracked insertion), ascending */
  marks?: { start: number; end: number; kind: HiddenKind }[]
}

/** Where a table came from, which fixes how its cells are located. */
export type TableOrigin =
  | { format: 'xlsx'; sheet: string }
  | { format: 'docx'; part: string; table: number }
  | { format: 'csv' }
  | { format: 'html'; table: number }

/** A column of a table: its number in the source, and whether the source hid it. */
export type TableColumn = {
  /** 1-based column number in the source (A = 1) */
  source: number
  hidden?: boolean
}

/** A row of a table: one string per column of the table (empty string for an empty cell). */
export type TableRow = {
  cells: string[]
  /** 1-based row number in the source (the spreadsheet row, the csv record, the table row) */
  source: number
  hidden?: boolean
  /** docx: the paragraph number of each cell's first paragraph */
  paragraphs?: number[]
}

/** A merged range in table coordinates (0-based; the header row is row 0). The text is in its top-left cell. */
export type TableMerge = { row: number; column: number; rows: number; columns: number }

/** A table: a header row and data rows of cell strings. */
export type TableBlock = {
  kind: 'table'
  origin: TableOrigin
  /** 1-based number of the table in its source: the sheet's position in the workbook, the docx/html table number */
  index: number
  location: ImportLocation
  columns: TableColumn[]
  header: TableRow
  rows: TableRow[]
  merges?: TableMerge[]
  /** set when the whole table is a hidden sheet, shown */
  hidden?: 'hiddenSheet' | 'veryHiddenSheet'
}

export type Block = ParagraphBlock | TableBlock

/** Why an import needs a person's attention without failing: lost precision, a part skipped, … */
export type ImportWarningCode =
  | 'numberPrecisionLost'
  | 'numberAsScientific'
  | 'trackedChanges'
  | 'partSkipped'
  | 'formulaWithoutValue'
  | 'extensionMismatch'
  | 'encodingGuessed'
  | 'emptyDocument'
  | 'truncatedTable'
  | 'stylesheetHiding'

/** A warning with the location it concerns; the message says what to do, zh-CN first. */
export type ImportWarning = {
  code: ImportWarningCode
  location?: ImportLocation
  message: { 'zh-CN': string; en: string }
}

/** An imported document: blocks in reading order, every hidden item, and the warnings. */
export type ImportedDocument = {
  format: ImportFormat
  /** file base name as given */
  name: string
  blocks: Block[]
  hidden: HiddenItem[]
  warnings: ImportWarning[]
}

/**
 * What happens to each hidden kind, decided once here. Hidden rows, columns and sheets are data the author
 * kept in the file (a 低保 list's ID column): the officer must see them to delete them, so they come in
 * marked. Comments, tracked deletions, headers/footers, notes, properties, objects, alt text, field codes and
 * link targets are not part of the notice text: they are dropped and listed, and scanned all the same.
 * A tracked insertion is body text as Word shows it (all changes accepted), so it stays, listed.
 */
export const dispositionOf: Readonly<Record<HiddenKind, Disposition>> = {
  hiddenRow: 'shown',
  hiddenColumn: 'shown',
  hiddenSheet: 'shown',
  veryHiddenSheet: 'shown',
  trackedInsertion: 'shown',
  comment: 'dropped',
  trackedDeletion: 'dropped',
  header: 'dropped',
  footer: 'dropped',
  note: 'dropped',
  property: 'dropped',
  embeddedObject: 'dropped',
  image: 'dropped',
  altText: 'dropped',
  hiddenText: 'dropped',
  fieldCode: 'dropped',
  hyperlink: 'dropped',
  drawingText: 'dropped',
}

/** zh-CN label of each hidden kind, English second: used in markers and reports. */
export const hiddenKindLabel: Readonly<Record<HiddenKind, { 'zh-CN': string; en: string }>> = {
  hiddenRow: { 'zh-CN': '隐藏行', en: 'hidden row' },
  hiddenColumn: { 'zh-CN': '隐藏列', en: 'hidden column' },
  hiddenSheet: { 'zh-CN': '隐藏工作表', en: 'hidden sheet' },
  veryHiddenSheet: { 'zh-CN': '深度隐藏工作表', en: 'very hidden sheet' },
  comment: { 'zh-CN': '批注', en: 'comment' },
  trackedInsertion: { 'zh-CN': '修订（插入）', en: 'tracked insertion' },
  trackedDeletion: { 'zh-CN': '修订（删除）', en: 'tracked deletion' },
  header: { 'zh-CN': '页眉', en: 'header' },
  footer: { 'zh-CN': '页脚', en: 'footer' },
  note: { 'zh-CN': '脚注/尾注', en: 'footnote/endnote' },
  property: { 'zh-CN': '文档属性', en: 'document property' },
  embeddedObject: { 'zh-CN': '嵌入对象', en: 'embedded object' },
  image: { 'zh-CN': '图片', en: 'image' },
  altText: { 'zh-CN': '替代文字', en: 'alt text' },
  hiddenText: { 'zh-CN': '隐藏文字', en: 'hidden text' },
  fieldCode: { 'zh-CN': '域代码', en: 'field code' },
  hyperlink: { 'zh-CN': '链接地址', en: 'link target' },
  drawingText: { 'zh-CN': '图形中的文字', en: 'text in a drawing' },
}
