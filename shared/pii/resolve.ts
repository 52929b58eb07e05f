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

/** Greedy by strength within one cluster of mutually chained overlaps (clusters are small). */
function resolveCluster(cluster: Candidate[], kept: Candidate[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0])
    return
  }
  const chosen: Candidate[] = []
  for (const c of cluster.sort(byStrength)) if (!chosen.some((k) => k.start < c.end && c.start < k.end)) chosen.push(c)
  chosen.sort((a, b) => a.start - b.start)
  for (const c of chosen) kept.push(c)
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end
}

/**
 * Sorted by start and non-overlapping, among the non-empty candidates of at least `min` confidence.
 * Linear apart from the sort: overlaps only compete locally.
 */
export function resolveOverlaps(cands: readonly Candidate[], min = 0): Candidate[] {
  const sorted: Candidate[] = []
  for (const c of cands) if (c.end > c.start && c.confidence >= min) sorted.push(c)
  sorted.sort(byPosition)
  const kept: Candidate[] = []
  let cluster: Candidate[] = []
  let clusterEnd = -1
  for (const c of sorted) {
    if (c.start >= clusterEnd && cluster.length) {
      resolveCluster(cluster, kept)
      cluster = []
    }
    cluster.push(c)
    clusterEnd = Math.max(clusterEnd, c.end)
  }
  if (cluster.length) resolveCluster(cluster, kept)
  return kept
}
