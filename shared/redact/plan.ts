/**
 * From findings to decisions: a policy proposes an action per finding; what it resolves becomes a
 * redaction item, what blocks or needs a person is listed separately.
 */
import type { Finding } from '../pii/index'
import { proposeAction } from '../policy/index'
import type { LocalizedText, Policy } from '../policy/types'
import type { RedactionItem } from './redact'
import { RedactionError } from './redact'

/** A finding the policy could not resolve on its own, and the policy's reason. */
export type PlanEntry = { finding: Finding; why: LocalizedText }

export type RedactionPlan = {
  /** findings whose action is block: nothing may be published until the text changes */
  blocked: PlanEntry[]
  /** findings whose action is review: a person decides (mask or keep) in the app */
  review: PlanEntry[]
  /** findings the policy resolved (mask, remove, keep) */
  items: RedactionItem[]
}

export function redactionPlan(text: string, findings: readonly Finding[], policy: Policy): RedactionPlan {
  const plan: RedactionPlan = { blocked: [], review: [], items: [] }
  for (const finding of findings) {
    // a finding from another version of the text would redact the wrong characters
    if (text.slice(finding.start, finding.end) !== finding.text) throw new RedactionError(`${finding.type} at ${finding.start}-${finding.end}: does not match the text; scan again`)
    const p = proposeAction(policy, finding)
    switch (p.action) {
      case 'block':
        plan.blocked.push({ finding, why: p.why })
        break
      case 'review':
        plan.review.push({ finding, why: p.why })
        break
      case 'mask':
      case 'remove':
      case 'keep': {
        const item: RedactionItem = { finding, action: p.action }
        if (p.mask) item.mask = p.mask
        if (p.action === 'keep') item.reason = p.why
        plan.items.push(item)
        break
      }
    }
  }
  return plan
}

/**
 * The items to redact with when nobody can be asked (the CLI): every review finding is masked, the most
 * protective action that still publishes. The app asks the officer instead.
 */
export function itemsWithReviewMasked(plan: RedactionPlan, policy: Policy): RedactionItem[] {
  return [
    ...plan.items,
    ...plan.review.map(({ finding }): RedactionItem => {
      const style = policy.rules[finding.type]?.mask
      // a type with no mask of its own (CONFIDENTIAL_MARKER) can only be removed
      const action = finding.type === 'CONFIDENTIAL_MARKER' ? 'remove' : 'mask'
      return style ? { finding, action, mask: style } : { finding, action }
    }),
  ]
}
