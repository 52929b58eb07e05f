import { describe, expect, it } from 'vitest'
import { enErrors, zhCNErrors, type ErrorMessageCode } from '../../../../shared/api/error-catalogue'
import { bilingualError, readErrorDetail, renderError } from '../../../../shared/api/error-text'
import { serviceError } from '../../../../shared/api/result'

const codes = Object.keys(zhCNErrors) as ErrorMessageCode[]
/** The parameters a template reads: `{name:text}` reads both halves of a text worded elsewhere. */
const names = (text: string) => [...text.matchAll(/\{(\w+)(?::(\w+))?(?::\w+)?\}/g)].flatMap((m) => (m[2] === 'text' ? [`${m[1]}.zh-CN`, `${m[1]}.en`] : [m[1] ?? '']))

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

  it('words code-valued parameters in the reader’s language', () => {
    const refused = { code: 'workflow.refusedFindings', params: { why: 'unresolved_findings', count: 1 } } as const
    expect(renderError('zh-CN', refused)).toBe('还有未处理的个人信息发现项：1 项')
    expect(renderError('en', refused)).toBe('some personal-information findings are still undecided: 1 finding')
    const folder = { code: 'folder.missing', params: { what: 'sweep', path: '/x' } } as const
    expect(renderError('zh-CN', folder)).toBe('要排查的文件夹“/x”不存在')
    const imported = { code: 'import.failed', params: { file: 'a.doc', reason: 'legacy-doc' } } as const
    expect(renderError('en', imported)).toBe('a.doc: old Word 97-2003 .doc file; save it as .docx in Word/WPS and import that')
    const checked = { code: 'reviewFile.checkFailed', params: { file: 'request', 'why.zh-CN': '摘要不符', 'why.en': 'digest mismatch' } } as const
    expect(renderError('zh-CN', checked)).toBe('审核请求文件无法使用：摘要不符')
    expect(renderError('en', checked)).toBe('digest mismatch')
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
