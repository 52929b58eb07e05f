import { keySalt } from '../findings/field-salt'
import { keyFindings, type KeyedFinding } from '../findings/finding-key'
import type { FindingDecision } from '../findings/decision'
import { locateAnchor, type ManualFinding } from '../findings/manual'
import { reviewFindings, summarise, type ReviewedFinding, type ReviewSummary } from '../findings/resolution'
import type { NoticeFields } from '../notice/notice'
import { scan } from '../pii/index'
import { proposeAction, type Policy, type Proposal } from '../policy/index'

/** The fields that are published, in the order they appear in the notice: 标题, 文号, 发布单位, 正文. */
export const publishedFields = ['title', 'docNumber', 'issuer', 'body'] as const
export type PublishedField = (typeof publishedFields)[number]

export type FieldReviewed = ReviewedFinding<Proposal> & { field: PublishedField }

/** A 人工标记 and where its value is in the field now; `span` undefined once the value is gone from the text. */
export type ManualPlaced = { manual: ManualFinding; field: PublishedField; span: { start: number; end: number } | undefined }

/** Every finding of a notice joined with its decision and the policy's proposal, and their summary; then the 人工标记. */
export type NoticeReview = { reviewed: FieldReviewed[]; summary: ReviewSummary; manual: ManualPlaced[] }

export { keySalt }

/**
 * Scans each published field. `today` is fixed by the caller (the revision's save time) so that the same
 * revision always gives the same findings, however many days pass between submitting and exporting.
 */
export function reviewNotice(
  noticeId: string,
  fields: Pick<NoticeFields, PublishedField>,
  decisions: readonly FindingDecision[],
  policy: Policy,
  today: Date,
  manual: readonly ManualFinding[] = [],
): NoticeReview {
  const byKey = new Map(decisions.map((d) => [d.key, d]))
  const reviewed = publishedFields.flatMap((field) => {
    const keyed: KeyedFinding[] = keyFindings(keySalt(noticeId, field), scan(fields[field], { today }))
    return reviewFindings(keyed, byKey, (finding) => proposeAction(policy, finding)).map((item) => ({ ...item, field }))
  })
  const placed = manual.map((m): ManualPlaced => ({ manual: m, field: m.anchor.field, span: locateAnchor(m.anchor, fields[m.anchor.field]) }))
  return { reviewed, summary: summarise(reviewed), manual: placed }
}
