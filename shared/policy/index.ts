/**
 * Redaction policies (脱敏策略) as data: which action each notice type proposes for each kind of personal
 * information, and why. The app shows the proposal and the reason; the officer confirms or overrides.
 */
import type { Finding } from '../pii/index'
import type { NoticeType } from '../notice/notice'
import type { Policy, Proposal } from './types'
import { general, strict } from './data/strict'
import { dibao } from './data/dibao'
import { subsidy } from './data/subsidy'
import { recruitment } from './data/recruitment'
import { penalty } from './data/penalty'
import { workOrder } from './data/work-order'
import { health } from './data/health'

export type { Action, LocalizedText, Policy, PolicyRule, Proposal } from './types'
export { actions } from './types'

/** Every shipped policy by name. `strict` always exists. */
export const policies: Readonly<Record<string, Policy>> = Object.freeze({ strict, general, dibao, subsidy, recruitment, penalty, workOrder, health })

export const policyNames: readonly string[] = Object.freeze(Object.keys(policies))

export function getPolicy(name: string): Policy | undefined {
  // own keys only: 'constructor' or '__proto__' are not policies
  return Object.hasOwn(policies, name) ? policies[name] : undefined
}

/** The default policy for a notice type; `strict` when no policy claims it. */
export function policyForNoticeType(type: NoticeType): Policy {
  return Object.values(policies).find((p) => p.noticeTypes.includes(type)) ?? strict
}

/**
 * 一个公告一个策略 — the policy a notice is checked and published under: the one stored with it (chosen at
 * creation, e.g. `notice new --policy strict`), else its type's default. The editor's proposals and preview,
 * the services' submit, review and bundle all ask this one function.
 */
export function noticePolicy(stored: string | null | undefined, type: NoticeType): Policy {
  return (stored ? getPolicy(stored) : undefined) ?? policyForNoticeType(type)
}

const defaultWhy = {
  'zh-CN': '本策略对这类信息没有规定，按策略的默认处理。',
  en: 'This policy has no rule for this kind of information; its default applies.',
}

/**
 * What the policy proposes for one finding: its rule for the finding's type, else the policy default.
 * 'OTHER' (a value marked by hand as 其他个人信息) has no rule of its own.
 */
export function proposeAction(policy: Policy, finding: { type: Finding['type'] | 'OTHER' }): Proposal {
  const rule = finding.type === 'OTHER' ? undefined : policy.rules[finding.type]
  if (!rule) return { action: policy.defaultAction, why: defaultWhy, fromRule: false }
  return rule.mask ? { action: rule.action, why: rule.why, mask: rule.mask, fromRule: true } : { action: rule.action, why: rule.why, fromRule: true }
}
