import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../renderer/lib/api-error'
import { serviceMessage } from '../../../../renderer/lib/service-message'
import { errorText } from '../../../../renderer/lib/error-text'
import { translate, type Translate } from '../../../../renderer/i18n/translate'

const zh: Translate = (key, params) => translate('zh-CN', key, params)
const en: Translate = (key, params) => translate('en', key, params)

describe('serviceMessage', () => {
  it('words a coded error in the reader’s language', () => {
    const error = new ApiError('forbidden', 'ignored', { code: 'login.wrongWait', params: { seconds: 2 } })
    expect(serviceMessage(error, 'zh-CN', zh)).toBe('用户名或密码错误，请 2 秒后再试')
    expect(serviceMessage(error, 'en', en)).toBe('wrong login or password; try again in 2 s')
    const role = new ApiError('forbidden', 'ignored', { code: 'session.lacksRole', params: { login: 'li', role: 'reviewer' } })
    expect(serviceMessage(role, 'zh-CN', zh)).toBe('li 没有审核人角色')
    expect(serviceMessage(role, 'en', en)).toBe('li does not have the reviewer role')
  })

  it('never splits or shows a message: a refusal without a code gets the code’s own text', () => {
    const error = new ApiError('forbidden', '账户不存在 (no account named x)')
    expect(serviceMessage(error, 'zh-CN', zh)).toBe(zh('error.forbidden'))
    expect(serviceMessage(error, 'en', en)).toBe(en('error.forbidden'))
  })

  it('words a workflow refusal, with its count, from the state machine’s reasons', () => {
    const error = new ApiError('conflict', 'ignored', { code: 'workflow.refusedFindings', params: { why: 'unresolved_findings', count: 2 } })
    expect(serviceMessage(error, 'zh-CN', zh)).toBe('还有未处理的个人信息发现项：2 项')
    expect(serviceMessage(error, 'en', en)).toBe('some personal-information findings are still undecided: 2 findings')
  })

  it('falls back to the code’s own text for messages not worded for people', () => {
    expect(serviceMessage(new ApiError('invalid_request', 'account.create: login: bad'), 'zh-CN', zh)).toBe(zh('error.invalid_request'))
    expect(serviceMessage(new Error('boom'), 'en', en)).toBe(en('error.internal'))
  })
})

describe('errorText (the pages’ failure text)', () => {
  it('says the transport’s or the service’s own reason, not only the category', () => {
    const gone = new ApiError('unavailable', 'ignored', { code: 'host.unreachable', params: {} })
    expect(errorText(gone, zh, 'zh-CN')).toBe(serviceMessage(gone, 'zh-CN', zh))
    expect(errorText(gone, zh, 'zh-CN')).not.toBe(zh('error.unavailable'))
    expect(errorText(gone, en, 'en')).toMatch(/[a-z]/)
    const locked = new ApiError('forbidden', 'ignored', { code: 'login.wrongWait', params: { seconds: 2 } })
    expect(errorText(locked, zh, 'zh-CN')).toBe('用户名或密码错误，请 2 秒后再试')
    // without a code: the category's own words; anything else: the generic text
    expect(errorText(new ApiError('unavailable', 'ignored'), zh, 'zh-CN')).toBe(zh('error.unavailable'))
    expect(errorText(new Error('boom'), zh, 'zh-CN')).toBe(zh('error.internal'))
  })
})
