import type { ReviewSummary } from '../findings/resolution'
import { hiddenContentMarkers } from '../import/project'
import { refusal, type Refusal } from './state-machine'

/**
 * Whether the findings allow submitting: none may wait for a person's decision and none may block
 * publication (a policy `block` with no decision). Blocking is named first: it needs the text changed.
 */
export function submissionRefusal(summary: Pick<ReviewSummary, 'unresolved' | 'blocking'>): (Refusal & { count: number }) | undefined {
  if (summary.blocking > 0) return { ...refusal('blocking_findings'), count: summary.blocking }
  if (summary.unresolved > 0) return { ...refusal('unresolved_findings'), count: summary.unresolved }
  return undefined
}

/** How many import hidden-content markers the texts still hold. */
export function hiddenMarkerCount(texts: readonly string[]): number {
  let count = 0
  for (const text of texts) for (const marker of hiddenContentMarkers) for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + marker.length)) count++
  return count
}

/** Refuses submitting while an import hidden-content marker remains (see hiddenMarkerCount). */
export function hiddenContentRefusal(texts: readonly string[]): (Refusal & { count: number }) | undefined {
  const count = hiddenMarkerCount(texts)
  return count > 0 ? { ...refusal('hidden_content_marked'), count } : undefined
}
