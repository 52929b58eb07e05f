// `npm run bench -- sweep [--pages N]`: the sweep of a synthetic published site — N ~20 KB HTML pages (default
// 10,000; a tenth carry a PII list, some of those in GBK) and N/50 PDFs — with --jobs 1 and --jobs 2 in one run:
// files/s, MB/s and peak memory (the whole process, worker threads included), and the CPU time of each thread —
// the main thread (listing, state file, report) and each worker — so that on a machine loaded by others, where
// wall time says little, the parallel fraction still shows: the workers' share of all CPU time, and the speed-up
// Amdahl's law gives for it (what --jobs 2 would reach on two free cores).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureCli } from '../scripts/cli-build.mjs'
import { figure, heading } from './support'

const root = path.resolve(import.meta.dirname, '..')
const at = process.argv.indexOf('--pages')
const pages = at > 0 ? Number(process.argv[at + 1]) : 10_000
const pdfs = Math.max(1, Math.round(pages / 50))

function gbkEncoder(): (text: string) => Buffer {
  const decoder = new TextDecoder('gbk')
  const table = new Map<string, number[]>()
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) table.set(decoder.decode(new Uint8Array([a, b])), [a, b])
  return (text) => Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))))
}

function idNumber(i: number): string {
  const body = `110101${String(19600101 + (i % 28)).padStart(8, '0')}${String(i % 1000).padStart(3, '0')}`
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((n, d, k) => n + Number(d) * w[k], 0)
  return body + '10X98765432'[sum % 11]
}

function pdf(text: string): Buffer {
  const ops = `BT /F1 12 Tf 50 700 Td (${text}) Tj ET`
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [4 0 R] /Count 1 >>', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>', `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`]
  let out = '%PDF-1.4\n'
  const offsets = objs.map((body, i) => {
    const o = out.length
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
    return o
  })
  const xref = out.length
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-sweep-'))
try {
  const gbk = gbkEncoder()
  const filler = '<p>根据有关规定，现将本季度城乡居民最低生活保障工作开展情况通报如下，请各单位认真对照落实。</p>\n'.repeat(180)
  let bytes = 0
  for (let i = 0; i < pages; i++) {
    const dir = path.join(site, `s${Math.floor(i / 500)}`)
    if (i % 500 === 0) fs.mkdirSync(dir, { recursive: true })
    const list = i % 10 === 0 ? `<table><tr><td>姓名</td><td>身份证号</td><td>电话</td></tr>${Array.from({ length: 20 }, (_, k) => `<tr><td>王${'明华建国'[k % 4]}</td><td>${idNumber(i + k)}</td><td>138${String(10000000 + i + k).slice(0, 8)}</td></tr>`).join('')}</table>` : ''
    const isGbk = i % 10 === 0 && i % 20 === 0
    const html = `<html><head><meta charset="${isGbk ? 'gbk' : 'utf-8'}"><title>通知${i}</title></head><body>${filler}${list}</body></html>`
    const data = isGbk ? gbk(html) : Buffer.from(html)
    bytes += data.length
    fs.writeFileSync(path.join(dir, `p${i}.html`), data)
  }
  fs.mkdirSync(path.join(site, 'pdf'))
  for (let i = 0; i < pdfs; i++) {
    const data = pdf(`ID ${idNumber(i)} notice ${i}`)
    bytes += data.length
    fs.writeFileSync(path.join(site, 'pdf', `a${i}.pdf`), data)
  }
  const cli = await ensureCli()
  if (!cli) throw new Error('the CLI could not be built (esbuild missing)')
  heading(`sweep: ${pages} pages + ${pdfs} PDFs, ${(bytes / 1e6).toFixed(0)} MB; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores`)
  const rates: number[] = []
  for (const jobs of [1, 2]) {
    const out = path.join(site, `out${jobs}`)
    const usageFile = path.join(site, `usage${jobs}.json`)
    const start = performance.now()
    const run = spawnSync(process.execPath, ['--import', path.join(root, 'bench/process-usage.mjs'), path.join(root, 'bin/countersign.mjs'), 'sweep', site, '--out', out, '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, COUNTERSIGN_BENCH_USAGE_FILE: usageFile } })
    const seconds = (performance.now() - start) / 1000
    if (run.status !== 1) console.log(`  --jobs ${jobs}: exit ${String(run.status)} ${run.stderr.toString().slice(0, 200)}`)
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number; mainThreadCpuMs: number | null; workerCpuMs: number[] }
    const files = pages + pdfs
    rates.push(files / seconds)
    figure(`--jobs ${jobs} wall time`, seconds, 's', jobs === 2 ? '< 60 s' : undefined)
    figure(`--jobs ${jobs} files/s`, files / seconds, 'files/s')
    figure(`--jobs ${jobs} MB/s`, bytes / 1e6 / seconds, 'MB/s')
    figure(`--jobs ${jobs} peak memory`, usage.maxRssKb / 1024, 'MB', '< 1024 MB')
    figure(`--jobs ${jobs} CPU time, whole process`, usage.cpuMs / 1000, 's')
    if (usage.mainThreadCpuMs !== null) figure(`--jobs ${jobs} CPU time, main thread`, usage.mainThreadCpuMs / 1000, 's')
    usage.workerCpuMs.forEach((ms, i) => figure(`--jobs ${jobs} CPU time, worker ${i + 1}`, ms / 1000, 's'))
    if (jobs === 2 && usage.mainThreadCpuMs !== null && usage.workerCpuMs.length) {
      const workers = usage.workerCpuMs.reduce((a, b) => a + b, 0)
      const serial = usage.cpuMs - workers
      figure('--jobs 2 CPU share of the workers (parallel fraction)', (100 * workers) / usage.cpuMs, '%')
      figure('--jobs 2 CPU elsewhere (main thread, GC, I/O threads)', serial / 1000, 's')
      figure('--jobs 2 speed-up on two free cores (CPU times)', usage.cpuMs / (serial + Math.max(...usage.workerCpuMs)), '×', '≥ 1.7×')
    }
  }
  figure('--jobs 2 speed-up over --jobs 1 (wall time)', rates[1] / rates[0], '×', '≥ 1.7×')
  console.log(`  load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
} finally {
  fs.rmSync(site, { recursive: true, force: true })
}
