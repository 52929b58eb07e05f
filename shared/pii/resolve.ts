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
/** a cluster's candidates, by strength; filled from index 0 each time (never truncated: that frees it) */
const scratch: Candidate[] = []

/**
 * Greedy by strength within one cluster of mutually chained overlaps, cands[from..to) (clusters are
 * small); the chosen ones are written back in text order from `write` (never past `from`).
 * Returns the new write position.
 */
function resolveCluster(cands: Candidate[], from: number, to: number, write: number): number {
  if (to - from === 1) {
    cands[write] = cands[from]
    return write + 1
  }
  // clusters hold two or three candidates: a stable insertion sort, not Array.prototype.sort (which
  // allocates its work arrays on every call — measurable over hundreds of thousands of clusters)
  const size = to - from
  for (let i = 0; i < size; i++) {
    const c = cands[from + i]
    let k = i
    while (k > 0 && byStrength(scratch[k - 1], c) > 0) {
      scratch[k] = scratch[k - 1]
      k--
    }
    scratch[k] = c
  }
  // the chosen are kept in scratch[0..n), then put in text order
  let n = 0
  for (let i = 0; i < size; i++) {
    const c = scratch[i]
    let free = true
    for (let k = 0; k < n && free; k++) free = !(scratch[k].start < c.end && c.start < scratch[k].end)
    if (free) scratch[n++] = c
  }
  for (let i = 1; i < n; i++) {
    const c = scratch[i]
    let k = i
    while (k > 0 && scratch[k - 1].start > c.start) {
      scratch[k] = scratch[k - 1]
      k--
    }
    scratch[k] = c
  }
  for (let i = 0; i < n; i++) cands[write++] = scratch[i]
  return write
}

/**
 * Keeps, in `cands` itself, the non-empty candidates of at least `min` confidence that win their
 * overlaps, sorted by start and non-overlapping; returns `cands`. In place: a long text has half a
 * million candidates, and three growing copies of that array were measurable garbage.
 * Linear apart from the sort: overlaps only compete locally.
 */
export function resolveOverlaps(cands: Candidate[], min = 0): Candidate[] {
  let n = 0
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]
    if (c.end > c.start && c.confidence >= min) cands[n++] = c
  }
  cands.length = n
  cands.sort(byPosition)
  let write = 0
  let from = 0
  let clusterEnd = -1
  for (let i = 0; i < n; i++) {
    const c = cands[i]
    if (c.start >= clusterEnd && i > from) {
      write = resolveCluster(cands, from, i, write)
      from = i
    }
    clusterEnd = Math.max(clusterEnd, c.end)
  }
  if (n > from) write = resolveCluster(cands, from, n, write)
  cands.length = write
  return cands
}
