import type { ReviewedFinding } from '../../../shared/findings/resolution'
import type { Proposal } from '../../../shared/policy/index'

/** A finding as the panel and the preview see it: the scan, the policy's proposal and any decision. */
export type Reviewed = ReviewedFinding<Proposal>

/** The officer's choices in the panel: 遮盖 (删除 for markings, which have no mask), 保留, 非个人信息. */
export type PanelAction = 'mask' | 'remove' | 'keep' | 'notPersonal'
