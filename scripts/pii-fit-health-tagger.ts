/**
 * Fits the character tagger of detectors/health-tagger.ts: every character of a clause of the labelled notices is one
 * example, positive inside a counted HEALTH label, left out inside a don't-care one. L2-regularised logistic
 * regression by AdaGrad over the features of health-tagger-features.ts, a found name's characters masked by the
 * engine's own name findings. Fit on seen folders only — never on a blind set before it is scored.
 *   node --import tsx scripts/pii-fit-health-tagger.ts DIR... [--cv] [--test DIR] [--write] [--keep N] [--epochs N]
 * The model as shipped: fit on every feature, keep the --keep of largest weight, fit again on those alone, and put
 * the weights, as whole multiples of the quantum, in the engine's table; --cv and --test judge that model.
 * --cv leaves each fifth of the folders out in turn and prints, on the held-out notices, what the tagger finds alone
 * and what it adds to the rest of the engine. --test DIR fits on the other folders and prints the tagger's spans on
 * DIR's notices (original offsets, with their probability) as JSON.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { scan, scanCandidates } from '../shared/pii/scan'
import { offsetMapper } from '../shared/pii/normalize'
import { clauseContexts, clausesOf } from '../shared/pii/detectors/health-clause-model'
import { buildTable, featureParts, hashOf, interleave, lookUpSlots, tagFeatures } from '../shared/pii/detectors/health-tagger-features'
import { GAP, INSIDE, SEED, runsOf, tagNameMask } from '../shared/pii/detectors/health-tagger'

type Label = { type: string; start: number; end: number; dontCare?: boolean }
type Clause = { s: number; e: number; feats: number[][]; y: Int8Array }
type Doc = { dir: string; file: string; text: string; labels: Label[]; clauses: Clause[]; toOrig: (s: number, e: number) => [number, number]; engine: { start: number; end: number }[] }
type Table = { fp: Uint8Array; w: Int8Array; placed: number }
type Model = { bias: number; table: Table; slots: Int16Array }

const argv = process.argv.slice(2)
const VALUED = ['--keep', '--epochs', '--l2', '--quant', '--test', '--inside', '--seed', '--also']
const valueOf = (flag: string, dflt: number): number => (argv.includes(flag) ? Number(argv[argv.indexOf(flag) + 1]) : dflt)
const dirs = argv.filter((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1] ?? ''))
const testDir = argv.includes('--test') ? (argv[argv.indexOf('--test') + 1] ?? '') : ''
if (testDir && !dirs.includes(testDir)) dirs.push(testDir)
const keep = valueOf('--keep', 40000)
const epochs = valueOf('--epochs', 6)
const l2 = valueOf('--l2', 1e-6)
const QUANT = valueOf('--quant', 0.05)

function labelsOf(file: string): Label[] {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { labels: Label[] }).labels
  } catch {
    return []
  }
}
const SIG = /[0-9A-Za-z\u4e00-\u9fff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/

const docs: Doc[] = []
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('README')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8')
    const labels = labelsOf(path.join(dir, file.replace(/\.txt$/, '.json')))
    // the scan reads the normalised text: the tagger reads it there too, and each character is mapped back to the
    // file to meet its labels
    const { ctx, map } = scanCandidates(text)
    const nt = map.text
    const names = tagNameMask(ctx)
    const engine = scan(text).filter((f) => f.type === 'HEALTH' && f.rule !== 'health-tagger')
    const health = labels.filter((l) => l.type === 'HEALTH')
    const mapper = offsetMapper(map)
    const toOrig = (s: number, e: number): [number, number] => {
      mapper.span(s, e)
      return [mapper.start, mapper.end]
    }
    const cl = clausesOf(nt)
    const contexts = clauseContexts(nt, cl, names, [])
    const clauses: Clause[] = []
    for (let k = 0; k < cl.length; k += 2) {
      const s = cl[k] ?? 0
      const e = cl[k + 1] ?? 0
      const person = contexts[k / 2]?.person ?? false
      const feats: number[][] = []
      const y = new Int8Array(e - s)
      for (let i = s; i < e; i++) {
        const f: number[] = []
        tagFeatures(nt, s, e, i, names, person, f)
        feats.push(f)
        const [a, b] = toOrig(i, i + 1)
        const ov = (l: Label): boolean => l.start < Math.max(b, a + 1) && a < l.end
        y[i - s] = health.some((l) => !l.dontCare && ov(l)) ? 1 : health.some((l) => l.dontCare && ov(l)) ? -1 : 0
        // a label's punctuation is neither inside nor out
        if (y[i - s] === 1 && !SIG.test(nt[i] ?? '')) y[i - s] = -1
      }
      clauses.push({ s, e, feats, y })
    }
    docs.push({ dir, file, text, labels, clauses, toOrig, engine })
  }
}
process.stderr.write(`${docs.length} notices, ${docs.reduce((a, d) => a + d.clauses.reduce((b, c) => b + c.y.length, 0), 0)} characters in clauses\n`)

/** AdaGrad over the examples of `trainDocs`, on every feature seen (or only those of `only`). */
function fit(trainDocs: Doc[], only: Set<number> | null): { index: Map<number, number>; w: Float64Array; bias: number } {
  const index = new Map<number, number>()
  const examples: [Int32Array, number][] = []
  for (const d of trainDocs)
    for (const c of d.clauses)
      for (let i = 0; i < c.feats.length; i++) {
        if (c.y[i] === -1) continue
        const js: number[] = []
        for (const f of c.feats[i] ?? []) {
          if (only && !only.has(f)) continue
          let j = index.get(f)
          if (j === undefined) {
            j = index.size
            index.set(f, j)
          }
          js.push(j)
        }
        examples.push([Int32Array.from(js), c.y[i] ?? 0])
      }
  const w = new Float64Array(index.size)
  const g2 = new Float64Array(index.size).fill(1e-8)
  let bias = -3
  let gb = 1e-8
  const lr = 0.1
  let seed = 7
  const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      const t = examples[i]
      examples[i] = examples[j]
      examples[j] = t
    }
    for (const [js, y] of examples) {
      let z = bias
      for (const j of js) z += w[j] ?? 0
      const g = 1 / (1 + Math.exp(-z)) - y
      for (const j of js) {
        const gj = g + l2 * (w[j] ?? 0)
        g2[j] = (g2[j] ?? 0) + gj * gj
        w[j] = (w[j] ?? 0) - (lr * gj) / Math.sqrt(g2[j] ?? 1)
      }
      gb += g * g
      bias -= (lr * g) / Math.sqrt(gb)
    }
  }
  return { index, w, bias }
}

/** The model as shipped (see the header). */
function train(trainDocs: Doc[]): Model {
  const first = fit(trainDocs, null)
  const sizes = [...first.index].map(([k, j]) => [k, Math.abs(first.w[j] ?? 0)] as [number, number]).sort((a, b) => b[1] - a[1])
  const m = sizes.length > keep ? fit(trainDocs, new Set(sizes.slice(0, keep).map(([k]) => k))) : first
  const table = buildTable([...m.index].map(([k, j]) => [k, Math.round((m.w[j] ?? 0) / QUANT)] as [number, number]))
  process.stderr.write(`${first.index.size} features, ${m.index.size} kept, ${table.placed} in the table\n`)
  return { bias: m.bias, table, slots: interleave(table.fp, table.w) }
}

function prob(m: Model, f: readonly number[]): number {
  let sum = 0
  for (const k of f) {
    const [kind, a, b, c] = featureParts(k)
    sum += lookUpSlots(m.slots, hashOf(kind, a, b, c))
  }
  return 1 / (1 + Math.exp(-(m.bias + QUANT * sum)))
}

/** The tagger's spans on a notice, decoded as the engine decodes them: [start, end, probability], normalised offsets. */
function spansOf(m: Model, d: Doc, inside: number, seedT: number): [number, number, number][] {
  const out: [number, number, number][] = []
  const runs: number[] = []
  for (const c of d.clauses) {
    const ps = c.feats.map((f) => prob(m, f))
    runs.length = 0
    runsOf(ps, ps.length, runs, inside, seedT, GAP)
    for (let r = 0; r < runs.length; r += 3) out.push([c.s + (runs[r] ?? 0), c.s + (runs[r + 1] ?? 0), runs[r + 2] ?? 0])
  }
  return out
}

function evaluate(m: Model, test: Doc[], inside: number, seedT: number): string {
  let gold = 0
  let tagCaught = 0
  let tagFull = 0
  let engCaught = 0
  let unionCaught = 0
  let found = 0
  let foundTrue = 0
  let added = 0
  let addedTrue = 0
  const ov = (a: { start: number; end: number }, s: number, e: number): boolean => a.start < e && s < a.end
  for (const d of test) {
    const spans = spansOf(m, d, inside, seedT).map(([s, e]) => d.toOrig(s, e))
    for (const l of d.labels) {
      if (l.type !== 'HEALTH' || l.dontCare) continue
      gold++
      const t = spans.filter(([s, e]) => ov(l, s, e))
      const eng = d.engine.some((f) => ov(l, f.start, f.end))
      if (t.length) tagCaught++
      let all = true
      for (let i = l.start; i < l.end; i++) if (SIG.test(d.text[i] ?? '') && !t.some(([s, e]) => s <= i && i < e)) all = false
      if (all && t.length) tagFull++
      if (eng) engCaught++
      if (eng || t.length) unionCaught++
    }
    for (const [s, e] of spans) {
      found++
      const right = d.labels.some((l) => ov(l, s, e))
      if (right) foundTrue++
      if (!d.engine.some((f) => ov(f, s, e))) {
        added++
        if (right) addedTrue++
      }
    }
  }
  const r = (x: number): string => x.toFixed(3)
  return `inside ${inside} seed ${seedT}: alone recall ${r(tagCaught / gold)} full ${r(tagFull / gold)} precision ${r(foundTrue / found)} (${found}) | engine ${r(engCaught / gold)} → union ${r(unionCaught / gold)} (+${unionCaught - engCaught}); new spans ${added}, right ${addedTrue}`
}

if (argv.includes('--cv')) {
  const folders = [...new Set(docs.map((d) => d.dir))]
  const folds: { m: Model; test: Doc[] }[] = []
  for (let fold = 0; fold < 5; fold++) {
    const held = new Set(folders.filter((_, i) => i % 5 === fold))
    folds.push({ m: train(docs.filter((d) => !held.has(d.dir))), test: docs.filter((d) => held.has(d.dir)) })
  }
  for (const [inside, seedT] of [[0.3, 0.5], [INSIDE, SEED], [0.5, 0.7], [0.5, 0.8]] as [number, number][]) {
    console.log(`${inside}/${seedT}`)
    for (const { m, test } of folds) console.log('  ' + evaluate(m, test, inside, seedT))
  }
}

if (testDir) {
  const m = train(docs.filter((d) => d.dir !== testDir))
  const out: Record<string, [number, number, number][]> = {}
  const inside = valueOf('--inside', INSIDE)
  const seedT = valueOf('--seed', SEED)
  for (const d of docs.filter((x) => x.dir === testDir)) out[path.join(d.dir, d.file)] = spansOf(m, d, inside, seedT).map(([s, e, p]) => [...d.toOrig(s, e), p])
  console.log(JSON.stringify(out))
  // --also I,S,...: the same model's spans at other thresholds, each to /tmp/tagger-spans-I-S.json
  if (argv.includes('--also'))
    for (const pair of (argv[argv.indexOf('--also') + 1] ?? '').split(';')) {
      const [i, sd] = pair.split(',').map(Number)
      const more: Record<string, [number, number, number][]> = {}
      for (const d of docs.filter((x) => x.dir === testDir)) more[path.join(d.dir, d.file)] = spansOf(m, d, i ?? INSIDE, sd ?? SEED).map(([s, e, p]) => [...d.toOrig(s, e), p])
      writeFileSync(`/tmp/tagger-spans-${i}-${sd}.json`, JSON.stringify(more))
    }
}

if (argv.includes('--write')) {
  const m = train(docs)
  const folders = [...new Set(docs.map((d) => path.basename(d.dir)))].sort()
  const chars = docs.reduce((a, d) => a + d.clauses.reduce((b, c) => b + c.y.length, 0), 0)
  writeFileSync(
    'shared/pii/data/health-tagger-weights.ts',
    `/**\n * GENERATED by scripts/pii-fit-health-tagger.ts from ${chars} characters in the clauses of ${docs.length} labelled notices\n` +
      ` * already seen (never a blind set before it is scored): ${folders.join(', ')}.\n` +
      ` * ${epochs} epochs of AdaGrad, L2 ${l2}; the ${keep} weights of largest size refitted; ${m.table.placed} in the table. Do not edit by hand.\n */\n` +
      `/** the model's bias */\nexport const healthTaggerBias = ${m.bias.toFixed(4)}\n` +
      `/** a weight byte's unit */\nexport const healthTaggerQuantum = ${QUANT}\n` +
      `/** the table's fingerprint bytes (health-tagger-features.ts lookUp), base64 */\n` +
      `export const healthTaggerFingerprints =\n  '${Buffer.from(m.table.fp.buffer).toString('base64')}'\n` +
      `/** the table's weight bytes, signed, base64 */\n` +
      `export const healthTaggerWeights =\n  '${Buffer.from(m.table.w.buffer).toString('base64')}'\n`,
  )
  process.stderr.write(`wrote ${m.table.placed} weights\n`)
}
