import type { TableIndex } from './tables'
import type { Candidate, EntityType } from './types'
import type { Reason } from './reasons'
import type { LexiconHits } from './lexicons'
import { findAlnumRuns, type AlnumRuns } from './alnum-runs'

/** What every detector gets: the normalised text, the table index, and where to put candidates. */
export type ScanContext = {
  text: string
  tables: TableIndex
  /** reference date for "not in the future" checks */
  today: Date
  /** `today` as YYYYMMDD, for comparisons without Date calls */
  todayKey: number
  /** every word-list hit, from one pass over the text */
  hits: LexiconHits
  /** Latin-alphanumeric runs, collected by the lexicon pass (scan.ts); alnumRuns() computes them if absent */
  alnum: AlnumRuns | null
  out: Candidate[]
  /** the PERSON_NAME candidates of `out`, in the same order (the same objects), for detectors that read names */
  names: Candidate[]
  /** starts of the person-name candidates (for detectors that ask "is this sentence about someone") */
  nameStarts: number[]
}

export function alnumRuns(ctx: ScanContext): AlnumRuns {
  ctx.alnum ??= findAlnumRuns(ctx.text)
  return ctx.alnum
}

/**
 * Records a candidate. The one place candidates are made, so all share one object shape — a Finding's,
 * with `text` left '' — and scan() turns the survivors into findings in place rather than copying
 * each (a dense text yields one per ~45 bytes). `reasons` becomes the candidate's own array.
 */
export function emit(ctx: ScanContext, type: EntityType, start: number, end: number, confidence: number, rule: string, reasons: Reason[]): void {
  const c: Candidate = { type, start, end, text: '', confidence, rule, reasons }
  ctx.out.push(c)
  if (type === 'PERSON_NAME') ctx.names.push(c)
}
