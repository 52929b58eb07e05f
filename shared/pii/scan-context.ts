import type { TableIndex } from './tables'
import type { Candidate } from './types'
import type { LexiconHits } from './lexicons'

/** What every detector gets: the normalised text, the table index, and where to put candidates. */
export type ScanContext = {
  text: string
  tables: TableIndex
  /** reference date for "not in the future" checks */
  today: Date
  /** every word-list hit, from one pass over the text */
  hits: LexiconHits
  out: Candidate[]
}
