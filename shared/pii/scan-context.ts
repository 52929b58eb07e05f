import type { TableIndex } from './tables'
import type { Candidate, EntityType } from './types'
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
  /** Latin-alphanumeric runs, computed on first use (a scan restricted to names never needs them) */
  alnum: AlnumRuns | null
  out: Candidate[]
}

export function alnumRuns(ctx: ScanContext): AlnumRuns {
  ctx.alnum ??= findAlnumRuns(ctx.text)
  return ctx.alnum
}

/** Records a candidate; the one place candidates are created, so they all share one object shape. */
export function emit(ctx: ScanContext, type: EntityType, start: number, end: number, confidence: number, rule: string, reasons: string[]): void {
  ctx.out.push({ type, start, end, text: '', confidence, rule, reasons })
}
