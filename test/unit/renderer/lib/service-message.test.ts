import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../renderer/lib/api-error'
import { serviceMessage, splitBilingual } from '../../../../renderer/lib/service-message'
import { translate, type Translate } from '../../../../renderer/i18n/translate'

const zh: Translate = (key, params) => translate('zh-CN', key, params)
const en: Translate = (key, params) => translate('en', key, params)

describe('splitBilingual', () => {
  it('splits 中文 (English) at the last balanced parenthesis', () => {
    expect(splitBilingual('drafter 的密码错误，请 2 秒后再试 (wrong password for drafter; try again in 2 s)')).toEqual({
      zh: 'drafter 的密码错误，请 2 秒后再试',
      en: 'wrong password for drafter; try again in 2 s',
    })
    expect(splitBilingual('信任列表格式不对：keys（缺少） (not a usable list (v1))')).toEqual({ zh: '信任列表格式不对：keys（缺少）', en: 'not a usable list (v1)' })
  })

  it('leaves messages that are not in that form alone', () => {
    expect(splitBilingual('session.signIn: password: too short')).toBeUndefined()
    expect(splitBilingual('(only english)')).toBeUndefined()
    expect(splitBilingual('unbalanced)')).toBeUndefined()
  })
})

describe('serviceMessage', () => {
  it('shows the half in the reader’s language', () => {
    const error = new ApiError('forbidden', '账户不存在 (no account named x)')
    expect(serviceMessage(error, 'zh-CN', zh)).toBe('账户不存在')
    expect(serviceMessage(error, 'en', en)).toBe('no account named x')
  })

  it('falls back to the code’s own text for messages not worded for people', () => {
    expect(serviceMessage(new ApiError('invalid_request', 'account.create: login: bad'), 'zh-CN', zh)).toBe(zh('error.invalid_request'))
    expect(serviceMessage(new Error('boom'), 'en', en)).toBe(en('error.internal'))
  })
})
