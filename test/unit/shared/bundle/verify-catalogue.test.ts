// The verifier's reasons are codes; the catalogue words every one in Chinese and English, and no verifier
// source builds a reason's words itself (a new uncoded reason fails here).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { enVerify, verifyTerms, zhCNVerify, type VerifyCode } from '../../../../shared/bundle/verify-catalogue'
import { readVerifyReason, renderVerifyReason, renderVerifyReasons, verifyReasonText } from '../../../../shared/bundle/verify-reasons'
import { joinReasons, msg } from '../../../../shared/bundle/verify-messages'

const root = path.resolve(import.meta.dirname, '../../../..')
const names = (template: string): string[] => [...template.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1] ?? '').sort()

describe('the verifier catalogue', () => {
  it('words every code in both languages with the same parameters', () => {
    expect(Object.keys(enVerify).sort()).toEqual(Object.keys(zhCNVerify).sort())
    for (const code of Object.keys(zhCNVerify) as VerifyCode[]) {
      // the English half may add the trust-list schema's own (English) wording of a problem; nothing else differs
      const en = [...new Set(names(enVerify[code]))].filter((name) => !(code.startsWith('trustMalformed') && name === 'problem'))
      expect(en, code).toEqual([...new Set(names(zhCNVerify[code]))])
      expect(zhCNVerify[code], code).toMatch(/\p{Script=Han}/u)
    }
    for (const [kind, table] of Object.entries(verifyTerms)) expect(Object.keys(table.en).sort(), kind).toEqual(Object.keys(table['zh-CN']).sort())
  })

  it('renders a reason from its code and parameters, terms and nested reasons included', () => {
    const keyid = 'ab'.repeat(32)
    const invalid = msg.keyInvalid('approval', '王五', '2026-03-01T00:00:00Z', 'revoked', '2026-02-01T00:00:00Z')
    expect(renderVerifyReason('zh-CN', invalid)).toBe('王五 的密钥在审核签名时间 2026-03-01T00:00:00Z 已被吊销（吊销于 2026-02-01T00:00:00Z）')
    expect(renderVerifyReason('en', invalid)).toBe("王五's key had been revoked (at 2026-02-01T00:00:00Z) at the approval signing time 2026-03-01T00:00:00Z")
    expect(renderVerifyReason('zh-CN', msg.unknownKey('draft', keyid))).toBe(`拟稿签名所用密钥 ${keyid.slice(0, 16)}… 不在信任列表中（不是本单位登记的密钥）`)
    expect(verifyReasonText([msg.skipped(msg.envelopeUnreadable('draft'))])).toEqual({ 'zh-CN': '未能检查：拟稿签名信封无法读取', en: 'Not checked: the draft envelope could not be read' })
    expect(renderVerifyReason('zh-CN', msg.envelopeProblem('approval', 'not-json'))).toBe('attest/approval.dsse.json 无法读取：内容已损坏或格式不对（不是有效的 JSON）')
    expect(verifyReasonText([msg.unsignedFiles(['VERIFY.txt', 'keys/signers.json'])])).toEqual({
      'zh-CN': '未签名、不参与验证的文件（仅供参考，内容不可信）：VERIFY.txt、keys/signers.json',
      en: 'Unsigned files, not part of the verification (for reference only, not to be trusted): VERIFY.txt, keys/signers.json',
    })
  })

  it('keeps five problems and counts the rest, joined as one sentence per language', () => {
    const problems = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => msg.fileMissing(`content/${n}.txt`))
    const joined = joinReasons(problems)
    expect(joined).toHaveLength(6)
    expect(joined.at(-1)).toEqual({ code: 'more', params: { count: 2 } })
    expect(renderVerifyReasons('zh-CN', joined)).toMatch(/（文件被删除）；另有 2 处问题$/)
    expect(renderVerifyReasons('en', joined)).toMatch(/\(a file was removed\); and 2 more$/)
  })

  it('puts a string from the bundle into a parameter only after making it safe to print, and never re-reads it as a template', () => {
    const reason = msg.payloadType('draft', '\u202e{side:file}\u001b[31m', 'x')
    expect(reason.params.found).toBe('\\u{202e}{side:file}\\u{1b}[31m')
    expect(renderVerifyReason('en', reason)).toBe('attest/draft.dsse.json has payloadType "\\u{202e}{side:file}\\u{1b}[31m", expected "x"')
  })

  it('reads a reason from a wire only when its code is known and its parameters are flat', () => {
    expect(readVerifyReason({ code: 'sameKey', params: {} })).toEqual({ code: 'sameKey', params: {} })
    expect(readVerifyReason({ code: 'toString', params: {} })).toBeUndefined()
    expect(readVerifyReason({ code: 'sameName', params: { name: { nested: true } } })).toBeUndefined()
  })

  it('leaves no Chinese or two-language text in the verifier sources outside the catalogue', () => {
    const files = [
      ...fs.readdirSync(path.join(root, 'shared/bundle')).filter((f) => f.startsWith('verify') && f.endsWith('.ts')).map((f) => `shared/bundle/${f}`),
      'electron/services/bundle/verify-zip.ts',
      'electron/services/bundle/verify-view.ts',
      'electron/cli/commands/verify.ts',
      'renderer/features/verify/verify-result.tsx',
    ].filter((f) => !['shared/bundle/verify-catalogue.ts', 'shared/bundle/verify-text.ts'].includes(f))
    const found: string[] = []
    for (const file of files) {
      fs.readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$|^\s*\*.*$|\/\*\*.*\*\//, '')
          if (/\p{Script=Han}|'zh-CN': ['`]/u.test(code)) found.push(`${file}:${i + 1}`)
        })
    }
    expect(found).toEqual([])
  })
})
