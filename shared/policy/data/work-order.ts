/**
 * 12345 工单转办 — hotline work orders passed to the handling unit, and the published replies. The hotline
 * rules (国办发〔2020〕53号 on 政务服务便民热线) require the caller's personal information to be protected:
 * the handling unit deals with the problem, never with who reported it.
 */
import type { Policy, PolicyRule } from '../types'
import { bankCardRemove, birthRemove, confidentialBlock, documentRemove, emailRemove, healthRemove, ipRemove } from './common'

const callerRemove = (what: string, whatEn: string): PolicyRule => ({
  action: 'remove',
  why: {
    'zh-CN': `${what}可识别来电人；按便民热线保护诉求人信息的要求，承办单位不应看到来电人身份，删除。`,
    en: `${whatEn} identifies the caller; the hotline rules protect the caller, so the handling unit never sees who called; removed.`,
  },
})

export const workOrder: Policy = {
  name: 'workOrder',
  label: { 'zh-CN': '12345 工单转办', en: '12345 hotline work order' },
  noticeTypes: ['workOrder'],
  defaultAction: 'review',
  rules: {
    PERSON_NAME: callerRemove('来电人姓名', 'The caller’s name'),
    MOBILE: callerRemove('来电号码', 'The calling number'),
    LANDLINE: callerRemove('来电号码', 'The calling number'),
    ID_CARD: callerRemove('身份证号', 'An ID number'),
    ADDRESS: callerRemove('住址', 'A home address'),
    EMAIL: emailRemove,
    BANK_CARD: bankCardRemove,
    PASSPORT: documentRemove,
    HK_MACAO_PERMIT: documentRemove,
    TAIWAN_PERMIT: documentRemove,
    LICENSE_PLATE: {
      action: 'mask',
      why: {
        'zh-CN': '诉求可能涉及某辆车（如占道停放），承办单位需要知道是哪类车辆，但完整号牌可识别车主，遮盖后转办。',
        en: 'A complaint may concern a vehicle (e.g. obstructive parking); the plate is passed on masked because the full plate identifies the owner.',
      },
    },
    IP_ADDRESS: ipRemove,
    USCC: {
      action: 'keep',
      why: {
        'zh-CN': '被反映企业的统一社会信用代码是公开登记信息，承办单位核查时需要，保留。',
        en: 'The credit code of a company complained about is public registration data the handling unit needs; kept.',
      },
    },
    DATE_OF_BIRTH: birthRemove,
    HEALTH: healthRemove,
    CONFIDENTIAL_MARKER: confidentialBlock,
  },
}
