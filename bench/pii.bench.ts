/**
 * Throughput of shared/pii on realistic Chinese text.
 * Run from the repository root: node --import tsx bench/pii.bench.ts
 * Seeds are the public corpus notices (../shared/corpus/public) when present, replicated to ~20 MB.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { scan } from '../shared/pii/index'
import { idCardCheckChar } from '../shared/pii/validators/id-card'

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

function replicate(targetBytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < targetBytes; i++) {
    const s = seeds[i % seeds.length] ?? ''
    parts.push(s)
    size += bytes(s) + 2
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

const NAIVE = [/\d{17}[\dXx]/g, /1[3-9]\d{9}/g, /0\d{2,3}-\d{7,8}/g, /62\d{14,17}/g, /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, /(?:\d{1,3}\.){3}\d{1,3}/g]
function naive(text: string): number {
  let n = 0
  for (const re of NAIVE) {
    re.lastIndex = 0
    while (re.exec(text)) n++
  }
  return n
}

function time<T>(f: () => T, runs = 1): { ms: number; value: T } {
  let best = Infinity
  let value = f()
  for (let i = 0; i < runs; i++) {
    const t0 = now()
    value = f()
    best = Math.min(best, now() - t0)
  }
  return { ms: best, value }
}

/** Corpus notices interleaved with prose, about four bytes of prose per byte of notice. */
function realistic(targetBytes: number): string {
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

const big = replicate(20 * 1024 * 1024)
const mixed = realistic(20 * 1024 * 1024)
const mixedMb = bytes(mixed) / (1024 * 1024)
const mix = time(() => scan(mixed).length, 2)
const mb = bytes(big) / (1024 * 1024)
const whole = time(() => scan(big).length, 2)
const docs = big.split('\n\n\n')
const perDoc = time(() => docs.reduce((n, d) => n + scan(d).length, 0), 1)
const nv = time(() => naive(mixed), 2)
const t100k = table(100_000)
const tbl = time(() => scan(t100k).length, 2)
const page = replicate(75_000 * 3).slice(0, 75_000)
const rescans: number[] = []
for (let i = 0; i < 30; i++) {
  const t0 = now()
  scan(page)
  rescans.push(now() - t0)
}
rescans.sort((a, b) => a - b)

const out = (k: string, v: string): void => void process.stdout.write(`${k.padEnd(44)} ${v}\n`)
out('input (corpus seeds replicated)', `${mb.toFixed(1)} MB, ${big.length} UTF-16 units, ${seeds.length} seeds`)
out('scan(), 20 MB notices + prose (realistic)', `${(mixedMb / (mix.ms / 1000)).toFixed(1)} MB/s (${mix.ms.toFixed(0)} ms, ${mix.value} findings)`)
out('scan(), one 20 MB text (corpus only, dense)', `${(mb / (whole.ms / 1000)).toFixed(1)} MB/s (${whole.ms.toFixed(0)} ms, ${whole.value} findings)`)
out('scan(), corpus document by document', `${(mb / (perDoc.ms / 1000)).toFixed(1)} MB/s (${perDoc.ms.toFixed(0)} ms)`)
out('naive regex pass (6 patterns), realistic input', `${(mixedMb / (nv.ms / 1000)).toFixed(1)} MB/s (${nv.ms.toFixed(0)} ms, ${nv.value} matches)`)
out('100,000-row table (TSV, 6 columns)', `${tbl.ms.toFixed(0)} ms (${(bytes(t100k) / 1048576).toFixed(1)} MB, ${tbl.value} findings)`)
out('50-page notice re-scan (75k chars)', `median ${rescans[15]?.toFixed(1)} ms, p90 ${rescans[27]?.toFixed(1)} ms`)
