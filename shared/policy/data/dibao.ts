/**
 * 低保/特困公示 — publishing who receives 最低生活保障 or 特困人员供养. Villagers must be able to check the
 * list (民主评议 and 公示 are part of the 审核确认 procedure), and the 民政 rules require the privacy of
 * applicants to be protected: publish the surname, the village group and the amount, nothing that
 * identifies or endangers the household.
 */
import type { Policy } from '../types'
import { bankCardRemove, birthRemove, confidentialBlock, contactRemove, documentRemove, emailRemove, ipRemove, landlineReview, usccKeep } from './common'

export const dibao: Policy = {
  name: 'dibao',
  label: { 'zh-CN': '低保/特困公示', en: 'Minimum-living-allowance / destitute-support list' },
  noticeTypes: ['dibao'],
  defaultAction: 'review',
  rules: {
    PERSON_NAME: {
      action: 'mask',
      mask: { name: 'star' },
      why: {
        'zh-CN': '民政部门公示低保、特困对象时须保护个人隐私，通行做法是姓名只保留姓氏（张*），群众结合村组和金额仍可核对。',
        en: 'Civil-affairs lists must protect the recipients’ privacy; the usual practice keeps only the surname (张*), which with the village group and amount still lets neighbours check the list.',
      },
    },
    ID_CARD: {
      action: 'remove',
      why: {
        'zh-CN': '公示只需让群众核对对象，不需要身份证号；完整或部分号码都可能被冒用，删除。',
        en: 'The list only has to let neighbours recognise the household; an ID number (even partial) is not needed and can be misused; removed.',
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
      why: {
        'zh-CN': '车辆信息属于家庭经济状况核查材料，不在公示内容之列，删除。',
        en: 'Vehicle data belongs to the means test, not to the published list; removed.',
      },
    },
    IP_ADDRESS: ipRemove,
    USCC: usccKeep,
    ADDRESS: {
      action: 'mask',
      mask: { address: 'group' },
      why: {
        'zh-CN': '住址公示到村（居）民小组一级，便于群众监督；门牌号、楼栋房号隐去。',
        en: 'The address is published down to the village group so neighbours can check; house, building and room numbers are hidden.',
      },
    },
    DATE_OF_BIRTH: birthRemove,
    HEALTH: {
      action: 'review',
      why: {
        'zh-CN': '重病、重度残疾可能正是纳入低保或特困的理由，但属敏感个人信息（《个人信息保护法》第二十八条）；是否公开由经办人判断，通常应删除。',
        en: 'Serious illness or disability may be the very reason for support, but it is sensitive personal information (PIPL art. 28); a person decides, and normally removes it.',
      },
    },
    CONFIDENTIAL_MARKER: confidentialBlock,
  },
}
