/**
 * The scanner: normalise once, index tables once, run every detector over the normalised text,
 * resolve overlaps, map spans back to the original text.
 */
import type { Candidate, Finding, ScanOptions } from './types'
import type { ScanContext } from './scan-context'
import { normalize, offsetMapper, type Normalized } from './normalize'
import { indexTables } from './tables'
import { lexiconHits } from './lexicons'
import { alnumCollector } from './alnum-runs'
import { resolveOverlaps } from './resolve'
import { addRepeatedNames } from './repeats'
import { calibrate } from './calibrate'
import { calibratedMinConfidence } from './data/calibration'
import { dateKey } from './validators/id-card'
import { DETECTORS, neededFor } from './registry'

/** the editor's and the CLI's threshold: where the calibration curve says a finding is worth showing */
export const DEFAULT_MIN_CONFIDENCE = calibratedMinConfidence

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0
}

/** The text normalised, its tables indexed and its word lists read: what every detector starts from. */
export function scanContext(text: string, options: ScanOptions = {}): { ctx: ScanContext; map: Normalized } {
  const norm = normalize(text)
  const today = options.today ?? new Date()
  // the word lists and the alphanumeric runs come from one pass over the text
  const runs = alnumCollector()
  const hits = lexiconHits(norm.text, runs.onRun)
  const ctx: ScanContext = { text: norm.text, tables: indexTables(norm.text), today, todayKey: dateKey(today), hits, alnum: runs.result, out: [], names: [], nameStarts: [] }
  return { ctx, map: norm }
}

/** All candidates above nothing, before overlap resolution — for tests and explanations. */
export function scanCandidates(text: string, options: ScanOptions = {}): { candidates: Candidate[]; ctx: ScanContext; map: Normalized } {
  const { ctx, map: norm } = scanContext(text, options)
  const want = options.types ? new Set(options.types) : null
  for (let d = 0; d < DETECTORS.length; d++) {
    const detector = DETECTORS[d]
    if (!want || neededFor(detector, want)) detector.run(ctx)
  }
  const candidates = want ? ctx.out.filter((c) => want.has(c.type)) : ctx.out
  return { candidates, ctx, map: norm }
}

export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const min = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE
  const { candidates, map } = scanCandidates(text, options)
  const calibrated = options.calibrated !== false
  if (calibrated) for (let i = 0; i < candidates.length; i++) candidates[i].confidence = calibrate(candidates[i].type, candidates[i].confidence)
  // resolve among all candidates that could be reported, so a weak guess never hides a strong one
  const resolved = resolveOverlaps(candidates, min)
  const kept = options.types && !options.types.includes('PERSON_NAME') ? resolved : addRepeatedNames(map.text, resolved)
  if (calibrated && kept.length !== resolved.length) for (const c of kept) if (c.rule === 'name-repeated') c.confidence = calibrate(c.type, c.confidence)
  const mapper = offsetMapper(map)
  // kept is sorted and non-overlapping, and mapping and trimming keep that order: no sort needed.
  // Each candidate becomes its finding (same shape, now in original coordinates), in the same array.
  const findings: Finding[] = kept
  let n = 0
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]
    mapper.span(c.start, c.end)
    let start = mapper.start
    let end = mapper.end
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (end <= start) continue
    c.start = start
    c.end = end
    c.text = text.slice(start, end)
    c.confidence = Math.round(c.confidence * 1000) / 1000
    findings[n++] = c
  }
  findings.length = n
  return findings
}
