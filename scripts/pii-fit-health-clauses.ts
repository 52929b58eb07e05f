/**
 * Fits the clause model of detectors/health-clause-model.ts: every clause of the labelled notices is one example,
 * positive when a (counted) HEALTH label lies in it with two characters or more, left out when only a don't-care
 * HEALTH label does. L2-regularised logistic regression by stochastic gradient descent; the features a name covers
 * are masked as N by the engine's own name findings. Fit on seen folders only — never on a blind set before it is scored.
 *   node --import tsx scripts/pii-fit-health-clauses.ts DIR... [--cv] [--write] [--keep N]
 * --cv leaves each folder out in turn and prints, for the clauses the rest of the engine does not already cover,
 * how many labels the model would add and how many false alarms at each threshold.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { scan, scanCandidates } from '../shared/pii/scan'
import { offsetMapper } from '../shared/pii/normalize'
import { clauseContexts, clauseFeatures, clausesOf } from '../shared/pii/detectors/health-clause-model'

type Label = { type: string; start: number; end: number; dontCare?: boolean }
type Example = { f: string[]; y: number; dir: string; covered: boolean; labelIds: string[] }

const argv = process.argv.slice(2)
const dirs = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--keep')
const keep = argv.includes('--keep') ? Number(argv[argv.indexOf('--keep') + 1]) : 6000
const examples: Example[] = []
/** A notice's labels; a notice of a folder with no people (collocations) may have no label file: none then. */
function labelsOf(file: string): Label[] {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { labels: Label[] }).labels
  } catch {
    return []
  }
}
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('README')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8')
    const labels = labelsOf(path.join(dir, file.replace(/\.txt$/, '.json')))
    // the scan reads the normalised text (Ⅱ → II, ℃ → °C, padding folded): clauses and their features
    // are read there too, and each clause's bounds are mapped back to the file to meet its labels
    const { candidates, map } = scanCandidates(text)
    const nt = map.text
    const names = new Uint8Array(nt.length)
    for (const c of candidates) if (c.type === 'PERSON_NAME' && c.confidence >= 0.5) names.fill(1, c.start, c.end)
    const found = scan(text).filter((f) => f.type === 'HEALTH' && f.rule !== 'health-clause')
    const health = labels.filter((l) => l.type === 'HEALTH')
    const cl = clausesOf(nt)
    const contexts = clauseContexts(nt, cl, names, candidates.filter((c) => c.type === 'HEALTH' && c.rule !== 'health-clause'))
    for (let k = 0; k < cl.length; k += 2) {
      const mapper = offsetMapper(map)
      mapper.span(cl[k] ?? 0, cl[k + 1] ?? 0)
      const s = mapper.start
      const e = mapper.end
      const inside = (l: Label): boolean => Math.min(e, l.end) - Math.max(s, l.start) >= 2
      const counted = health.filter((l) => !l.dontCare && inside(l))
      if (!counted.length && health.some((l) => l.dontCare && inside(l))) continue
      examples.push({
        f: clauseFeatures(nt, cl[k] ?? 0, cl[k + 1] ?? 0, names, contexts[k / 2] ?? { rules: [], person: false }),
        y: counted.length ? 1 : 0,
        dir,
        covered: found.some((f) => f.start < e && s < f.end),
        labelIds: counted.map((l) => `${dir}/${file}:${l.start}`),
      })
    }
  }
}

function fit(train: Example[], epochs = 12, l2 = 1e-5, rate = 0.2): { bias: number; w: Map<string, number> } {
  const w = new Map<string, number>()
  let bias = -2
  const order = train.map((_, i) => i)
  let seed = 7
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const j = seed % (i + 1)
      ;[order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0]
    }
    const lr = rate / (1 + ep)
    for (const idx of order) {
      const ex = train[idx]
      if (!ex) continue
      let z = bias
      for (const f of ex.f) z += w.get(f) ?? 0
      const p = 1 / (1 + Math.exp(-z))
      const g = p - ex.y
      bias -= lr * g
      for (const f of ex.f) {
        const v = w.get(f) ?? 0
        w.set(f, v - lr * (g + l2 * v))
      }
    }
  }
  return { bias, w }
}
const prob = (m: { bias: number; w: Map<string, number> }, f: string[]): number => {
  let z = m.bias
  for (const x of f) z += m.w.get(x) ?? 0
  return 1 / (1 + Math.exp(-z))
}

const pos = examples.filter((e) => e.y).length
process.stdout.write(`${examples.length} clauses (${pos} with a health label) from ${dirs.length} folders\n`)
if (argv.includes('--cv')) {
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9]
  const added = thresholds.map(() => new Set<string>())
  const alarms = thresholds.map(() => 0)
  const missedLabels = new Set<string>()
  for (const dir of dirs) {
    const test = examples.filter((e) => e.dir === dir)
    if (!test.length) continue
    const m = fit(examples.filter((e) => e.dir !== dir), Number(process.env.EPOCHS ?? 6))
    for (const ex of test) {
      if (ex.covered) continue
      if (ex.y) for (const id of ex.labelIds) missedLabels.add(id)
      const p = prob(m, ex.f)
      thresholds.forEach((t, i) => {
        if (p < t) return
        if (ex.y) for (const id of ex.labelIds) added[i]?.add(id)
        else alarms[i] = (alarms[i] ?? 0) + 1
      })
    }
  }
  process.stdout.write(`labels in clauses the engine leaves uncovered: ${missedLabels.size}\n`)
  thresholds.forEach((t, i) => process.stdout.write(`  p >= ${t}: adds ${added[i]?.size} of them, ${alarms[i]} clauses with no label\n`))
}
if (argv.includes('--write')) {
  const m = fit(examples)
  const kept = [...m.w.entries()].filter(([, v]) => Math.abs(v) >= 0.05).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, keep)
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const out = path.resolve(import.meta.dirname, '../shared/pii/data/health-clause-weights.ts')
  const body = kept.map(([k, v]) => `[${JSON.stringify(k)},${v.toFixed(3)}]`).join(',')
  writeFileSync(
    out,
    `/**\n * GENERATED by scripts/pii-fit-health-clauses.ts from ${examples.length} clauses (${pos} telling of someone's health) of the\n * labelled notices already seen: ${dirs.map((d) => path.basename(d)).join(', ')}.\n * The ${kept.length} features of largest weight (of ${m.w.size}). Do not edit by hand.\n */\nexport const healthClauseBias = ${m.bias.toFixed(3)}\nexport const healthClauseWeights: readonly (readonly [string, number])[] = [${body}]\n`,
  )
  process.stdout.write(`wrote ${out} (${kept.length} features)\n`)
}
