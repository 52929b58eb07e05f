// The command line's start-up and scale: the built CLI (bin/countersign.mjs → out/cli) beside the TypeScript
// sources run through tsx (as every call did before the CLI was built), in the same run; and the peak memory
// of `scan --json` on a 17 MB input, whose output is written file by file and finding by finding.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureCli } from '../scripts/cli-build.mjs'
import { figure, heading, percentile, sampleBody } from './support'

const root = path.resolve(import.meta.dirname, '..')
const quick = process.argv.includes('--quick')
const RUNS = quick ? 3 : 9
const built = path.join(root, 'bin', 'countersign.mjs')
const fromSources = path.join(root, 'bench', 'cli-tsx.mjs')
const bundle = path.join(root, 'test', 'fixtures', 'bundle', 'golden-v1.zip')
const trust = path.join(root, 'test', 'fixtures', 'bundle', 'golden-trust.json')

type Usage = { wall: number; cpu: number; maxRssKb: number }
const usagePreload = path.join(root, 'bench', 'process-usage.mjs')

/** One call in a child process: its wall time, and its own CPU time and peak memory as it reports them. */
function once(entry: string, args: string[], stdout: 'ignore' | number = 'ignore', env: NodeJS.ProcessEnv = process.env): Usage {
  const usageFile = path.join(os.tmpdir(), `countersign-bench-usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`)
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--import', usagePreload, entry, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
    env: { ...env, COUNTERSIGN_BENCH_USAGE_FILE: usageFile },
  })
  const wall = performance.now() - start
  if (result.status !== 0) throw new Error(`${path.basename(entry)} ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`)
  const { cpuMs, maxRssKb } = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number }
  fs.rmSync(usageFile, { force: true })
  return { wall, cpu: cpuMs, maxRssKb }
}

/** Medians of `runs` calls after one warm-up call (which also fills the OS file cache). */
function median(entry: string, args: string[], env: NodeJS.ProcessEnv = process.env): { wall: number; cpu: number } {
  once(entry, args, 'ignore', env)
  const samples: Usage[] = []
  for (let i = 0; i < RUNS; i++) samples.push(once(entry, args, 'ignore', env))
  return { wall: percentile(samples.map((s) => s.wall), 50), cpu: percentile(samples.map((s) => s.cpu), 50) }
}

function report(label: string, m: { wall: number; cpu: number }, target?: string): void {
  figure(label, m.wall, 'ms', target)
  figure('    its CPU time (user + system)', m.cpu, 'ms')
}

/** A one-page 低保 notice (about 1.5 KB, names, addresses and a small table). */
function onePageNotice(dir: string): string {
  const file = path.join(dir, 'notice.txt')
  fs.writeFileSync(file, `关于2026年第一季度城乡最低生活保障对象的公示\n\n${sampleBody(1)}联系人：张明 13812345678，身份证号 110101199003071234\n`)
  return file
}

/** The public sample notices (../shared/corpus/public) back to back to 17 MB, else the bench's own notices. */
function largeInput(dir: string): string {
  const corpus = path.resolve(root, '../shared/corpus/public')
  const seeds = fs.existsSync(corpus)
    ? fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'))
    : Array.from({ length: 50 }, (_, i) => `${sampleBody(i)}联系电话 1381234${String(5000 + i).padStart(4, '0')}\n`)
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < 17 * 1024 * 1024; i++) {
    const seed = seeds[i % seeds.length] ?? ''
    parts.push(seed)
    size += Buffer.byteLength(seed) + 1
  }
  const file = path.join(dir, 'large.txt')
  fs.writeFileSync(file, parts.join('\n'))
  return file
}

async function cliBench(): Promise<void> {
  heading(`command line start-up: built (out/cli) beside tsx (sources), median of ${RUNS} after a warm-up`)
  if (!(await ensureCli())) throw new Error('the CLI bundle could not be built (is esbuild installed?)')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-cli-'))
  try {
    const notice = onePageNotice(dir)
    const load = os.loadavg()[0] ?? 0
    console.log(`machine: ${os.availableParallelism()} cores, load average ${load.toFixed(2)} at the start`)
    // Node.js reads the file NODE_EXTRA_CA_CERTS names (a bundle of certificate authorities) as it starts, in
    // every process, before any of our code runs: about 90 ms on this sandbox, which sets it for its own
    // proxy. An office machine has no reason to set it (the product never goes on the network), so where it
    // is set the calls are timed twice: as this environment runs them, and without the variable, which is
    // what the targets are judged on.
    const extraCa = process.env.NODE_EXTRA_CA_CERTS
    const plain: NodeJS.ProcessEnv = { ...process.env }
    delete plain.NODE_EXTRA_CA_CERTS
    if (extraCa) console.log(`NODE_EXTRA_CA_CERTS is set here (${extraCa}): each call is also timed without it, as on an office machine`)
    report('node -e 0 (Node.js itself, for scale)', median('-e', ['0']))
    if (extraCa) report('node -e 0 without NODE_EXTRA_CA_CERTS', median('-e', ['0'], plain))
    const cases: { label: string; args: string[]; target: string }[] = [
      { label: '--version', args: ['--version'], target: '< 150 ms' },
      { label: 'verify a small bundle (golden-v1.zip, 9 KB)', args: ['verify', bundle, '--trust', trust], target: '< 400 ms' },
      { label: 'scan a one-page notice (1.5 KB)', args: ['scan', notice], target: '< 300 ms' },
    ]
    for (const c of cases) {
      if (extraCa) {
        report(`built: ${c.label}, without NODE_EXTRA_CA_CERTS`, median(built, c.args, plain), c.target)
        report(`built: ${c.label}, as this environment runs it`, median(built, c.args))
      } else report(`built: ${c.label}`, median(built, c.args), c.target)
      report(`tsx:   ${c.label}`, median(fromSources, c.args))
    }

    heading('scan --json of a 17 MB text file (built CLI): output streamed file by file')
    const large = largeInput(dir)
    const out = path.join(dir, 'out.json')
    const fd = fs.openSync(out, 'w')
    const run = once(built, ['scan', '--json', large], fd)
    fs.closeSync(fd)
    const doc = JSON.parse(fs.readFileSync(out, 'utf8')) as { files: { findings: unknown[] }[] }
    figure('input size', fs.statSync(large).size / 1024 / 1024, 'MB')
    figure('output size (one JSON document, parsed back)', fs.statSync(out).size / 1024 / 1024, 'MB')
    figure('findings', doc.files[0]?.findings.length ?? 0, '')
    figure('wall time', run.wall, 'ms')
    figure('CPU time (user + system)', run.cpu, 'ms')
    figure('peak memory (max RSS)', run.maxRssKb / 1024, 'MB', '< 400 MB')
    console.log(`load average at the end: ${(os.loadavg()[0] ?? 0).toFixed(2)}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await cliBench()
