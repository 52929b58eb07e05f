/**
 * Calibration: a detector's score becomes a measured probability. Per type, a monotone piecewise-linear
 * map from the raw score to the fraction of findings at that score that were right on the labelled
 * development notices (data/calibration.ts, written by scripts/pii-calibrate.ts). A type without a
 * curve keeps its score.
 */
import type { EntityType } from './types'
import { calibrationCurves } from './data/calibration'

const curves = new Map<string, { x: Float64Array; y: Float64Array }>()
for (const [type, knots] of Object.entries(calibrationCurves)) {
  const x = new Float64Array(knots.length)
  const y = new Float64Array(knots.length)
  knots.forEach(([a, b], i) => {
    x[i] = a
    y[i] = b
  })
  if (knots.length) curves.set(type, { x, y })
}

/** below this raw score a finding is not reported, and calibration leaves it there */
const REPORTED = 0.5

/**
 * The calibrated probability of a raw score for a type. Only reported scores are mapped, and they stay
 * reported (never below 0.5): calibration changes what a confidence means, not what the engine finds.
 */
export function calibrate(type: EntityType, raw: number): number {
  const c = curves.get(type)
  if (!c || raw < REPORTED) return raw
  return Math.max(REPORTED, curve(c, raw))
}

function curve(c: { x: Float64Array; y: Float64Array }, raw: number): number {
  const { x, y } = c
  const n = x.length
  if (raw <= (x[0] ?? 0)) return (y[0] ?? 0) * (raw / Math.max(1e-9, x[0] ?? 1))
  if (raw >= (x[n - 1] ?? 1)) return y[n - 1] ?? raw
  let k = 1
  while (k < n - 1 && (x[k] ?? 1) < raw) k++
  const x0 = x[k - 1] ?? 0
  const x1 = x[k] ?? 1
  const y0 = y[k - 1] ?? 0
  const y1 = y[k] ?? 1
  return y0 + ((y1 - y0) * (raw - x0)) / Math.max(1e-9, x1 - x0)
}
