import type { ReviewSummary } from '../findings/resolution'
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
