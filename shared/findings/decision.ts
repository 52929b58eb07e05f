import { z } from 'zod'
import { noticeIdSchema } from '../notice/notice'
import { entityTypes } from '../pii/types'
import { findingKeyPattern } from './finding-key'

/**
 * What an officer decided about one finding. 遮盖 mask and 删除 remove hide the value; 保留 keep
 * publishes it on purpose; 非个人信息 notPersonal says the engine was wrong (e.g. 单位公开电话).
 */
export const decisionActions = ['mask', 'remove', 'keep', 'notPersonal'] as const
export const decisionActionSchema = z.enum(decisionActions)
export type DecisionAction = z.infer<typeof decisionActionSchema>

export const decisionLimits = { reason: 500 } as const

export const entityTypeSchema = z.enum(entityTypes)
export const findingKeySchema = z.string().regex(findingKeyPattern, 'not a finding key')

/** Publishing a value, or saying it is not personal, must be explained in writing. */
export function needsReason(action: DecisionAction): boolean {
  return action === 'keep' || action === 'notPersonal'
}

/** A stored decision. Never the value itself: only its key (a salted hash) and type. */
export const findingDecisionSchema = z.object({
  noticeId: noticeIdSchema,
  key: findingKeySchema,
  type: entityTypeSchema,
  action: decisionActionSchema,
  reason: z.string().nullable(),
  decidedAt: z.string(),
})
export type FindingDecision = z.infer<typeof findingDecisionSchema>
