import type { DecisionAction, FindingDecision } from './decision'
import type { EntityType } from '../pii/index'
import type { KeyedFinding } from './finding-key'

/** What a policy says about a finding (shared/policy `proposeAction`); only the action matters here. */
export type PolicyAction = 'mask' | 'remove' | 'keep' | 'block' | 'review'
export type ProposalLike = { action: PolicyAction }

/** What the redaction function does with a finding's span. */
export type PublishAction = 'mask' | 'remove' | 'keep'

/**
 * Where a finding stands. An officer's decision wins over the policy; without one, `review` is unresolved
 * and `block` blocks publication. Neither can be published as written, so the preview hides both (it only
 * ever shows a value as written when a person or the policy chose to keep it).
 */
export type Resolution =
  | { status: 'decided'; decision: DecisionAction; publish: PublishAction }
  | { status: 'proposed'; publish: PublishAction }
  | { status: 'unresolved'; publish: 'mask' | 'remove' }
  | { status: 'blocking'; publish: 'mask' | 'remove' }

/** Types with no partial form: 征求意见稿 or 内部 can only be removed, never masked (shared/redact). */
export function canMask(type: EntityType): boolean {
  return type !== 'CONFIDENTIAL_MARKER'
}

/**
 * 讨论稿, 征求意见稿, 内部资料, 秘密★… — a marker says the text itself is not ready to publish. No decision
 * clears it (not 保留, not 删除, not 非个人信息): only changing the text does, so it always blocks.
 */
export function isMarker(type: EntityType): boolean {
  return type === 'CONFIDENTIAL_MARKER'
}

export type ReviewedFinding<P extends ProposalLike = ProposalLike> = {
  finding: KeyedFinding
  proposal: P
  decision: FindingDecision | undefined
  resolution: Resolution
}

export function publishActionOf(decision: DecisionAction): PublishAction {
  return decision === 'notPersonal' ? 'keep' : decision
}

export function resolve(type: EntityType, proposal: ProposalLike, decision: FindingDecision | undefined): Resolution {
  // a decision stored for a marker (by an older version, or sent by any client) is ignored
  if (isMarker(type)) return { status: 'blocking', publish: 'remove' }
  if (decision) return { status: 'decided', decision: decision.action, publish: publishActionOf(decision.action) }
  const hide = canMask(type) ? 'mask' : 'remove'
  switch (proposal.action) {
    case 'review':
      return { status: 'unresolved', publish: hide }
    case 'block':
      return { status: 'blocking', publish: hide }
    case 'mask':
    case 'remove':
    case 'keep':
      return { status: 'proposed', publish: proposal.action }
  }
}

/** Joins the scan, the stored decisions and the policy's proposals, in text order. */
export function reviewFindings<P extends ProposalLike>(
  findings: readonly KeyedFinding[],
  decisions: ReadonlyMap<string, FindingDecision>,
  propose: (finding: KeyedFinding) => P,
): ReviewedFinding<P>[] {
  return findings.map((finding) => {
    const proposal = propose(finding)
    const decision = isMarker(finding.type) ? undefined : decisions.get(finding.key)
    return { finding, proposal, decision, resolution: resolve(finding.type, proposal, decision) }
  })
}

/** 待处理 / 阻止发布 / 已遮盖 counts for the summary bar. */
export type ReviewSummary = { total: number; unresolved: number; blocking: number; masked: number; removed: number; kept: number }

export function summarise(reviewed: readonly Pick<ReviewedFinding, 'resolution'>[]): ReviewSummary {
  const summary: ReviewSummary = { total: reviewed.length, unresolved: 0, blocking: 0, masked: 0, removed: 0, kept: 0 }
  for (const { resolution } of reviewed) {
    if (resolution.status === 'unresolved') summary.unresolved += 1
    else if (resolution.status === 'blocking') summary.blocking += 1
    else if (resolution.publish === 'mask') summary.masked += 1
    else if (resolution.publish === 'remove') summary.removed += 1
    else summary.kept += 1
  }
  return summary
}
