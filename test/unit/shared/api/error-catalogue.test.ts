import { describe, expect, it } from 'vitest'
import { enErrors, zhCNErrors, type ErrorMessageCode } from '../../../../shared/api/error-catalogue'
import { bilingualError, readErrorDetail, renderError } from '../../../../shared/api/error-text'
import { serviceError } from '../../../../shared/api/result'

const codes = Object.keys(zhCNErrors) as ErrorMessageCode[]
const names = (text: string) => new Set([...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]))

describe('error catalogue', () => {
  it('has a non-empty zh-CN and English text for every code and nothing more', () => {
    expect(Object.keys(enErrors).sort()).toEqual([...codes].sort())
    for (const code of codes) {
      expect(zhCNErrors[code].trim(), code).not.toBe('')
      expect(enErrors[code].trim(), code).not.toBe('')
    }
  })

  it('substitutes every parameter in both languages', () => {
    for (const code of codes) {
      const params = Object.fromEntries([...names(zhCNErrors[code]), ...names(enErrors[code])].map((n) => [n, 7]))
      const detail = { code, params }
      expect(renderError('zh-CN', detail), code).not.toMatch(/\{\w+/)
      expect(renderError('en', detail), code).not.toMatch(/\{\w+/)
    }
  })

  it('keeps the compatibility message as 中文 (English)', () => {
    expect(bilingualError({ code: 'account.notFound', params: { login: 'x' } })).toBe('账户不存在 (no account named x)')
    const error = serviceError('forbidden', 'session.lacksRole', { login: 'li', role: 'admin' })
    expect(error.message).toBe('li 没有管理员角色 (li does not have the admin role)')
    expect(error.detail).toEqual({ code: 'session.lacksRole', params: { login: 'li', role: 'admin' } })
  })

  it('reads only well-formed details off a wire', () => {
    expect(readErrorDetail({ code: 'login.wrong', params: {} })).toEqual({ code: 'login.wrong', params: {} })
    expect(readErrorDetail({ code: 'nope', params: {} })).toBeUndefined()
    expect(readErrorDetail({ code: 'login.wrong', params: { a: {} } })).toBeUndefined()
    expect(readErrorDetail('login.wrong')).toBeUndefined()
  })
})
