/**
 * Input files as the scanner and the redactor see them. Plain text is scanned as written; CSV as decoded
 * (UTF-8, UTF-8 with BOM, GBK/GB18030) with each finding's row and column; HTML as its visible text (offsets
 * index that extracted text, each finding carries the markup span). .docx and .xlsx go through the import
 * service: offsets index the extracted document text (shared/import documentText), each finding carries
 * its location (sheet and cell, or part and paragraph) and, inside hidden content, the hidden item's kind.
 */
import path from 'node:path'
import type { Finding } from '../../../shared/pii/index'
import { describeLocation, documentText, ImportError, type DocumentText, type ImportedDocument, type ImportLocation, type TextLocation } from '../../../shared/import/index'
import { extractHtmlText, markupSpan, redactHtml, redactText, type HtmlText, type RedactionEntry, type RedactionItem } from '../../../shared/redact/index'
import { csvLocation, readCsvText, type ParsedCsv } from '../../services/import/csv'
import type { TextEncoding } from '../../services/import/text-decode'
import { readFileBytes, readTextFile } from '../files'
import { CliError } from '../io'

export type Input =
  | { kind: 'text'; path: string; source: string; text: string }
  | { kind: 'csv'; path: string; source: string; text: string; csv: ParsedCsv; encoding: TextEncoding }
  | { kind: 'html'; path: string; source: string; text: string; html: HtmlText }
  | { kind: 'document'; path: string; text: string; doc: ImportedDocument; view: DocumentText }

/** Where a finding sits in an HTML file: the markup span, and the attribute it was found in if any. */
export type MarkupLocation = { markupStart: number; markupEnd: number; attribute?: string }
/** Where a finding sits: in the markup (HTML) or in the structure of the file (CSV, .docx, .xlsx). */
export type Location = MarkupLocation | ImportLocation

const textExtensions = new Set(['.txt', '.md'])
const csvExtensions = new Set(['.csv', '.tsv'])
const htmlExtensions = new Set(['.html', '.htm'])
const documentExtensions = new Set(['.docx', '.xlsx'])
/** Legacy Office names: read anyway, so the user gets "save it as .docx/.xlsx" rather than "unsupported". */
const legacyExtensions = new Set(['.doc', '.xls'])
export const supportedExtensions: readonly string[] = [...textExtensions, ...csvExtensions, ...htmlExtensions, ...documentExtensions]

/** Reads one input file; unsupported types and unreadable files are usage errors naming the file. */
export async function readInput(file: string): Promise<Input> {
  const ext = path.extname(file).toLowerCase()
  if (documentExtensions.has(ext) || legacyExtensions.has(ext)) {
    let doc: ImportedDocument
    try {
      // loaded only for these files: the zip and XML readers are a quarter of the scan command's code
      const { importFile } = await import('../../services/import/index')
      doc = await importFile(file)
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(error.message.split('\n')[0] ?? error.message)
      throw error
    }
    const view = documentText(doc)
    return { kind: 'document', path: file, text: view.text, doc, view }
  }
  if (csvExtensions.has(ext)) {
    try {
      const { text, csv, encoding } = readCsvText(readFileBytes(file), file)
      return { kind: 'csv', path: file, source: text, text, csv, encoding }
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(error.message)
      throw error
    }
  }
  if (!textExtensions.has(ext) && !htmlExtensions.has(ext)) throw new CliError(`${file}: unsupported file type ${ext || '(none)'}; supported: ${supportedExtensions.join(' ')}`)
  const source = readTextFile(file)
  if (textExtensions.has(ext)) return { kind: 'text', path: file, source, text: source }
  const html = extractHtmlText(source)
  return { kind: 'html', path: file, source, text: html.text, html }
}

/** The location of a finding; undefined for plain text (offsets already index the file). */
export function locate(input: Input, finding: Pick<Finding, 'start' | 'end'>): Location | undefined {
  switch (input.kind) {
    case 'text':
      return undefined
    case 'csv':
      return csvLocation(input.csv, finding.start)
    case 'document':
      return input.view.locate(finding.start).location
    case 'html': {
      const [markupStart, markupEnd] = markupSpan(input.html, finding.start, finding.end)
      const attribute = input.html.attributes.find((a) => finding.start >= a.start && finding.start < a.end)?.name
      return attribute ? { markupStart, markupEnd, attribute } : { markupStart, markupEnd }
    }
  }
}

/** For a structured document: the hidden item a finding lies in (hidden column, comment …), if any. */
export function hiddenOf(input: Input, finding: Pick<Finding, 'start'>): TextLocation['hidden'] {
  return input.kind === 'document' ? input.view.locate(finding.start).hidden : undefined
}

/** Whether a finding is in content that is never published (a dropped comment, property, header …). */
export function isDropped(input: Input, finding: Pick<Finding, 'start'>): boolean {
  return input.kind === 'document' && finding.start >= input.view.bodyLength
}

/** Where a finding is, for messages that point at it without quoting it: `line 7` or `低保名单!C3`. */
export function placeOf(input: Input, finding: Pick<Finding, 'start' | 'end'>): string {
  if (input.kind === 'document') return describeLocation(input.view.locate(finding.start).location)
  const at = input.kind === 'html' ? markupSpan(input.html, finding.start, finding.end)[0] : finding.start
  let line = 1
  for (let i = input.source.indexOf('\n'); i >= 0 && i < at; i = input.source.indexOf('\n', i + 1)) line++
  return `line ${line}`
}

/** Name of the redacted copy: same base name, `.redacted.html` for HTML, `.redacted.txt` for everything else. */
export function redactedName(input: Input): string {
  const base = path.basename(input.path, path.extname(input.path))
  return `${base}.redacted.${input.kind === 'html' ? 'html' : 'txt'}`
}

/**
 * The redacted copy's content and the report, through the same redaction function bundle export uses. For
 * a structured document only the body is published: items must lie in it (isDropped sorts them out first).
 */
export function redactInput(input: Input, items: readonly RedactionItem[]): { content: string; report: RedactionEntry[] } {
  if (input.kind === 'html') {
    const r = redactHtml(input.source, input.html, items)
    return { content: r.html, report: r.report }
  }
  const text = input.kind === 'document' ? input.text.slice(0, input.view.bodyLength) : input.text
  const r = redactText(text, items)
  return { content: r.text, report: r.report }
}
