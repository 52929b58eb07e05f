import { canMask } from '../../../shared/findings/resolution'
import { maskValue } from '../../../shared/redact/index'
import type { Reviewed } from './review-types'

/**
 * How the panel names a finding without repeating it: the policy's mask for its type. A marking such as
 * 征求意见稿 is not personal and has no mask, so it is shown as written.
 */
export function maskedValue({ finding, proposal }: Reviewed): string {
  if (!canMask(finding.type)) return finding.text
  return maskValue(finding.type, finding.text, proposal.mask).replace(/\s+/g, ' ')
}
