/**
 * Input files as the scanner and the redactor see them. Plain-text formats are scanned as written; HTML is
 * scanned as its visible text (offsets index that extracted text, and each finding carries the markup
 * span as its `location`). Later formats (.docx, .xlsx) plug in here.
 */
import path from 'node:path'
import type { Finding } from '../../../shared/pii/index'
import { extractHtmlText, markupSpan, redactHtml, redactText, type HtmlText, type RedactionEntry, type RedactionItem } from '../../../shared/redact/index'
import { readTextFile } from '../files'
import { CliError } from '../io'

export type Input =
  | { kind: 'text'; path: string; source: string; text: string }
  | { kind: 'html'; path: string; source: string; text: string; html: HtmlText }

/** Where a finding sits in an extracted file: the markup span, and the attribute it was found in if any. */
export type Location = { markupStart: number; markupEnd: number; attribute?: string }

const textExtensions = new Set(['.txt', '.md', '.csv', '.tsv'])
const htmlExtensions = new Set(['.html', '.htm'])
export const supportedExtensions: readonly string[] = [...textExtensions, ...htmlExtensions]

/** Reads one input file; unsupported types and unreadable files are usage errors naming the file. */
export function readInput(file: string): Input {
  const ext = path.extname(file).toLowerCase()
  if (!textExtensions.has(ext) && !htmlExtensions.has(ext)) throw new CliError(`${file}: unsupported file type ${ext || '(none)'}; supported: ${supportedExtensions.join(' ')}`)
  const source = readTextFile(file)
  if (textExtensions.has(ext)) return { kind: 'text', path: file, source, text: source }
  const html = extractHtmlText(source)
  return { kind: 'html', path: file, source, text: html.text, html }
}

/** The markup location of a finding in an HTML input; undefined for plain text (offsets already index the file). */
export function locate(input: Input, finding: Pick<Finding, 'start' | 'end'>): Location | undefined {
  if (input.kind !== 'html') return undefined
  const [markupStart, markupEnd] = markupSpan(input.html, finding.start, finding.end)
  const attribute = input.html.attributes.find((a) => finding.start >= a.start && finding.start < a.end)?.name
  return attribute ? { markupStart, markupEnd, attribute } : { markupStart, markupEnd }
}

/** 1-based line in the file as written, for messages that point at a finding without quoting it. */
export function lineOf(input: Input, finding: Pick<Finding, 'start' | 'end'>): number {
  const at = locate(input, finding)?.markupStart ?? finding.start
  let line = 1
  for (let i = input.source.indexOf('\n'); i >= 0 && i < at; i = input.source.indexOf('\n', i + 1)) line++
  return line
}

/** Name of the redacted copy: same base name, `.redacted.txt` for text formats, `.redacted.html` for HTML. */
export function redactedName(input: Input): string {
  const base = path.basename(input.path, path.extname(input.path))
  return `${base}.redacted.${input.kind === 'html' ? 'html' : 'txt'}`
}

/** The redacted copy's content and the report, through the same redaction function bundle export uses. */
export function redactInput(input: Input, items: readonly RedactionItem[]): { content: string; report: RedactionEntry[] } {
  if (input.kind === 'html') {
    const r = redactHtml(input.source, input.html, items)
    return { content: r.html, report: r.report }
  }
  const r = redactText(input.text, items)
  return { content: r.text, report: r.report }
}
