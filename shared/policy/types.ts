import type { EntityType } from '../pii/index'
import type { NoticeType } from '../notice/notice'
import type { MaskOptions } from '../redact/mask'

/**
 * What a policy proposes for one finding. mask 遮盖 (type-specific, e.g. 张*), remove 删除 (fixed placeholder),
 * keep 保留 (the notice type's rules allow publishing it), block 阻止发布 (export refused until the text is
 * changed), review 人工判断 (a person decides in the app).
 */
export type Action = 'mask' | 'remove' | 'keep' | 'block' | 'review'

export const actions: readonly Action[] = ['mask', 'remove', 'keep', 'block', 'review']

/** Text shown to officers, Chinese first. */
export type LocalizedText = { 'zh-CN': string; en: string }

/** How one notice type treats one entity type, and why (shown to the officer beside the proposal). */
export type PolicyRule = {
  action: Action
  why: LocalizedText
  /** mask style when action is mask: 张* vs 张某, address kept down to 村 or to 组 */
  mask?: MaskOptions
}

/**
 * 脱敏策略 — a redaction policy: data, not code. Each notice type (公告类型) selects one; `strict` always exists.
 * A type without a rule falls back to `defaultAction`; the shipped policies name every type explicitly.
 */
export type Policy = {
  name: string
  label: LocalizedText
  /** notice types this policy is the default for */
  noticeTypes: readonly NoticeType[]
  rules: Partial<Record<EntityType, PolicyRule>>
  defaultAction: Action
}

/** A policy's proposal for one finding. */
export type Proposal = { action: Action; why: LocalizedText; mask?: MaskOptions; fromRule: boolean }
