/**
 * 已发布信息排查 — one file of an offline copy of a website: its text (any charset for web pages and .txt, the text
 * layer of a PDF, the whole of a .docx/.xlsx including hidden content, a .csv decoded as Excel and WPS write it),
 * every finding masked with its place in words, and the 公示期 it states. Legacy .doc/.xls and files that cannot
 * be read are results too, with the reason: never skipped.
 */
import fs from 'node:fs'
import path from 'node:path'
import { documentText } from '../../../shared/import/index'
import { scan } from '../../../shared/pii/index'
import { getPolicy, policyNames, proposeAction, type Policy } from '../../../shared/policy/index'
import { extractHtmlText } from '../../../shared/redact/index'
import { lineOf, placeText } from '../../../shared/sweep/place'
import { mask, publicityOf, type SweepFile, type SweepFinding } from '../../../shared/sweep/report'
import { declaredCharset } from '../import/html'
import { csvLocation, importFile, readCsvText } from '../import/index'
import { decodeText } from '../import/text-decode'

/** A request the sweep cannot run: a missing path, an unknown policy. The message names the problem. */
export class SweepUsageError extends Error {
  override name = 'SweepUsageError'
}

const htmlExt = new Set(['.html', '.htm', '.shtml'])
const documentExt = new Set(['.docx', '.xlsx'])
const legacyExt = new Set(['.doc', '.xls'])

/** Whether the sweep reads (or lists, for legacy formats) a file of this name. */
export function isSweptFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase()
  return htmlExt.has(ext) || documentExt.has(ext) || legacyExt.has(ext) || ext === '.csv' || ext === '.txt' || ext === '.pdf'
}

/** Every file under the roots (a root may be a file), in name order; a root that does not exist is refused. */
export function walk(roots: readonly string[]): string[] {
  const out: string[] = []
  const visit = (root: string): void => {
    const stat = fs.statSync(root, { throwIfNoEntry: false })
    if (!stat) throw new SweepUsageError(`${root}: no such file or folder`)
    if (stat.isFile()) return void out.push(root)
    for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(root, entry.name)
      if (entry.isDirectory()) visit(full)
      else if (entry.isFile()) out.push(full)
    }
  }
  for (const root of roots) visit(root)
  return out
}

/** The named policy; undefined for none; a SweepUsageError listing the valid names for an unknown one. */
export function sweepPolicy(name: string | undefined): Policy | undefined {
  if (name === undefined) return undefined
  const policy = getPolicy(name)
  if (!policy) throw new SweepUsageError(`--policy: unknown policy "${name}"; valid policies: ${policyNames.join(', ')}`)
  return policy
}

/** A stretch of text and how to say where an offset in it is. */
type Page = { text: string; place: (offset: number) => string }

async function pdfPages(file: string): Promise<{ pages: Page[]; imageOnly: number[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const data = new Uint8Array(fs.readFileSync(file))
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  const pages: Page[] = []
  const imageOnly: number[] = []
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      let text = ''
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '')
      if (!text.trim()) imageOnly.push(n)
      pages.push({ text, place: (o) => `第${n}页第${lineOf(text, o)}行` })
    }
  } finally {
    await doc.destroy()
  }
  return { pages, imageOnly }
}

/** The text of a file the sweep reads, as pages with their places (第3行, 工作表“低保名单”C3单元格, 正文第12段…). */
async function pagesOf(file: string, ext: string): Promise<{ pages: Page[]; imageOnly: number[] }> {
  if (ext === '.pdf') return pdfPages(file)
  if (htmlExt.has(ext)) {
    const bytes = fs.readFileSync(file)
    const html = extractHtmlText(decodeText(bytes, file, declaredCharset(bytes)).text)
    return { pages: [{ text: html.text, place: (o) => `第${lineOf(html.text, o)}行` }], imageOnly: [] }
  }
  if (ext === '.csv') {
    const { text, csv } = readCsvText(fs.readFileSync(file), file)
    return { pages: [{ text, place: (o) => placeText(csvLocation(csv, o)) }], imageOnly: [] }
  }
  if (ext === '.txt') {
    const { text } = decodeText(fs.readFileSync(file), file)
    return { pages: [{ text, place: (o) => `第${lineOf(text, o)}行` }], imageOnly: [] }
  }
  // .docx/.xlsx: hidden rows, sheets, comments and properties are online too, and say so
  const view = documentText(await importFile(file))
  const place = (o: number): string => {
    const at = view.locate(o)
    const where = placeText(at.location)
    return at.hidden ? `${where}（隐藏内容）` : where
  }
  return { pages: [{ text: view.text, place }], imageOnly: [] }
}

/** Why a file could not be read, in Chinese, without the path (the report names the file). */
export function unreadableReason(file: string, error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error'
  if (path.extname(file).toLowerCase() === '.pdf') {
    if (name === 'PasswordException') return 'PDF 文件设有密码，无法读取'
    if (name === 'InvalidPDFException') return 'PDF 文件已损坏或不是有效的 PDF'
    return 'PDF 文件无法解析'
  }
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
  const stripped = message.replace(file, '').replace(/^[:：\s]+/, '')
  // the import's messages are Chinese first, with the English after a dash or in brackets: keep the Chinese
  const chinese = /^[^(—]*[\u4e00-\u9fff][^(—]*/.exec(stripped)?.[0].trim()
  return chinese || '文件无法解析'
}

/**
 * Sweeps one file. `today` (YYYY-MM-DD) decides whether a stated 公示期 is over. With a policy, what it allows
 * to be published (keep: e.g. names on a 补贴 list under `subsidy`) is not reported, and each finding says what
 * the policy would do with it.
 */
export async function sweepFile(file: string, today: string, policy?: Policy): Promise<SweepFile> {
  const ext = path.extname(file).toLowerCase()
  if (legacyExt.has(ext)) return { path: file, status: 'legacy', reason: `${ext} 旧格式无法可靠读取`, findings: [] }
  let read: { pages: Page[]; imageOnly: number[] }
  try {
    read = await pagesOf(file, ext)
  } catch (error) {
    return { path: file, status: 'unreadable', reason: unreadableReason(file, error), findings: [] }
  }
  const { pages, imageOnly } = read
  const findings: SweepFinding[] = []
  let all = ''
  for (const page of pages) {
    all += page.text + '\n'
    for (const f of scan(page.text)) {
      const action = policy ? proposeAction(policy, f).action : undefined
      if (action === 'keep') continue
      findings.push({ type: f.type, masked: mask(f.type, f.text), place: page.place(f.start), ...(action ? { action } : {}) })
    }
  }
  const result: SweepFile = { path: file, status: imageOnly.length && imageOnly.length === pages.length ? 'image-only' : 'scanned', findings }
  if (imageOnly.length) result.reason = `第${imageOnly.join('、')}页没有文字层，需人工查看（仅图片）`
  const publicity = publicityOf(all, today)
  if (publicity) result.publicity = publicity
  return result
}
