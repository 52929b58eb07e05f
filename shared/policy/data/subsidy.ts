/**
 * 惠民惠农补贴发放公示 — subsidy payouts (耕地地力保护补贴, 一卡通 payments). The 一卡通 rules ask that the
 * recipients, standards and amounts be made public for supervision, while ID and account numbers never are.
 */
import type { Policy } from '../types'
import { bankCardRemove, birthRemove, confidentialBlock, contactRemove, documentRemove, emailRemove, ipRemove, landlineReview, usccKeep } from './common'

export const subsidy: Policy = {
  name: 'subsidy',
  label: { 'zh-CN': '补贴发放公示', en: 'Subsidy payout list' },
  noticeTypes: ['subsidy'],
  defaultAction: 'review',
  rules: {
    PERSON_NAME: {
      action: 'keep',
      why: {
        'zh-CN': '惠民惠农补贴“一卡通”要求公开补贴对象、标准和金额，接受群众监督，姓名照常公开。',
        en: 'The 一卡通 subsidy rules require recipients, standards and amounts to be public for supervision; names are published.',
      },
    },
    ID_CARD: {
      action: 'remove',
      why: {
        'zh-CN': '补贴公示不得公开身份证号码等敏感信息，核对对象用姓名和村组即可，删除。',
        en: 'Subsidy lists must not show ID numbers; name and village group are enough to check; removed.',
      },
    },
    MOBILE: contactRemove,
    LANDLINE: landlineReview,
    BANK_CARD: bankCardRemove,
    EMAIL: emailRemove,
    PASSPORT: documentRemove,
    HK_MACAO_PERMIT: documentRemove,
    TAIWAN_PERMIT: documentRemove,
    LICENSE_PLATE: {
      action: 'remove',
      why: { 'zh-CN': '车牌号与补贴发放无关，删除。', en: 'A number plate has nothing to do with a subsidy payout; removed.' },
    },
    IP_ADDRESS: ipRemove,
    USCC: usccKeep,
    ADDRESS: {
      action: 'mask',
      mask: { address: 'group' },
      why: {
        'zh-CN': '住址公示到村（居）民小组一级即可核对，门牌号以下隐去。',
        en: 'The village group is enough to check the list; house numbers and below are hidden.',
      },
    },
    DATE_OF_BIRTH: birthRemove,
    HEALTH: {
      action: 'review',
      why: {
        'zh-CN': '残疾人两项补贴等项目本身涉及健康状况（敏感个人信息），是否公开由经办人判断，通常应删除具体病情。',
        en: 'Some subsidies (e.g. for disabled people) imply health status, which is sensitive; a person decides, normally removing the details.',
      },
    },
    CONFIDENTIAL_MARKER: confidentialBlock,
  },
}
