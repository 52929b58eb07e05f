/**
 * Fits the character tagger of detectors/health-tagger.ts: every character of a clause of the labelled notices is one
 * example, positive inside a counted HEALTH label, left out inside a don't-care one. L2-regularised logistic
 * regression by AdaGrad over the features of health-tagger-features.ts, a found name's characters masked by the
 * engine's own name findings. Fit on seen folders only — never on a blind set before it is scored.
 *   node --import tsx scripts/pii-fit-health-tagger.ts DIR... [--cv] [--test DIR] [--write] [--keep N] [--epochs N]
 * The model as shipped: fit on every feature, keep the --keep of largest weight, fit again on those alone, and put
 * the weights, as whole multiples of the quantum, in the engine's table; --cv and --test judge that model.
 * The second pass (health-tagger-features.ts boundaryFeatures) is fitted on first-pass probabilities of notices the
 * first pass was not fitted on: each fifth of the folders tagged by a first pass fitted on the other four (stacking).
 * --cv leaves each fifth of the folders out in turn and prints, on the held-out notices, what the tagger finds alone,
 * after the first pass and after the second, and what it adds to the rest of the engine. --test DIR fits on the
 * other folders and prints the tagger's spans on DIR's notices (original offsets, with their probability) as JSON.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { scan, scanCandidates } from '../shared/pii/scan'
import { offsetMapper } from '../shared/pii/normalize'
import { clauseContexts, clausesOf } from '../shared/pii/detectors/health-clause-model'
import { type Tagger, buildTable, featureKey, interleave, tagFeatures, tagToken, tagWith, taggerOf } from '../shared/pii/detectors/health-tagger-features'
import { B_COUNT, boundaryFeatures, boundaryWith } from '../shared/pii/detectors/health-tagger-boundary'
import { BOUNDARY_BITS, GAP, INSIDE, SEED, TAG_SKIP_MARGIN, runsOf, tagNameMask } from '../shared/pii/detectors/health-tagger'

type Label = { type: string; start: number; end: number; dontCare?: boolean }
type Clause = { s: number; e: number; person: boolean; feats: number[][]; y: Int8Array; tok: Int32Array; p1: Float64Array }
type Doc = { dir: string; file: string; text: string; nt: string; names: Uint8Array; labels: Label[]; clauses: Clause[]; toOrig: (s: number, e: number) => [number, number]; engine: { start: number; end: number }[] }
type Table = { fp: Uint8Array; w: Int8Array; placed: number }
type Model = { bias: number; table: Table; slots: Int16Array; q: number }
/** The first pass and, when fitted, the second. */
type Pair = { first: Model; second: Model | null }

const argv = process.argv.slice(2)
const VALUED = ['--keep', '--epochs', '--epochs2', '--quant2', '--l2', '--quant', '--test', '--inside', '--seed', '--also']
const valueOf = (flag: string, dflt: number): number => (argv.includes(flag) ? Number(argv[argv.indexOf(flag) + 1]) : dflt)
const dirs = argv.filter((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1] ?? ''))
const testDir = argv.includes('--test') ? (argv[argv.indexOf('--test') + 1] ?? '') : ''
if (testDir && !dirs.includes(testDir)) dirs.push(testDir)
const keep = valueOf('--keep', 500000)
const epochs = valueOf('--epochs', 10)
const l2 = valueOf('--l2', 1e-6)
const QUANT = valueOf('--quant', 0.05)
/** The second pass: fewer epochs (its features are few and dense) and its own weight unit. */
const EPOCHS2 = valueOf('--epochs2', 4)
const QUANT2 = valueOf('--quant2', 0.05)

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
      const tok = Int32Array.from({ length: e - s }, (_, j) => tagToken(nt, s + j, s, e, names))
      clauses.push({ s, e, person, feats, y, tok, p1: new Float64Array(e - s) })
    }
    docs.push({ dir, file, text, nt, names, labels, clauses, toOrig, engine })
  }
}
process.stderr.write(`${docs.length} notices, ${docs.reduce((a, d) => a + d.clauses.reduce((b, c) => b + c.y.length, 0), 0)} characters in clauses\n`)

/** A character's first-pass features, or its second-pass features read from the clause's first-pass probabilities. */
const firstFeatures = (c: Clause, i: number): readonly number[] => c.feats[i] ?? []
const bf = new Int32Array(4 * B_COUNT)
function secondFeatures(c: Clause, i: number): number[] {
  boundaryFeatures(c.tok, c.p1, c.tok.length, i, bf)
  const keys: number[] = []
  for (let k = 0; k < bf.length; k += 4) keys.push(featureKey(bf[k] ?? 0, bf[k + 1] ?? 0, bf[k + 2] ?? 0, bf[k + 3] ?? 0))
  return keys
}

/** AdaGrad over the examples of `trainDocs`, on every feature seen (or only those of `only`). */
function fit(trainDocs: Doc[], only: Set<number> | null, featuresOf = firstFeatures, rounds = epochs): { index: Map<number, number>; w: Float64Array; bias: number } {
  const index = new Map<number, number>()
  const examples: [Int32Array, number][] = []
  for (const d of trainDocs)
    for (const c of d.clauses)
      for (let i = 0; i < c.y.length; i++) {
        if (c.y[i] === -1) continue
        const js: number[] = []
        for (const f of featuresOf(c, i)) {
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
  for (let ep = 0; ep < rounds; ep++) {
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

/** One pass as shipped (see the header): the first pass keeps its `keep` strongest features, the second all of its. */
function train(trainDocs: Doc[], second = false): Model {
  const featuresOf = second ? secondFeatures : firstFeatures
  const first = fit(trainDocs, null, featuresOf, second ? EPOCHS2 : epochs)
  const q = second ? QUANT2 : QUANT
  const sizes = [...first.index].map(([k, j]) => [k, Math.abs(first.w[j] ?? 0)] as [number, number]).sort((a, b) => b[1] - a[1])
  const m = !second && sizes.length > keep ? fit(trainDocs, new Set(sizes.slice(0, keep).map(([k]) => k))) : first
  const table = buildTable([...m.index].map(([k, j]) => [k, Math.round((m.w[j] ?? 0) / q)] as [number, number]), second ? BOUNDARY_BITS : undefined)
  process.stderr.write(`${second ? 'second' : 'first'} pass: ${first.index.size} features, ${m.index.size} kept, ${table.placed} in the table\n`)
  let clipped = 0
  for (const j of m.index.values()) if (Math.abs(Math.round((m.w[j] ?? 0) / q)) > 127) clipped++
  if (clipped) process.stderr.write(`  ${clipped} weights beyond ±127 units, clipped\n`)
  return { bias: m.bias, table, slots: interleave(table.fp, table.w), q }
}

/** A model's tagger, made once: its single-character table is built on first use, not for every notice. */
const taggers = new WeakMap<Model, Tagger>()
function taggerFor(m: Model): Tagger {
  let t = taggers.get(m)
  if (!t) taggers.set(m, (t = taggerOf(m.slots, m.bias, m.q)))
  return t
}

/** Each clause's first-pass probabilities as the engine computes them (tagWith, with its skip), to c.p1. */
function tagDocs(m: Model, ds: Doc[]): void {
  const tagger = taggerFor(m)
  const cutoff = (Math.log(INSIDE / (1 - INSIDE)) - m.bias) / m.q - TAG_SKIP_MARGIN
  for (const d of ds) for (const c of d.clauses) tagWith(tagger, d.nt, c.s, c.e, d.names, c.person, c.p1, cutoff)
}

/** Fifths of the folders, by their order. */
const folderList = [...new Set(docs.map((d) => d.dir))]
const fifthOf = (d: Doc): number => folderList.indexOf(d.dir) % 5

/**
 * Both passes fitted on `ds`: the second on first-pass probabilities of each fifth of them from a first pass fitted
 * on the other four. Leaves in each clause's p1 the final first pass's probabilities.
 */
function trainBoth(ds: Doc[]): Pair {
  for (let k = 0; k < 5; k++) tagDocs(train(ds.filter((d) => fifthOf(d) !== k)), ds.filter((d) => fifthOf(d) === k))
  const second = train(ds, true)
  return { first: train(ds), second }
}

/** The tagger's spans on a notice, decoded as the engine decodes them: [start, end, probability], normalised offsets. */
function spansOf(pair: Pair, d: Doc, inside: number, seedT: number): [number, number, number][] {
  const out: [number, number, number][] = []
  const runs: number[] = []
  const tagger = taggerFor(pair.first)
  const cutoff = (Math.log(INSIDE / (1 - INSIDE)) - pair.first.bias) / pair.first.q - TAG_SKIP_MARGIN
  for (const c of d.clauses) {
    const n = c.e - c.s
    const p1 = new Float64Array(n)
    tagWith(tagger, d.nt, c.s, c.e, d.names, c.person, p1, cutoff)
    const ps = new Float64Array(n)
    if (pair.second) boundaryWith(pair.second, d.nt, c.s, c.e, d.names, p1, ps)
    else ps.set(p1)
    runs.length = 0
    runsOf(ps, ps.length, runs, inside, seedT, GAP)
    for (let r = 0; r < runs.length; r += 3) out.push([c.s + (runs[r] ?? 0), c.s + (runs[r + 1] ?? 0), runs[r + 2] ?? 0])
  }
  return out
}

function evaluate(m: Pair, test: Doc[], inside: number, seedT: number): string {
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
  // each fifth's first-pass probabilities from a first pass fitted on the other four; the second pass for a fifth
  // fitted on the other fifths' (whose first passes saw this fifth: nearly, not wholly, held out)
  const folds: { m: Pair; test: Doc[] }[] = []
  for (let fold = 0; fold < 5; fold++) {
    const test = docs.filter((d) => fifthOf(d) === fold)
    const first = train(docs.filter((d) => fifthOf(d) !== fold))
    tagDocs(first, test)
    folds.push({ m: { first, second: null }, test })
  }
  for (let fold = 0; fold < 5; fold++) {
    const f = folds[fold]
    if (f) f.m.second = train(docs.filter((d) => fifthOf(d) !== fold), true)
  }
  for (const [inside, seedT] of [[0.3, 0.5], [INSIDE, SEED], [0.4, 0.7], [0.5, 0.7]] as [number, number][]) {
    console.log(`${inside}/${seedT}`)
    for (const { m, test } of folds) console.log('  first  ' + evaluate({ first: m.first, second: null }, test, inside, seedT) + '\n  second ' + evaluate(m, test, inside, seedT))
  }
}

if (testDir) {
  const m = trainBoth(docs.filter((d) => d.dir !== testDir))
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
  const { first, second } = trainBoth(docs)
  const folders = [...new Set(docs.map((d) => path.basename(d.dir)))].sort()
  const chars = docs.reduce((a, d) => a + d.clauses.reduce((b, c) => b + c.y.length, 0), 0)
  const b64 = (t: Uint8Array | Int8Array): string => Buffer.from(t.buffer).toString('base64')
  writeFileSync(
    'shared/pii/data/health-tagger-weights.ts',
    `/**\n * GENERATED by scripts/pii-fit-health-tagger.ts from ${chars} characters in the clauses of ${docs.length} labelled notices\n` +
      ` * already seen (never a blind set before it is scored): ${folders.join(', ')}.\n` +
      ` * ${epochs} epochs of AdaGrad (the second pass ${EPOCHS2}), L2 ${l2}. First pass: the ${keep} weights of largest size refitted, ${first.table.placed} in the\n` +
      ` * table. Second pass: fitted on first-pass probabilities from first passes fitted on the other fifths of the folders,\n` +
      ` * ${second?.table.placed ?? 0} in its table. Do not edit by hand.\n */\n` +
      `/** the first pass's bias */\nexport const healthTaggerBias = ${first.bias.toFixed(4)}\n` +
      `/** the first pass's weight unit */\nexport const healthTaggerQuantum = ${QUANT}\n` +
      `/** the first pass's table, fingerprint bytes (health-tagger-features.ts lookUpSlots), base64 */\n` +
      `export const healthTaggerFingerprints =\n  '${b64(first.table.fp)}'\n` +
      `/** the first pass's table, weight bytes, signed, base64 */\n` +
      `export const healthTaggerWeights =\n  '${b64(first.table.w)}'\n` +
      `/** the second pass's bias */\nexport const healthBoundaryBias = ${(second?.bias ?? 0).toFixed(4)}\n` +
      `/** the second pass's weight unit */\nexport const healthBoundaryQuantum = ${QUANT2}\n` +
      `/** the second pass's table, fingerprint bytes, base64 */\n` +
      `export const healthBoundaryFingerprints =\n  '${second ? b64(second.table.fp) : ''}'\n` +
      `/** the second pass's table, weight bytes, signed, base64 */\n` +
      `export const healthBoundaryWeights =\n  '${second ? b64(second.table.w) : ''}'\n`,
  )
  process.stderr.write(`wrote ${first.table.placed} + ${second?.table.placed ?? 0} weights\n`)
}
