/**
 * countersign sweep PATH... --out DIR [--json]: a retro-audit of files already published. Walks the trees,
 * reads .html/.htm/.shtml (declared or sniffed charset, GBK too), .pdf (text layer), .docx/.xlsx/.csv/.txt;
 * lists legacy .doc/.xls and unreadable files with the reason. Writes DIR/report.html and DIR/findings.csv;
 * every value is masked. Exit 0 nothing found, 1 findings, 2 bad usage.
 */
import fs from 'node:fs'
import os from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import path from 'node:path'
import { scan } from '../../../shared/pii/index'
import { getPolicy, policyNames, proposeAction, type Policy } from '../../../shared/policy/index'
import { extractHtmlText } from '../../../shared/redact/index'
import { lineOf, placeText } from '../../../shared/sweep/place'
import { findingsCsv, mask, publicityOf, reportHtml, type SweepFile, type SweepFinding } from '../../../shared/sweep/report'
import { declaredCharset } from '../../services/import/html'
import { csvLocation } from '../../services/import/index'
import { decodeText } from '../../services/import/text-decode'
import { parse } from '../args'
import { hiddenOf, readInput, type Input } from '../extract/index'
import { CliError, type Output } from '../io'

export const sweepUsage = 'sweep PATH... --out DIR [--json] [--jobs N] [--policy NAME] [--shard I/N]   (已发布信息排查: report.html, findings.csv; values masked)\nsweep merge DIR... --out DIR   (one report from the outputs of several shards)'

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

/** 第3行, 第2行第4列, 工作表“低保名单”C3单元格, 正文第12段（隐藏内容） */
function placeIn(input: Input, offset: number): string {
  switch (input.kind) {
    case 'text':
    case 'html':
      return `第${lineOf(input.text, offset)}行`
    case 'csv':
      return placeText(csvLocation(input.csv, offset))
    case 'document': {
      const where = placeText(input.view.locate(offset).location)
      return hiddenOf(input, { start: offset }) ? `${where}（隐藏内容）` : where
    }
  }
}

/** The named policy, or a usage error listing the valid names. */
function policyOption(name: string | undefined): Policy | undefined {
  if (name === undefined) return undefined
  const policy = getPolicy(name)
  if (!policy) throw new CliError(`--policy: unknown policy "${name}"; valid policies: ${policyNames.join(', ')}`)
  return policy
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

/**
 * Sweeps one file. With a policy, what it allows to be published (keep: e.g. names on a 补贴 list under
 * `subsidy`) is not reported, and each finding says what the policy would do with it.
 */
async function sweepFile(file: string, today: string, policy?: Policy): Promise<SweepFile> {
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
      pages = [{ text: input.text, place: (o) => placeIn(input, o) }]
    }
  } catch (error) {
    return { path: file, status: 'unreadable', reason: unreadableReason(file, ext, error), findings: [] }
  }
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


const stateName = 'sweep-state.jsonl'
type Done = SweepFile & { key: string }

// A worker thread (the built CLI's own chunk, started with workerData.countersignSweep): sweeps the files it is sent.
if (!isMainThread && (workerData as { countersignSweep?: boolean } | null)?.countersignSweep && parentPort) {
  const port = parentPort
  port.on('message', (message: { file: string; today: string; policy?: string }) => {
    void sweepFile(message.file, message.today, message.policy === undefined ? undefined : getPolicy(message.policy))
      .catch((error: unknown): SweepFile => ({ path: message.file, status: 'unreadable', reason: unreadableReason(message.file, path.extname(message.file).toLowerCase(), error), findings: [] }))
      .then((result) => port.postMessage(result))
  })
}

/** The state file's key of a file: path, size, time, and the policy swept under (another policy sweeps it again). */
function keyOf(file: string, policy: string | undefined): string {
  const stat = fs.statSync(file)
  return `${path.resolve(file)}\u0000${stat.size}\u0000${Math.floor(stat.mtimeMs)}${policy === undefined ? '' : `\u0000${policy}`}`
}

/** Why a file could not be read, in Chinese, without the path (the report names the file). */
function unreadableReason(file: string, ext: string, error: unknown): string {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
  if (ext === '.pdf') return `PDF 文件已损坏或无法解析（${error instanceof Error ? error.name : 'Error'}）`
  const stripped = message.replace(file, '').replace(/^[:：\s]+/, '')
  // the import's messages are Chinese first, with the English in brackets: keep the Chinese
  const chinese = /^[^(]*[\u4e00-\u9fff][^(]*/.exec(stripped)?.[0].trim()
  return chinese || `无法解析（${error instanceof Error ? error.name : 'Error'}）`
}

function readState(file: string): Done[] {
  if (!fs.existsSync(file)) return []
  const done: Done[] = []
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    try {
      done.push(JSON.parse(line) as Done)
    } catch {
      // the last line of an interrupted run: that file is swept again
    }
  }
  return done
}

function shardOption(value: string | boolean | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined
  const m = typeof value === 'string' ? /^(\d+)\/(\d+)$/.exec(value) : null
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count) throw new CliError(`--shard must be I/N with 1 ≤ I ≤ N (e.g. 2/3), not ${String(value)}`)
  return { index, count }
}

function writeReports(outDir: string, results: readonly SweepFile[], policy?: string): void {
  fs.mkdirSync(outDir, { recursive: true })
  const linkOf = (p: string): string => path.relative(outDir, path.resolve(p)).split(path.sep).map(encodeURIComponent).join('/')
  fs.writeFileSync(path.join(outDir, 'report.html'), reportHtml(results, linkOf, { policy }))
  fs.writeFileSync(path.join(outDir, 'findings.csv'), findingsCsv(results))
}

const needsAction = (r: SweepFile): boolean => r.findings.length > 0 || Boolean(r.publicity?.overdue) || r.status !== 'scanned'
const publicOf = ({ key: _key, ...file }: Done): SweepFile => file

function mergeCommand(args: string[], output: Output): number {
  const { values, positionals } = parse(args, { out: { type: 'string' } })
  if (!positionals.length) throw new CliError('no shard folders given; usage: sweep merge DIR... --out DIR')
  if (typeof values.out !== 'string') throw new CliError('--out DIR is required; usage: sweep merge DIR... --out DIR')
  const byKey = new Map<string, Done>()
  for (const dir of positionals) {
    const state = path.join(dir, stateName)
    if (!fs.existsSync(state)) throw new CliError(`${dir}: not a sweep output folder (no ${stateName})`)
    for (const done of readState(state)) byKey.set(done.path, done)
  }
  const results = [...byKey.values()].map(publicOf)
  writeReports(path.resolve(values.out), results)
  for (const r of results) if (values.json) output.out(JSON.stringify(r))
  if (!values.json) output.out(`合并 ${positionals.length} 个分片，共 ${results.length} 个文件；报告：${path.join(path.resolve(values.out), 'report.html')}`)
  return results.some(needsAction) ? 1 : 0
}

export async function sweepCommand(args: string[], output: Output): Promise<number> {
  if (args[0] === 'merge') return Promise.resolve(mergeCommand(args.slice(1), output))
  const { values, positionals } = parse(args, { out: { type: 'string' }, jobs: { type: 'string' }, policy: { type: 'string' }, shard: { type: 'string' } })
  if (values.help) {
    output.out(`usage: node bin/countersign.mjs ${sweepUsage}`)
    return 0
  }
  if (!positionals.length) throw new CliError(`no paths given; usage: ${sweepUsage}`)
  if (typeof values.out !== 'string') throw new CliError(`--out DIR is required; usage: ${sweepUsage}`)
  const jobs = values.jobs === undefined ? Math.max(1, os.availableParallelism()) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError(`--jobs must be a whole number from 1 to 64, not ${String(values.jobs)}`)
  const shard = shardOption(values.shard)
  const policy = policyOption(values.policy)
  const outDir = path.resolve(values.out)
  const all: string[] = []
  for (const root of positionals) walk(root, all)
  const files = all.filter(wanted).filter((_, i) => !shard || i % shard.count === shard.index - 1)
  fs.mkdirSync(outDir, { recursive: true })
  const statePath = path.join(outDir, stateName)
  // resumable: files already swept (same path, size and time) are taken from the state file
  const previous = new Map(readState(statePath).map((d) => [d.key, d]))
  const today = new Date().toISOString().slice(0, 10)
  const results: SweepFile[] = []
  const todo: { file: string; key: string; size: number }[] = []
  const keep: Done[] = []
  for (const file of files) {
    const key = keyOf(file, policy?.name)
    const done = previous.get(key)
    if (done) keep.push(done)
    else todo.push({ file, key, size: fs.statSync(file).size })
  }
  fs.writeFileSync(statePath, keep.map((d) => `${JSON.stringify(d)}\n`).join(''))
  for (const d of keep) {
    results.push(publicOf(d))
    if (values.json) output.out(JSON.stringify(publicOf(d)))
  }
  const state = fs.openSync(statePath, 'a')
  const totalBytes = todo.reduce((n, t) => n + t.size, 0)
  const started = Date.now()
  let doneBytes = 0
  let doneCount = 0
  const tty = process.stderr.isTTY
  const record = (item: (typeof todo)[number], result: SweepFile): void => {
    fs.writeSync(state, `${JSON.stringify({ ...result, key: item.key })}\n`)
    results.push(result)
    if (values.json) output.out(JSON.stringify(result))
    doneBytes += item.size
    doneCount++
    if (tty) {
      const seconds = (Date.now() - started) / 1000
      const rate = doneBytes / Math.max(seconds, 0.001)
      const left = rate > 0 ? (totalBytes - doneBytes) / rate : 0
      process.stderr.write(`\r${doneCount}/${todo.length}  ${(rate / 1e6).toFixed(1)} MB/s  剩余约 ${Math.ceil(left)} 秒   `)
    }
  }
  const self = import.meta.url
  if (jobs > 1 && todo.length > 1 && !self.endsWith('.ts')) {
    const queue = [...todo]
    await Promise.all(
      Array.from({ length: Math.min(jobs, todo.length) }, async () => {
        const worker = new Worker(new URL(self), { workerData: { countersignSweep: true } })
        try {
          for (let item = queue.shift(); item; item = queue.shift()) {
            const current = item
            const result = await new Promise<SweepFile>((resolve, reject) => {
              worker.once('message', resolve)
              worker.once('error', reject)
              worker.postMessage({ file: current.file, today, policy: policy?.name })
            })
            worker.removeAllListeners('error')
            record(current, result)
          }
        } finally {
          await worker.terminate()
        }
      }),
    )
  } else {
    for (const item of todo) record(item, await sweepFile(item.file, today, policy))
  }
  fs.closeSync(state)
  if (tty) process.stderr.write('\n')
  writeReports(outDir, results, policy?.name)
  if (!values.json) output.out(`${results.length} 个文件，${results.filter((r) => r.findings.length).length} 个含个人信息；报告：${path.join(outDir, 'report.html')}`)
  return results.some(needsAction) ? 1 : 0
}
