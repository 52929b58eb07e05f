/**
 * Overlap resolution: the strongest candidate keeps its span; weaker ones that overlap it are dropped.
 * Ties go to the more specific (validated, structured) type, then to the longer span.
 */
import type { Candidate, EntityType } from './types'

/** Higher wins a tie: checksummed identifiers over shapes, shapes over words. */
const PRIORITY: Record<EntityType, number> = {
  ID_CARD: 16,
  BANK_CARD: 15,
  USCC: 14,
  MOBILE: 13,
  EMAIL: 12,
  IP_ADDRESS: 11,
  PASSPORT: 10,
  HK_MACAO_PERMIT: 9,
  TAIWAN_PERMIT: 8,
  LICENSE_PLATE: 7,
  LANDLINE: 6,
  DATE_OF_BIRTH: 5,
  CONFIDENTIAL_MARKER: 4,
  ADDRESS: 3,
  HEALTH: 2,
  PERSON_NAME: 1,
}

function byStrength(a: Candidate, b: Candidate): number {
  return b.confidence - a.confidence || PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end
}

const scratch: Candidate[] = []

/**
 * Greedy by strength within one cluster of mutually chained overlaps, sorted[from..to) (clusters are
 * small). Indexed, with one reused scratch array: a long text has hundreds of thousands of clusters.
 */
function resolveCluster(sorted: Candidate[], from: number, to: number, kept: Candidate[]): void {
  if (to - from === 1) {
    kept.push(sorted[from])
    return
  }
  scratch.length = 0
  for (let i = from; i < to; i++) scratch.push(sorted[i])
  scratch.sort(byStrength)
  // chosen ones are kept in scratch[0..n), then put in text order
  let n = 0
  for (let i = 0; i < scratch.length; i++) {
    const c = scratch[i]
    let free = true
    for (let k = 0; k < n && free; k++) free = !(scratch[k].start < c.end && c.start < scratch[k].end)
    if (free) scratch[n++] = c
  }
  scratch.length = n
  scratch.sort((a, b) => a.start - b.start)
  for (let i = 0; i < n; i++) kept.push(scratch[i])
}

/**
 * Sorted by start and non-overlapping, among the non-empty candidates of at least `min` confidence.
 * Linear apart from the sort: overlaps only compete locally.
 */
export function resolveOverlaps(cands: readonly Candidate[], min = 0): Candidate[] {
  const sorted: Candidate[] = []
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]
    if (c.end > c.start && c.confidence >= min) sorted.push(c)
  }
  sorted.sort(byPosition)
  const kept: Candidate[] = []
  let from = 0
  let clusterEnd = -1
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]
    if (c.start >= clusterEnd && i > from) {
      resolveCluster(sorted, from, i, kept)
      from = i
    }
    clusterEnd = Math.max(clusterEnd, c.end)
  }
  if (sorted.length > from) resolveCluster(sorted, from, sorted.length, kept)
  return kept
}
