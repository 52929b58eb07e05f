/**
 * Reliability of the engine's confidence on labelled folders: per confidence bin, how many findings and
 * what fraction of them were right (overlap a label). With --write, fits the calibration curves on these
 * folders — which must be development notices or used (seen) held-out sets, never a held-out set not yet scored — and the default threshold, and
 * writes shared/pii/data/calibration.ts.
 *   node --import tsx scripts/pii-calibrate.ts DIR... [--write] [--types]
 * Fitting: the reported findings (raw score ≥ 0.5) are scanned with the detectors' raw scores; a finding
 * is right when it overlaps a label, and left out when it overlaps only don't-care spans; per type, raw scores are
 * binned, each bin's fraction right is shrunk towards its raw score (five pseudo-findings) and the bins
 * are made monotone (pool-adjacent-violators). The threshold is the lowest calibrated confidence, not
 * below even odds, whose findings at or above it are right at least 90% of the time: the editor shows
 * what is more likely personal than not (a missed value is published; a false alarm costs one click).
 * Without --write it reports the shipped calibration (the reported confidences) on the folders given.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { scan, type Finding } from '../shared/pii/index'
import { loadFolder } from './pii-eval'

const args = process.argv.slice(2)
const write = args.includes('--write')
const perType = args.includes('--types')
const dirs = args.filter((a) => !a.startsWith('--'))
if (dirs.length === 0) {
  console.error('usage: node --import tsx scripts/pii-calibrate.ts DIR... [--write] [--types]')
  process.exit(2)
}

type Scored = { type: string; raw: number; conf: number; right: boolean }
type Doc = { labels: { type: string; start: number; end: number; dontCare?: boolean }[]; findings: Finding[] }
const FLOOR = 0.5
const docs: Doc[] = []
for (const dir of dirs) for (const d of loadFolder(dir)) docs.push({ labels: d.labels, findings: scan(d.text, { minConfidence: FLOOR, calibrated: !write }) })
const ov = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end
const scored: Scored[] = []
// right: overlaps a label; a finding on a don't-care span only (an office number, a nickname) is left out
for (const d of docs)
  for (const f of d.findings) {
    const right = d.labels.some((g) => !g.dontCare && ov(f, g))
    if (!right && d.labels.some((g) => g.dontCare && ov(f, g))) continue
    scored.push({ type: f.type, raw: f.confidence, conf: f.confidence, right })
  }

const EDGES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001]
function table(items: Scored[], title: string): void {
  console.log(`${title}: ${items.length} findings`)
  console.log('  confidence    count  right  mean confidence')
  for (let b = 0; b + 1 < EDGES.length; b++) {
    const lo = EDGES[b] ?? 0
    const hi = EDGES[b + 1] ?? 1
    const inBin = items.filter((s) => s.conf >= lo && s.conf < hi)
    if (!inBin.length) continue
    const right = inBin.filter((s) => s.right).length / inBin.length
    const mean = inBin.reduce((a, s) => a + s.conf, 0) / inBin.length
    console.log(`  ${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)}  ${String(inBin.length).padStart(6)}  ${right.toFixed(3)}  ${mean.toFixed(3)}`)
  }
}

/** per type: [raw, calibrated] knots at the bins' mean raw scores, monotone */
function fit(items: Scored[]): [number, number][] {
  const bins: { x: number; y: number; w: number }[] = []
  for (let b = 0; b + 1 < EDGES.length; b++) {
    const inBin = items.filter((s) => s.raw >= (EDGES[b] ?? 0) && s.raw < (EDGES[b + 1] ?? 1))
    if (!inBin.length) continue
    const x = inBin.reduce((a, s) => a + s.raw, 0) / inBin.length
    const right = inBin.filter((s) => s.right).length
    const prior = 5
    bins.push({ x, y: (right + prior * x) / (inBin.length + prior), w: inBin.length + prior })
  }
  // pool adjacent violators
  const pooled: { x: number; y: number; w: number }[] = []
  for (const b of bins) {
    pooled.push({ ...b })
    while (pooled.length > 1 && (pooled[pooled.length - 2]?.y ?? 0) > (pooled[pooled.length - 1]?.y ?? 0)) {
      const last = pooled.pop() as { x: number; y: number; w: number }
      const prev = pooled.pop() as { x: number; y: number; w: number }
      const w = prev.w + last.w
      pooled.push({ x: (prev.x * prev.w + last.x * last.w) / w, y: (prev.y * prev.w + last.y * last.w) / w, w })
    }
  }
  // (never certain: a bin all right on these notices is reported at 0.999 at most)
  return pooled.map((b) => [Math.round(b.x * 1000) / 1000, Math.min(0.999, Math.round(b.y * 1000) / 1000)])
}

if (!write) {
  table(scored, 'all types')
  if (perType) for (const t of [...new Set(scored.map((s) => s.type))].sort()) table(scored.filter((s) => s.type === t), t)
} else {
  table(scored, 'raw scores, all types')
  const curves: Record<string, [number, number][]> = {}
  for (const t of [...new Set(scored.map((s) => s.type))].sort()) {
    const items = scored.filter((s) => s.type === t)
    // a type seen fewer than 20 times on the development notices keeps its raw score
    if (items.length >= 20) curves[t] = fit(items)
  }
  // what the curves will report, on the same findings (in-sample: the held-out report comes later)
  const local = new Map(Object.entries(curves))
  for (const s of scored) {
    const c = local.get(s.type)
    if (!c) continue
    s.conf = Math.max(0.5, interpolate(c, s.raw))
  }
  table(scored, 'calibrated, all types (development notices, in sample)')
  const gold = docs.reduce((a, d) => a + d.labels.filter((g) => !g.dontCare).length, 0)
  let threshold: number
  for (let t = 0.3; t <= 0.9001; t += 0.05) {
    const kept = scored.filter((s) => s.conf >= t)
    const precision = kept.filter((s) => s.right).length / Math.max(1, kept.length)
    let caught = 0
    for (const d of docs) {
      const cal = d.findings.filter((f) => (local.get(f.type) ? Math.max(0.5, interpolate(local.get(f.type) ?? [], f.confidence)) : f.confidence) >= t)
      caught += d.labels.filter((g) => !g.dontCare && cal.some((f) => ov(f, g))).length
    }
    console.log(`  threshold ${t.toFixed(2)}: precision ${precision.toFixed(3)}, recall ${(caught / Math.max(1, gold)).toFixed(3)}`)
  }
  // the lowest threshold, at even odds or above, whose findings at or above it are right ≥ 90% of the time
  threshold = 0.9
  for (let t = 0.9; t >= 0.4999; t -= 0.05) {
    const kept = scored.filter((s) => s.conf >= t)
    if (kept.filter((s) => s.right).length / Math.max(1, kept.length) >= 0.9) threshold = Math.round(t * 100) / 100
    else break
  }
  threshold = Math.max(0.5, threshold)
  console.log(`default threshold: ${threshold}`)
  const target = path.resolve(import.meta.dirname, '..', 'shared', 'pii', 'data', 'calibration.ts')
  writeFileSync(
    target,
    `/**
 * GENERATED by scripts/pii-calibrate.ts --write from ${dirs.map((d) => path.basename(d)).join(', ')} (development notices and used held-out
 * sets; ${docs.length} notices, ${scored.length} findings
 * reported at a raw score of ${FLOOR} or more). Do not edit by hand; refit after a detector changes its scores.
 * Calibration maps only reported scores and never below 0.5 (shared/pii/calibrate.ts).
 */
/** per type, [raw score, measured fraction right] knots, ascending; types seen fewer than 20 times keep their raw score */
export const calibrationCurves: Record<string, readonly (readonly [number, number])[]> = ${JSON.stringify(curves)}
/** the editor's default threshold: the lowest calibrated confidence (≥ 0.5) whose findings at or above it were right ≥ 90% of the time */
export const calibratedMinConfidence = ${threshold}
`,
  )
  console.log(`wrote ${target}`)
}

function interpolate(knots: [number, number][], raw: number): number {
  const n = knots.length
  const first = knots[0] ?? [1, 1]
  const last = knots[n - 1] ?? [1, 1]
  if (raw <= first[0]) return first[1] * (raw / Math.max(1e-9, first[0]))
  if (raw >= last[0]) return last[1]
  let k = 1
  while (k < n - 1 && (knots[k]?.[0] ?? 1) < raw) k++
  const [x0, y0] = knots[k - 1] ?? [0, 0]
  const [x1, y1] = knots[k] ?? [1, 1]
  return y0 + ((y1 - y0) * (raw - x0)) / Math.max(1e-9, x1 - x0)
}
