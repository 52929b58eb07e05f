import type { ReviewedFinding } from '../findings/resolution'
import type { Proposal } from '../policy/index'
import type { RedactionItem } from '../redact/index'

/**
 * The officer's decision (with its written reason), else the policy's proposal; undecided findings are hidden.
 * The one redaction step: the services' render and the editor's preview (renderer preview-model) both call it.
 */
export function redactionItemOf({ finding, proposal, decision, resolution }: ReviewedFinding<Proposal>): RedactionItem {
  const item: RedactionItem = { finding, action: resolution.publish }
  if (proposal.mask) item.mask = proposal.mask
  if (resolution.publish === 'keep') item.reason = decision?.reason ? { 'zh-CN': decision.reason, en: decision.reason } : proposal.why
  return item
}
