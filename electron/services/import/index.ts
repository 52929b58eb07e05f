/**
 * Import service (导入): .docx, .xlsx, .csv/.tsv and .html files into the document model of
 * shared/import, with every hidden item listed. What the file IS decides the parser, not its name: a
 * .docx that is really an Excel workbook is imported as one (with a warning), a legacy or encrypted
 * Office file gets the advice that fits it. An import returns a whole document or throws ImportError;
 * nothing comes back half-read.
 *
 * Libraries, chosen deliberately: saxes for XML (see xml.ts) and htmlparser2 for HTML (see html.ts), on
 * our own zip reader over node:zlib (see zip.ts). Not exceljs, mammoth or SheetJS: hidden rows, columns
 * and sheets, comments, tracked changes, w:vanish, headers, properties and alt text need the raw OOXML
 * anyway — mammoth drops most of them by design, exceljs's streaming reader skips comments and pulls in
 * unzipper/archiver, and the npm `xlsx` package is frozen at 0.18.5 with published advisories.
 */
import path from 'node:path'
import { InputFileError, inputFileReason, readInputFile } from './input-file'
import { ImportError, type ImportedDocument, type ImportFormat, type ImportWarning } from '../../../shared/import/index'
import { importCsv } from './csv'
import { importDocx } from './docx/index'
import { declaredCharset, htmlToDocument } from './html'
import { defaultImportLimits, importCheckpoint, type ImportLimits } from './limits'
import { OfficePackage } from './package'
import { oleError, sniff } from './sniff'
import { decodeText } from './text-decode'
import { importXlsx } from './xlsx/index'
import { PackageZip } from './zip'

export { defaultImportLimits, importCheckpoint, type ImportLimits } from './limits'
export { decodeText, type DecodedText, type TextEncoding } from './text-decode'
export { readCsvText, csvLocation, parseCsv, sniffDelimiter, type ParsedCsv } from './csv'

/** Options of one import. */
export type ImportOptions = {
  /** called with 0…1 as the import proceeds (parsing dominates; it ends with 1) */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  limits?: Partial<ImportLimits>
}

/** Extensions an import accepts (and the legacy ones it explains). */
export const importExtensions: readonly string[] = ['.docx', '.xlsx', '.csv', '.tsv', '.html', '.htm']
const legacyExtensions = new Set(['.doc', '.xls', '.wps', '.et', '.docm', '.xlsm', '.dotx', '.xltx'])

const formatOfExtension: Readonly<Record<string, ImportFormat>> = { '.docx': 'docx', '.docm': 'docx', '.dotx': 'docx', '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.xltx': 'xlsx', '.csv': 'csv', '.tsv': 'csv', '.html': 'html', '.htm': 'html' }

/** Reads and imports a file; that it is a regular file within the 50 MB limit is checked before a byte is read. */
export async function importFile(file: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  const limits = { ...defaultImportLimits, ...options.limits }
  const ext = path.extname(file).toLowerCase()
  if (!importExtensions.includes(ext) && !legacyExtensions.has(ext)) throw new ImportError('unsupported-type', file, `${ext || '(none)'}; supported: ${importExtensions.join(' ')}`)
  let bytes: Buffer
  try {
    bytes = readInputFile(file, limits.maxFileBytes)
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error
    if (error.problem === 'too-large') throw new ImportError('too-large', file, `${error.size} bytes`)
    if (error.problem === 'not-regular' || error.problem === 'is-directory') throw new ImportError('not-a-file', file)
    throw new ImportError('not-recognised', file, inputFileReason(error, limits.maxFileBytes))
  }
  return importBytes(bytes, file, options)
}

/** Imports a file's bytes; `file` names it in messages and decides the expected format. */
export async function importBytes(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  const limits = { ...defaultImportLimits, ...options.limits }
  const onProgress = options.onProgress ?? ((): void => undefined)
  if (bytes.length > limits.maxFileBytes) throw new ImportError('too-large', file, `${bytes.length} bytes`)
  const expected = formatOfExtension[path.extname(file).toLowerCase()]
  const name = path.basename(file)
  const checkpoint = importCheckpoint(file, limits.maxMillis)
  try {
    const kind = sniff(bytes)
    let doc: ImportedDocument
    if (kind === 'ole') throw oleError(bytes, file)
    if (kind === 'zip') doc = await importPackage(bytes, file, name, limits, onProgress, options.signal, checkpoint)
    else if (expected === 'csv') doc = importCsv(bytes, file, name, checkpoint)
    else if (kind === 'markup' || expected === 'html') {
      const text = decodeText(bytes, file, declaredCharset(bytes)).text
      if (!/<(?:html|body|table|p|div|!doctype)\b/i.test(text.slice(0, 4096)) && expected !== 'html') throw new ImportError('not-recognised', file)
      doc = htmlToDocument(text, name, checkpoint)
    } else throw new ImportError('not-recognised', file, expected === 'docx' || expected === 'xlsx' ? 'not a zip package' : undefined)
    if (expected && expected !== doc.format) doc.warnings.unshift(mismatch(expected, doc.format))
    onProgress(1)
    return doc
  } catch (error) {
    if (error instanceof ImportError) throw error
    // a parser tripping over input we did not foresee: still one clear line, never a stack trace
    throw new ImportError('not-recognised', file, error instanceof Error ? error.name : 'error')
  }
}

async function importPackage(bytes: Uint8Array, file: string, name: string, limits: ImportLimits, onProgress: (f: number) => void, signal: AbortSignal | undefined, checkpoint: () => void): Promise<ImportedDocument> {
  const pkg = new OfficePackage(PackageZip.open(bytes, file, limits), file)
  const main = await pkg.mainPart()
  const parts = main.kind === 'xlsx' ? await importXlsx(pkg, main.part, (f) => onProgress(f * 0.95), signal, checkpoint) : await importDocx(pkg, main.part, (f) => onProgress(f * 0.95), signal, checkpoint)
  checkpoint()
  const hidden = [...parts.hidden, ...(await pkg.properties()), ...(await pkg.externalTargets()), ...pkg.objects(), ...(await pkg.customXml())]
  const warnings = parts.warnings
  if (!parts.blocks.length) warnings.push({ code: 'emptyDocument', message: { 'zh-CN': '文件正文中没有内容', en: 'the document body has no content' } })
  return { format: main.kind, name, blocks: parts.blocks, hidden, warnings }
}

function mismatch(expected: ImportFormat, actual: ImportFormat): ImportWarning {
  return {
    code: 'extensionMismatch',
    message: { 'zh-CN': `文件扩展名是 .${expected}，内容实际是 ${actual} 格式，已按 ${actual} 导入`, en: `the file is named .${expected} but holds ${actual}; imported as ${actual}` },
  }
}
