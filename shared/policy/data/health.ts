/**
 * 卫生健康公告 — health notices (孕前优生健康检查 schedules, infectious-disease notices). Health data about an
 * individual never goes out: 《个人信息保护法》第二十八条 makes it sensitive and 《传染病防治法》 forbids
 * disclosing patients' private information, so a HEALTH finding blocks until the text is rewritten.
 */
import type { Policy } from '../types'
import { bankCardRemove, birthRemove, confidentialBlock, contactRemove, documentRemove, emailRemove, ipRemove, landlineReview, usccKeep } from './common'

export const health: Policy = {
  name: 'health',
  label: { 'zh-CN': '卫生健康公告', en: 'Health notice' },
  noticeTypes: ['health'],
  defaultAction: 'review',
  rules: {
    HEALTH: {
      action: 'block',
      why: {
        'zh-CN': '公告中出现个人健康信息（敏感个人信息，《个人信息保护法》第二十八条；《传染病防治法》禁止泄露患者隐私），不得发布，须改写为不指向个人的表述。',
        en: 'Individual health data (sensitive under PIPL art. 28; the Infectious Disease Law forbids disclosing patients’ privacy) must not be published; rewrite the text so it points at no one.',
      },
    },
    PERSON_NAME: {
      action: 'mask',
      mask: { name: 'star' },
      why: {
        'zh-CN': '卫生健康公告中的姓名一律只保留姓氏（张*），避免与健康状况关联到个人。',
        en: 'Names in health notices keep only the surname (张*) so no one is linked to a health condition.',
      },
    },
    ID_CARD: {
      action: 'remove',
      why: { 'zh-CN': '健康类公告无须身份证号，删除。', en: 'A health notice needs no ID number; removed.' },
    },
    MOBILE: contactRemove,
    LANDLINE: landlineReview,
    BANK_CARD: bankCardRemove,
    EMAIL: emailRemove,
    PASSPORT: documentRemove,
    HK_MACAO_PERMIT: documentRemove,
    TAIWAN_PERMIT: documentRemove,
    LICENSE_PLATE: {
      action: 'mask',
      why: {
        'zh-CN': '流调等通告可能提及交通工具，完整车牌可识别个人，遮盖。',
        en: 'Tracing notices may mention a vehicle; a full plate identifies a person, so it is masked.',
      },
    },
    IP_ADDRESS: ipRemove,
    USCC: usccKeep,
    ADDRESS: {
      action: 'mask',
      mask: { address: 'village' },
      why: {
        'zh-CN': '疫情等通告可公布到村（社区）一级的地点，不公布门牌号。',
        en: 'Outbreak notices may name the village or community, never the house number.',
      },
    },
    DATE_OF_BIRTH: birthRemove,
    CONFIDENTIAL_MARKER: confidentialBlock,
  },
}
