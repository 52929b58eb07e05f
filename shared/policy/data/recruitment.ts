/**
 * 招聘拟聘用公示 — results of public recruitment (事业单位公开招聘). The candidate list is published so the
 * public can object: names and exam numbers (准考证号, not a personal-information type here) stay.
 */
import type { Policy } from '../types'
import { bankCardRemove, confidentialBlock, emailRemove, ipRemove, landlineReview, usccKeep } from './common'

export const recruitment: Policy = {
  name: 'recruitment',
  label: { 'zh-CN': '招聘拟聘用公示', en: 'Recruitment result (proposed hires)' },
  noticeTypes: ['recruitment'],
  defaultAction: 'review',
  rules: {
    PERSON_NAME: {
      action: 'keep',
      why: {
        'zh-CN': '《事业单位公开招聘人员暂行规定》要求对拟聘人员进行公示，接受社会监督，姓名须公开。',
        en: 'The public-institution recruitment rules require the proposed hires to be published for public scrutiny; names are kept.',
      },
    },
    ID_CARD: {
      action: 'mask',
      why: {
        'zh-CN': '遮盖后的身份证号可区分同名考生，但不得公开完整号码（保留前6位和后4位）。',
        en: 'A masked ID number tells candidates with the same name apart; the full number is never published (first 6 and last 4 kept).',
      },
    },
    MOBILE: {
      action: 'mask',
      why: {
        'zh-CN': '个别公示附考生联系方式以便核对，只保留前3位和后4位。',
        en: 'Where a list shows a contact number it keeps only the first 3 and last 4 digits.',
      },
    },
    LANDLINE: landlineReview,
    BANK_CARD: bankCardRemove,
    EMAIL: emailRemove,
    PASSPORT: {
      action: 'mask',
      why: {
        'zh-CN': '证件号码与身份证号同样处理：遮盖后可区分考生，不公开完整号码。',
        en: 'Treated like an ID number: masked to tell candidates apart, never published in full.',
      },
    },
    HK_MACAO_PERMIT: {
      action: 'mask',
      why: { 'zh-CN': '同护照：遮盖后公开。', en: 'As a passport: published masked.' },
    },
    TAIWAN_PERMIT: {
      action: 'mask',
      why: { 'zh-CN': '同护照：遮盖后公开。', en: 'As a passport: published masked.' },
    },
    LICENSE_PLATE: {
      action: 'remove',
      why: { 'zh-CN': '车牌号与招聘结果无关，删除。', en: 'A number plate has nothing to do with a recruitment result; removed.' },
    },
    IP_ADDRESS: ipRemove,
    USCC: usccKeep,
    ADDRESS: {
      action: 'remove',
      why: {
        'zh-CN': '家庭住址与招聘结果无关，删除（生源地、籍贯等非住址信息不受影响）。',
        en: 'A home address is not part of a recruitment result; removed (place of origin is not an address finding).',
      },
    },
    DATE_OF_BIRTH: {
      action: 'mask',
      why: {
        'zh-CN': '出生年份可说明符合年龄条件，月日隐去：出生年月与遮盖后的身份证号合在一起可反推出完整号码。',
        en: 'The birth year shows the age requirement is met; month and day are hidden because with the masked ID number they would rebuild it.',
      },
    },
    HEALTH: {
      action: 'remove',
      why: {
        'zh-CN': '体检只公示是否合格，具体病情属敏感个人信息，删除。',
        en: 'Only the pass/fail of the medical check is published; health details are sensitive and removed.',
      },
    },
    CONFIDENTIAL_MARKER: confidentialBlock,
  },
}
