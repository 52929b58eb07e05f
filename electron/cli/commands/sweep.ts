/**
 * countersign sweep PATH... --out DIR [--json]: a retro-audit of files already published. Walks the trees,
 * reads .html/.htm/.shtml (declared or sniffed charset, GBK too), .pdf (text layer), .docx/.xlsx/.csv/.txt;
 * lists legacy .doc/.xls and unreadable files with the reason. Writes DIR/report.html and DIR/findings.csv;
 * every value is masked. Exit 0 nothing found, 1 findings, 2 bad usage.
 */
import fs from 'node:fs'
import path from 'node:path'
import { scan } from '../../../shared/pii/index'
import { extractHtmlText } from '../../../shared/redact/index'
import { findingsCsv, mask, publicityOf, reportHtml, type SweepFile, type SweepFinding } from '../../../shared/sweep/report'
import { declaredCharset } from '../../services/import/html'
import { decodeText } from '../../services/import/text-decode'
import { parse } from '../args'
import { placeOf, readInput } from '../extract/index'
import { CliError, type Output } from '../io'

export const sweepUsage = 'sweep PATH... --out DIR [--json]'

const htmlExt = new Set(['.html', '.htm', '.shtml'])
const structured = new Set(['.docx', '.xlsx', '.csv', '.txt'])
const legacy = new Set(['.doc', '.xls'])

function walk(root: string, out: string[]): void {
  const stat = fs.statSync(root, { throwIfNoEntry: false })
  if (!stat) throw new CliError(`${root}: no such file or folder`)
  if (stat.isFile()) return void out.push(root)
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(root, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if (entry.isFile()) out.push(full)
  }
}

const wanted = (file: string): boolean => {
  const ext = path.extname(file).toLowerCase()
  return htmlExt.has(ext) || structured.has(ext) || legacy.has(ext) || ext === '.pdf'
}

type Page = { text: string; place: (offset: number) => string }

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

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

async function sweepFile(file: string, today: string): Promise<SweepFile> {
  const ext = path.extname(file).toLowerCase()
  if (legacy.has(ext)) return { path: file, status: 'legacy', reason: `${ext} 旧格式无法可靠读取`, findings: [] }
  let pages: Page[]
  let imageOnly: number[] = []
  try {
    if (htmlExt.has(ext)) {
      const bytes = fs.readFileSync(file)
      const { text: source } = decodeText(bytes, file, declaredCharset(bytes))
      const html = extractHtmlText(source)
      pages = [{ text: html.text, place: (o) => `第${lineOf(html.text, o)}行` }]
    } else if (ext === '.pdf') {
      ;({ pages, imageOnly } = await pdfPages(file))
    } else {
      const input = await readInput(file)
      pages = [{ text: input.text, place: (o) => placeOf(input, { start: o, end: o }) }]
    }
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    return { path: file, status: 'unreadable', reason: message.replace(file, '').replace(/^[:：\s]+/, '') || '无法解析', findings: [] }
  }
  const findings: SweepFinding[] = []
  let all = ''
  for (const page of pages) {
    all += page.text + '\n'
    for (const f of scan(page.text)) findings.push({ type: f.type, masked: mask(f.type, f.text), place: page.place(f.start) })
  }
  const result: SweepFile = { path: file, status: imageOnly.length && imageOnly.length === pages.length ? 'image-only' : 'scanned', findings }
  if (imageOnly.length) result.reason = `第${imageOnly.join('、')}页没有文字层，需人工查看（仅图片）`
  const publicity = publicityOf(all, today)
  if (publicity) result.publicity = publicity
  return result
}

export async function sweepCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, jobs: { type: 'string' }, policy: { type: 'string' }, shard: { type: 'string' } })
  if (values.help) {
    output.out(`usage: node bin/countersign.mjs ${sweepUsage}`)
    return 0
  }
  if (!positionals.length) throw new CliError(`no paths given; usage: ${sweepUsage}`)
  if (typeof values.out !== 'string') throw new CliError(`--out DIR is required; usage: ${sweepUsage}`)
  const outDir = path.resolve(values.out)
  const files: string[] = []
  for (const root of positionals) walk(root, files)
  const today = new Date().toISOString().slice(0, 10)
  const results: SweepFile[] = []
  for (const file of files.filter(wanted)) {
    const result = await sweepFile(file, today)
    results.push(result)
    if (values.json) output.out(JSON.stringify(result))
  }
  fs.mkdirSync(outDir, { recursive: true })
  const linkOf = (p: string): string => path.relative(outDir, path.resolve(p)).split(path.sep).map(encodeURIComponent).join('/')
  fs.writeFileSync(path.join(outDir, 'report.html'), reportHtml(results, linkOf))
  fs.writeFileSync(path.join(outDir, 'findings.csv'), findingsCsv(results))
  const found = results.some((r) => r.findings.length || r.publicity?.overdue || r.status !== 'scanned')
  if (!values.json) output.out(`${results.length} 个文件，${results.filter((r) => r.findings.length).length} 个含个人信息；报告：${path.join(outDir, 'report.html')}`)
  return found ? 1 : 0
}
