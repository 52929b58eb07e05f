/**
 * Fits the HEALTH scorer's weights (shared/pii/data/health-model.ts) on labelled notices: every condition
 * span the detector proposes (at any confidence) becomes one example, its evidence the features, and it
 * is positive when it overlaps a labelled HEALTH span. L2-regularised logistic regression by gradient
 * descent; prints the fitted weights and, with --write, writes them into the data file.
 * Fit on the development notices and used (seen) held-out sets only — never on a held-out set not yet scored:
 *   node --import tsx scripts/pii-fit-health.ts test/fixtures/pii/prose-dev ../shared/corpus/public-prose [--write]
 * `--only sign,score` fits only the named class biases and evidence weights and keeps the rest as they
 * are: a new kind of condition is calibrated without moving what the other kinds were fitted to.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { scanCandidates } from '../shared/pii/scan'
import { offsetMapper } from '../shared/pii/normalize'
import { healthModel, type HealthClass, type HealthEvidence } from '../shared/pii/data/health-model'
import { EVIDENCE_CODE } from '../shared/pii/detectors/health-text'

type Label = { type: string; start: number; end: number; dontCare?: boolean }
type Example = { cls: HealthClass; ev: HealthEvidence[]; y: number }

const argv = process.argv.slice(2)
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined
const only = onlyArg ? new Set(onlyArg.split(',')) : null
const dirs = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--only')
const write = process.argv.includes('--write')
/** A held-out folder whose README says it was scored blind and is seen data since ("Used set"). */
const seen = (dir: string): boolean => {
  try {
    return /\*\*Used set\.\*\*|it is a used set|seen data/.test(readFileSync(path.join(dir, 'README.md'), 'utf8'))
  } catch {
    return false
  }
}
if (dirs.length === 0 || dirs.some((d) => d.includes('holdout') && !seen(d))) {
  process.stderr.write('usage: pii-fit-health.ts DEV_DIR... [--write] (never a held-out folder not yet used)\n')
  process.exit(2)
}
const classes = Object.keys(healthModel.bias) as HealthClass[]
const evidences = Object.keys(healthModel.weights) as HealthEvidence[]

const examples: Example[] = []
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(path.join(dir, f), 'utf8')
    const labels = (JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as { labels: Label[] }).labels
    // names too: the person evidence (a name in the sentence or the document) is read from them, as in scan()
    const { candidates, map } = scanCandidates(text, { types: ['PERSON_NAME', 'HEALTH'] })
    for (const c of candidates) {
      const cls = /^health-(.+)$/.exec(c.rule)?.[1] as HealthClass | undefined
      if (!cls || !classes.includes(cls)) continue
      // candidates are in normalised coordinates (Ⅱ → II, ℃ → °C): mapped back to the file's to meet its labels
      const mapper = offsetMapper(map)
      mapper.span(c.start, c.end)
      const hit = labels.filter((l) => l.start < mapper.end && mapper.start < l.end && (l.type === 'HEALTH' || l.dontCare))
      if (hit.some((l) => l.dontCare && l.type !== 'HEALTH')) continue
      if (hit.some((l) => l.dontCare)) continue
      const ev = evidences.filter((e) => c.reasons.some((r) => r.code === EVIDENCE_CODE[e] || (e === 'aggregate' && r.code === 'negated')))
      examples.push({ cls, ev, y: hit.length ? 1 : 0 })
    }
  }
}

// parameters: one bias per class, one weight per evidence; start from the current model
const bias = new Map(classes.map((c) => [c, healthModel.bias[c]]))
const w = new Map(evidences.map((e) => [e, healthModel.weights[e]]))
const L2 = 0.05
const RATE = 0.5
for (let epoch = 0; epoch < 3000; epoch++) {
  const gb = new Map(classes.map((c) => [c, 0]))
  const gw = new Map(evidences.map((e) => [e, 0]))
  for (const x of examples) {
    let z = bias.get(x.cls) ?? 0
    for (const e of x.ev) z += w.get(e) ?? 0
    const err = 1 / (1 + Math.exp(-z)) - x.y
    gb.set(x.cls, (gb.get(x.cls) ?? 0) + err)
    for (const e of x.ev) gw.set(e, (gw.get(e) ?? 0) + err)
  }
  const n = examples.length
  for (const c of classes) if (c !== 'none' && (!only || only.has(c))) bias.set(c, (bias.get(c) ?? 0) - (RATE * (gb.get(c) ?? 0)) / n)
  for (const e of evidences) if (!only || only.has(e)) w.set(e, (w.get(e) ?? 0) - RATE * ((gw.get(e) ?? 0) / n + L2 * (w.get(e) ?? 0) / n))
}
const r2 = (x: number): number => Math.round(x * 100) / 100
const fitted = { bias: Object.fromEntries(classes.map((c) => [c, r2(bias.get(c) ?? 0)])), weights: Object.fromEntries(evidences.map((e) => [e, r2(w.get(e) ?? 0)])) }
process.stdout.write(`${examples.length} examples (${examples.filter((x) => x.y).length} positive) from ${dirs.join(', ')}\n${JSON.stringify(fitted, null, 1)}\n`)
if (write) {
  const file = path.join(import.meta.dirname, '..', 'shared', 'pii', 'data', 'health-model.ts')
  const src = readFileSync(file, 'utf8')
  const literal = (o: Record<string, number>): string => `{ ${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join(', ')} }`
  const body = `{\n  bias: ${literal(fitted.bias)},\n  weights: ${literal(fitted.weights)},\n}`
  writeFileSync(file, src.replace(/= \{\n {2}bias:[\s\S]*?\n\}\n/, `= ${body}\n`))
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`)
}
