import type { ReviewedFinding } from '../../../shared/findings/resolution'
import type { Proposal } from '../../../shared/policy/index'

import type { HeaderField } from '../../workers/scan-protocol'

/**
 * A finding as the panel and the preview see it: the scan, the policy's proposal and any decision.
 * `field` is set for a finding in 标题, 文号 or 发布单位 (its offsets are into that field, not 正文).
 */
export type Reviewed = ReviewedFinding<Proposal> & { field?: HeaderField }

/** The officer's choices in the panel: 遮盖 (删除 for markings, which have no mask), 保留, 非个人信息. */
export type PanelAction = 'mask' | 'remove' | 'keep' | 'notPersonal'
