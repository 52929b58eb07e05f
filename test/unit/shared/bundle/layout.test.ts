import { describe, expect, it } from 'vitest'
import { isSafeRelativePath, isSubjectPath, isUnsignedAllowed } from '../../../../shared/bundle/layout'
import { shown } from '../../../../shared/bundle/verify-messages'

describe('bundle layout', () => {
  it.each(['content/notice.html', 'report/redaction.json', 'VERIFY.txt', 'a/b/c.txt', 'content/公示.pdf'])('accepts the safe path %s', (p) => {
    expect(isSafeRelativePath(p)).toBe(true)
  })

  it.each(['', '/etc/passwd', '../x', 'content/../x', 'content/./x', 'content//x', 'content/', 'a\\b', 'C:/x', 'a:stream', 'a\u0000b', 'a\nb', 'x'.repeat(256), 'content/\u202etxt.exe', 'content/notice\u200b.txt', 'a\u0085b'])(
    'refuses the unsafe path %j',
    (p) => {
      expect(isSafeRelativePath(p)).toBe(false)
    },
  )

  it('knows which files are subjects and which may be unsigned', () => {
    expect(isSubjectPath('content/notice.txt')).toBe(true)
    expect(isSubjectPath('report/redaction.json')).toBe(true)
    expect(isSubjectPath('contents/notice.txt')).toBe(false)
    expect(isSubjectPath('content/../attest/x')).toBe(false)
    expect(isUnsignedAllowed('attest/draft.dsse.json')).toBe(true)
    expect(isUnsignedAllowed('keys/signers.json')).toBe(true)
    expect(isUnsignedAllowed('VERIFY.txt')).toBe(true)
    expect(isUnsignedAllowed('attest/../content/evil.html')).toBe(false)
    expect(isUnsignedAllowed('index.html')).toBe(false)
    expect(isUnsignedAllowed('verify.txt')).toBe(false)
    // exactly the layout: nothing else under attest/ or keys/, nothing else signed
    expect(isUnsignedAllowed('attest/notice.html')).toBe(false)
    expect(isUnsignedAllowed('keys/run.exe')).toBe(false)
    expect(isSubjectPath('content/notice.pdf')).toBe(true)
    expect(isSubjectPath('content/notice-2.html')).toBe(false)
  })

  it('shows untrusted strings without control, invisible or direction-changing characters, cut to length', () => {
    expect(shown('application/json\u001b[31m')).toBe('application/json\\u{1b}[31m')
    expect(shown('a\u202eb\u200bc')).toBe('a\\u{202e}b\\u{200b}c')
    expect(shown('公'.repeat(100), 10)).toBe(`${'公'.repeat(10)}…`)
    expect(shown('content/notice.txt')).toBe('content/notice.txt')
  })
})
