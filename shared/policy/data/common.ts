/**
 * Rules several policies share word for word. Still data: the policies spread these objects into their tables.
 */
import type { PolicyRule } from '../types'

export const usccKeep: PolicyRule = {
  action: 'keep',
  why: {
    'zh-CN': '统一社会信用代码是法人和其他组织的公开登记信息，不是自然人的个人信息（《个人信息保护法》第四条）。',
    en: 'The unified social credit code is public registration data of an organisation, not personal information of a natural person (PIPL art. 4).',
  },
}

export const confidentialBlock: PolicyRule = {
  action: 'block',
  why: {
    'zh-CN': '“征求意见稿”“内部”“请勿外传”“秘密★”等标识说明文件未定稿或涉密，不得公开（《政府信息公开条例》第十四条、第十六条）；请删去标识或确认已定稿后再发布。',
    en: 'Draft, internal or classified markings mean the document is not final or is secret and must not be published (OGI Regulations arts. 14 and 16); remove the marking or confirm the final text first.',
  },
}

export const healthHidden: PolicyRule = {
  action: 'mask',
  why: {
    'zh-CN': '疾病、残疾、孕检等健康信息属敏感个人信息（《个人信息保护法》第二十八条），整段隐去。',
    en: 'Diagnoses, disability and pregnancy checks are sensitive personal information (PIPL art. 28); the whole phrase is hidden.',
  },
}

export const healthRemove: PolicyRule = {
  action: 'remove',
  why: {
    'zh-CN': '健康信息属敏感个人信息（《个人信息保护法》第二十八条），与本类公告的目的无关，删除。',
    en: 'Health data is sensitive personal information (PIPL art. 28) and is not needed for this kind of notice; removed.',
  },
}

export const bankCardRemove: PolicyRule = {
  action: 'remove',
  why: {
    'zh-CN': '银行卡号属金融账户信息（敏感个人信息），与公示目的无关，泄露可致财产损失，删除。',
    en: 'Bank card numbers are financial account data (sensitive personal information), irrelevant to the notice and usable for fraud; removed.',
  },
}

export const contactRemove: PolicyRule = {
  action: 'remove',
  why: {
    'zh-CN': '个人联系方式与公示目的无关，公开后易遭骚扰和诈骗，删除。',
    en: 'A personal contact detail is not needed for the notice and invites harassment and fraud; removed.',
  },
}

export const landlineReview: PolicyRule = {
  action: 'review',
  why: {
    'zh-CN': '座机号码可能是群众的住宅电话（应删去），也可能是单位的监督或咨询电话（应保留），须由经办人判断。',
    en: 'A landline may be a household number (remove it) or the office’s supervision or enquiry line (keep it); a person decides.',
  },
}

export const documentRemove: PolicyRule = {
  action: 'remove',
  why: {
    'zh-CN': '护照、港澳台通行证号码可唯一识别个人，本类公告无须公开，删除。',
    en: 'Passport and permit numbers identify a person uniquely and are not needed in this kind of notice; removed.',
  },
}

export const ipRemove: PolicyRule = {
  action: 'remove',
  why: {
    'zh-CN': 'IP 地址可关联到个人的上网记录，与公告内容无关，删除。',
    en: 'An IP address links to a person’s online activity and has no place in the notice; removed.',
  },
}

export const emailRemove: PolicyRule = {
  action: 'remove',
  why: {
    'zh-CN': '个人电子邮箱与公示目的无关，删除。',
    en: 'A personal e-mail address is not needed for the notice; removed.',
  },
}

export const birthRemove: PolicyRule = {
  action: 'remove',
  why: {
    'zh-CN': '出生日期与公示目的无关，且可与其他信息组合识别个人（或反推身份证号），删除。',
    en: 'A date of birth is not needed and, combined with other data, identifies the person (or rebuilds the ID number); removed.',
  },
}
