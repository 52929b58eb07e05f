/**
 * Throughput and latency of shared/pii, every detector on, one thread.
 * Run from the repository root: node --import tsx bench/pii.bench.ts [--quick]
 *
 * Inputs (all built in memory, deterministic):
 *  - dense: the public sample notices (../shared/corpus/public) replicated to 20 MB — about one finding
 *    per 45 bytes, the worst case for the scanner;
 *  - mixed: the same notices interleaved with PII-free 政务 prose, four bytes of prose per byte of notice;
 *  - table: a 100,000-row TSV (姓名, 身份证号码, 联系电话, 家庭住址 …);
 *  - notice: a 50-page notice (75,000 characters) re-scanned as an editor would after each change.
 * Every figure is the median of several timed runs after warm-up runs; the min and max are shown so a
 * noisy machine is visible. Wall-clock time, as a user waits for it; the process CPU time beside it
 * (which includes the garbage collector's helper threads) and the load average show when other work
 * on the machine, not the scanner, is what slowed a figure. Beside each input, a naive pass of six
 * regexes over the same text shows what "just grepping" costs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { scan } from '../shared/pii/index'
import { idCardCheckChar } from '../shared/pii/validators/id-card'
import { percentile } from './support'

const quick = process.argv.includes('--quick')
const WARMUP = quick ? 1 : 2
const RUNS = quick ? 3 : 7
const MB = 1024 * 1024

const corpusDir = path.resolve(process.cwd(), '../shared/corpus/public')
const seeds = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8'))
  : ['关于新桥镇2024年第1季度城乡最低生活保障对象的公示\n\n序号\t户主姓名\t身份证号码\t家庭住址\n1\t谭浩振\t310104201008242982\t昆明市五华区朝阳路437号\n监督电话：0551-62723683\n']

/** PII-free 政务 prose, written for the bench: the bulk of a real notice between its lists. */
const PROSE = [
  '为进一步做好城乡居民最低生活保障工作，切实保障困难群众基本生活，根据有关规定，结合我镇实际，现就有关事项通知如下。',
  '各村（社区）要高度重视，加强组织领导，明确工作责任，严格按照审核确认程序，做到应保尽保、应退尽退。',
  '公示期间，任何单位和个人均可通过来信、来电、来访等方式反映情况，工作人员将认真核实并及时反馈。',
  '对弄虚作假、骗取保障待遇的，一经查实，立即停发并追回已领取的资金，情节严重的依法追究责任。',
  '本次招聘工作坚持公开、平等、竞争、择优的原则，经笔试、面试、考察、体检等环节，确定拟聘用人员。',
  '请各相关单位于本月底前将工作总结报送镇党政办公室，逾期未报送的将予以通报。',
  '下一步，我们将持续优化营商环境，深化放管服改革，不断提升政务服务水平和群众满意度。',
  '经研究决定，对在疫情防控工作中表现突出的集体给予通报表扬，希望受表彰的集体珍惜荣誉，再接再厉。',
]

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
const now = (): number => Number(process.hrtime.bigint()) / 1e6

/** The corpus notices back to back until `targetBytes`. */
function dense(targetBytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < targetBytes; i++) {
    const s = seeds[i % seeds.length] ?? ''
    parts.push(s)
    size += bytes(s) + 2
  }
  return parts.join('\n\n')
}

/** Corpus notices interleaved with prose, about four bytes of prose per byte of notice. */
function mixed(targetBytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < targetBytes; i++) {
    const s = seeds[i % seeds.length] ?? ''
    const para = Array.from({ length: 12 }, (_, k) => PROSE[(i * 7 + k * 3) % PROSE.length]).join('')
    parts.push(s, para)
    size += bytes(s) + bytes(para) + 4
  }
  return parts.join('\n\n')
}

let seed = 42
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed % n
}
const SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰'
const AREAS = ['340705', '110101', '310104', '440305', '320583', '610113']
function idCard(): string {
  const y = 1940 + rnd(70)
  const body = `${AREAS[rnd(AREAS.length)]}${y}${String(1 + rnd(12)).padStart(2, '0')}${String(1 + rnd(28)).padStart(2, '0')}${String(rnd(1000)).padStart(3, '0')}`
  return body + (idCardCheckChar(body) ?? '0')
}
function table(rows: number): string {
  const lines = ['序号\t姓名\t身份证号码\t联系电话\t家庭住址\t金额（元）']
  for (let i = 1; i <= rows; i++) {
    const name = (SURN[rnd(SURN.length)] ?? '王') + (GIVEN[rnd(GIVEN.length)] ?? '') + (rnd(2) ? (GIVEN[rnd(GIVEN.length)] ?? '') : '')
    lines.push(`${i}\t${name}\t${idCard()}\t1${3 + rnd(7)}${String(rnd(1e9)).padStart(9, '0')}\t铜陵市铜官区长江路${1 + rnd(900)}号${1 + rnd(30)}栋${1 + rnd(3)}单元${1 + rnd(30)}0${1 + rnd(4)}室\t${rnd(2000)}`)
  }
  return lines.join('\n')
}

/** What "just grepping" costs: six unvalidated patterns, no context, no tables, no names. */
const NAIVE = [/\d{17}[\dXx]/g, /1[3-9]\d{9}/g, /0\d{2,3}-\d{7,8}/g, /62\d{14,17}/g, /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, /(?:\d{1,3}\.){3}\d{1,3}/g]
function naive(text: string): number {
  let n = 0
  for (const re of NAIVE) {
    re.lastIndex = 0
    while (re.exec(text)) n++
  }
  return n
}

type Timing = { median: number; min: number; max: number; p95: number; cpu: number; value: number }

/** `warmup` untimed runs (JIT, caches), then `runs` timed ones. */
function measure(f: () => number, runs = RUNS, warmup = WARMUP): Timing {
  let value = 0
  for (let i = 0; i < warmup; i++) value = f()
  const ms: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = now()
    value = f()
    ms.push(now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  return { median: percentile(ms, 50), min: Math.min(...ms), max: Math.max(...ms), p95: percentile(ms, 95), cpu: percentile(cpu, 50), value }
}

const results: [string, string, string, string][] = []
function row(what: string, figure: string, target: string, ok: boolean | null): void {
  results.push([what, figure, target, ok === null ? '' : ok ? 'ok' : 'MISSED'])
  process.stdout.write(`${what.padEnd(46)} ${figure.padEnd(44)} ${target.padEnd(14)} ${ok === null ? '' : ok ? 'ok' : 'MISSED'}\n`)
}
const spread = (t: Timing): string => `${t.median.toFixed(0)} ms, min ${t.min.toFixed(0)} max ${t.max.toFixed(0)}, cpu ${t.cpu.toFixed(0)} ms`
const load = (): string => loadavg()[0].toFixed(2)

process.stdout.write(`shared/pii bench: ${RUNS} timed runs after ${WARMUP} warm-up, medians; node ${process.version}, ${availableParallelism()} CPUs, load average ${load()}\n\n`)

for (const [name, text, goal] of [
  ['dense (corpus replicated)', dense(20 * MB), 0.3],
  ['mixed (notices + 4x prose)', mixed(20 * MB), 0.5],
] as const) {
  const size = bytes(text) / MB
  const t = measure(() => scan(text).length)
  const rate = size / (t.median / 1000)
  row(`scan(), ${name}, ${size.toFixed(1)} MB`, `${rate.toFixed(1)} MB/s (${spread(t)})`, '>= 20 MB/s', rate >= 20)
  process.stdout.write(`${''.padEnd(46)} ${t.value} findings, one per ${Math.round(bytes(text) / Math.max(1, t.value))} bytes\n`)
  const n = measure(() => naive(text))
  row(`  naive regex pass, same text`, `${(size / (n.median / 1000)).toFixed(1)} MB/s (${n.value} matches)`, '', null)
  // the issue's yardstick: the engine's speed as a fraction of the naive pass's (by CPU time too, which a busy machine disturbs less)
  const ratio = n.median / t.median
  row(`  engine ÷ naive pass`, `${ratio.toFixed(2)}× (by cpu time ${(n.cpu / t.cpu).toFixed(2)}×)`, `>= ${goal}×`, ratio >= goal)
}

const t100k = table(100_000)
const tbl = measure(() => scan(t100k).length, quick ? 2 : 3, 1)
row(`scan(), 100,000-row table, ${(bytes(t100k) / MB).toFixed(1)} MB`, `${(tbl.median / 1000).toFixed(2)} s (${tbl.value} findings)`, '< 3 s', tbl.median < 3000)
const tn = measure(() => naive(t100k), quick ? 2 : 3, 1)
row(`  naive regex pass, same table`, `${(tn.median / 1000).toFixed(2)} s (${tn.value} matches)`, '', null)

const page = dense(75_000 * 3).slice(0, 75_000)
const re = measure(() => scan(page).length, quick ? 20 : 50, 5)
row(`re-scan, 50-page notice (75,000 chars)`, `median ${re.median.toFixed(1)} ms, p95 ${re.p95.toFixed(1)} ms`, '< 50 ms', re.p95 < 50)
const rn = measure(() => naive(page), quick ? 20 : 50, 5)
row(`  naive regex pass, same notice`, `median ${rn.median.toFixed(1)} ms, p95 ${rn.p95.toFixed(1)} ms`, '', null)

const missed = results.filter((r) => r[3] === 'MISSED').length
process.stdout.write(`\n${missed ? `${missed} target(s) missed` : 'all targets met'} (load average now ${load()})\n`)
