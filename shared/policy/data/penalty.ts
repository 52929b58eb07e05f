/**
 * 行政处罚决定公开 — publishing penalty decisions. 《行政处罚法》第四十八条 makes decisions with a certain
 * social impact public; for a natural person the usual practice (as with published court judgments) is to
 * hide the given name (张某) and the identifiers, while a company or 个体工商户 is named with its code.
 */
import type { Policy, PolicyRule } from '../types'
import { bankCardRemove, birthRemove, confidentialBlock, contactRemove, emailRemove, healthRemove, ipRemove, landlineReview } from './common'

const documentMasked: PolicyRule = {
  action: 'mask',
  why: {
    'zh-CN': '处罚决定须指明当事人，但证件号码只公开遮盖后的形式。',
    en: 'The decision must identify the party, but document numbers appear only masked.',
  },
}

export const penalty: Policy = {
  name: 'penalty',
  label: { 'zh-CN': '行政处罚决定公开', en: 'Administrative penalty decision' },
  noticeTypes: ['penalty'],
  defaultAction: 'review',
  rules: {
    PERSON_NAME: {
      action: 'mask',
      mask: { name: 'mou' },
      why: {
        'zh-CN': '《行政处罚法》第四十八条要求公开处罚决定；当事人为自然人的，按通行做法隐去名字，写作“张某”。',
        en: 'Penalty decisions are published (Administrative Penalty Law art. 48); for a natural person the usual practice hides the given name as 张某.',
      },
    },
    ID_CARD: {
      action: 'mask',
      why: {
        'zh-CN': '身份证号只公开遮盖后的形式（保留前6位和后4位），用于区分当事人。',
        en: 'The ID number appears only masked (first 6 and last 4), enough to distinguish the party.',
      },
    },
    MOBILE: contactRemove,
    LANDLINE: landlineReview,
    BANK_CARD: bankCardRemove,
    EMAIL: emailRemove,
    PASSPORT: documentMasked,
    HK_MACAO_PERMIT: documentMasked,
    TAIWAN_PERMIT: documentMasked,
    LICENSE_PLATE: {
      action: 'mask',
      why: {
        'zh-CN': '交通类处罚须指明涉案车辆，但完整号牌可识别车主，只公开遮盖后的号牌。',
        en: 'Traffic decisions must name the vehicle, but a full plate identifies its owner; it appears masked.',
      },
    },
    IP_ADDRESS: ipRemove,
    USCC: {
      action: 'keep',
      why: {
        'zh-CN': '当事人为企业或个体工商户的，处罚决定公开应载明名称和统一社会信用代码；代码属公开登记信息。',
        en: 'When the party is a company or sole trader the decision names it with its credit code, which is public registration data.',
      },
    },
    ADDRESS: {
      action: 'mask',
      mask: { address: 'village' },
      why: {
        'zh-CN': '自然人当事人的住址只公开到乡镇、村（社区），门牌号以下隐去。',
        en: 'A natural person’s address is published down to the township and village only; house numbers and below are hidden.',
      },
    },
    DATE_OF_BIRTH: birthRemove,
    HEALTH: healthRemove,
    CONFIDENTIAL_MARKER: confidentialBlock,
  },
}
