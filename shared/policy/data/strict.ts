/**
 * 严格 — strict: the policy that always exists. Every personal type is masked so that no original value
 * survives anywhere in the output; confidential markings block; organisation codes stay.
 */
import type { Policy, PolicyRule } from '../types'
import { confidentialBlock, healthHidden, usccKeep } from './common'

const masked: PolicyRule = {
  action: 'mask',
  why: {
    'zh-CN': '严格策略：个人信息一律按类型遮盖，发布稿中不出现任何完整原值（《个人信息保护法》第六条最小必要原则）。',
    en: 'Strict: every personal value is masked by type so that no complete original value appears in the output (PIPL art. 6, minimum necessary).',
  },
}

const nameMasked: PolicyRule = {
  action: 'mask',
  mask: { name: 'star' },
  why: {
    'zh-CN': '严格策略：姓名只保留姓氏（张*），名字隐去。',
    en: 'Strict: only the surname is kept (张*); the given name is hidden.',
  },
}

const addressMasked: PolicyRule = {
  action: 'mask',
  mask: { address: 'village' },
  why: {
    'zh-CN': '严格策略：住址只保留到乡镇（街道）、村（社区）一级，以下部分隐去。',
    en: 'Strict: an address is kept down to the township (street office) and village (community) only; the rest is hidden.',
  },
}

/** The rules `strict` and `general` share. */
export const strictRules: Policy['rules'] = {
  ID_CARD: masked,
  MOBILE: masked,
  LANDLINE: masked,
  BANK_CARD: masked,
  EMAIL: masked,
  PASSPORT: masked,
  HK_MACAO_PERMIT: masked,
  TAIWAN_PERMIT: masked,
  LICENSE_PLATE: masked,
  IP_ADDRESS: masked,
  USCC: usccKeep,
  PERSON_NAME: nameMasked,
  ADDRESS: addressMasked,
  DATE_OF_BIRTH: masked,
  HEALTH: healthHidden,
  CONFIDENTIAL_MARKER: confidentialBlock,
}

export const strict: Policy = {
  name: 'strict',
  label: { 'zh-CN': '严格（全部遮盖）', en: 'Strict (mask everything personal)' },
  noticeTypes: [],
  rules: strictRules,
  defaultAction: 'review',
}

/** 一般公告 — general notices get the strict rules: nothing about them says what may be published. */
export const general: Policy = {
  name: 'general',
  label: { 'zh-CN': '一般公告', en: 'General notice' },
  noticeTypes: ['general'],
  rules: strictRules,
  defaultAction: 'review',
}
