import { describe, expect, it } from 'vitest'
import {
  displayNameSchema,
  fingerprintOf,
  loginSchema,
  normaliseRoles,
  passwordProblem,
  roleListSchema,
  trustListFormat,
  trustListSchema,
} from '../../../../shared/accounts/index'
import { bilingualError } from '../../../../shared/api/error-text'

/** The policy's code as a person reads it (both languages), or null for an acceptable password. */
const problemText = (password: string): string | null => {
  const problem = passwordProblem(password)
  return problem && bilingualError(problem)
}

describe('logins, names and roles', () => {
  it('accepts 2–32 of a-z 0-9 . _ - and nothing else', () => {
    for (const login of ['ab', 'zhang.san', 'li_si-2', 'x'.repeat(32)]) expect(loginSchema.safeParse(login).success).toBe(true)
    for (const login of ['a', 'Zhang', 'zhang san', '张三', 'ｚｈａｎｇ', 'x'.repeat(33), 'a/b']) expect(loginSchema.safeParse(login).success).toBe(false)
  })

  it('trims and NFC-normalises names, and refuses empty or multi-line ones', () => {
    expect(displayNameSchema.parse('  张三  ')).toBe('张三')
    expect(displayNameSchema.parse('Jose\u0301')).toBe('José')
    for (const name of ['', '  ', '张\n三', '张\u2028三', 'x'.repeat(65)]) expect(displayNameSchema.safeParse(name).success).toBe(false)
  })

  it('keeps roles in a fixed order without duplicates and needs at least one', () => {
    expect(roleListSchema.parse(['admin', 'drafter', 'admin'])).toEqual(['drafter', 'admin'])
    expect(normaliseRoles(['reviewer', 'drafter'])).toEqual(['drafter', 'reviewer'])
    expect(roleListSchema.safeParse([]).success).toBe(false)
    expect(roleListSchema.safeParse(['editor']).success).toBe(false)
  })
})

describe('password policy', () => {
  it('counts characters, not bytes or UTF-16 units, and allows any script', () => {
    expect(problemText('1234567')).toContain('at least 8')
    expect(problemText('12345678')).toBeNull()
    expect(problemText('七个汉字的密码')).toContain('at least 8')
    expect(problemText('八个汉字组成密码')).toBeNull()
    // Seven astral characters are fourteen UTF-16 units but still seven characters.
    expect(problemText('😀'.repeat(7))).toContain('at least 8')
    expect(problemText('x'.repeat(1025))).toContain('at most 1024')
  })

  it('refuses control characters and passwords of spaces alone, without quoting the password', () => {
    const problem = problemText('secret\tpassword')
    expect(problem).toContain('control characters')
    expect(problem).not.toContain('secret')
    expect(problemText(' '.repeat(10))).toContain('only spaces')
    expect(problemText('with spaces inside ok')).toBeNull()
  })
})

describe('fingerprints and trust lists', () => {
  const keyid = '0123456789abcdef'.repeat(4)

  it('shows the first 16 bytes of the key id in groups of four', () => {
    expect(fingerprintOf(keyid)).toBe('0123 4567 89ab cdef 0123 4567 89ab cdef')
    expect(() => fingerprintOf('xyz')).toThrow()
  })

  it('parses the trust list of contracts.md §3 (the verifier\'s schema) and refuses malformed keys', () => {
    const key = {
      keyid,
      alg: 'ed25519',
      publicKey: Buffer.alloc(32, 7).toString('base64'),
      personId: 'p-1',
      name: '张三',
      roles: ['drafter'],
      validFrom: '2026-03-02T08:00:00.000Z',
      validUntil: null,
      revokedAt: '2026-04-01T08:00:00.000Z',
    }
    const list = { format: trustListFormat, office: '某某街道办事处', keys: [key] }
    expect(trustListSchema.parse(list)).toEqual(list)
    // Extensions are tolerated (contracts: "extend them freely"); wrong shapes are not.
    expect(trustListSchema.safeParse({ ...list, signedBy: 'x' }).success).toBe(true)
    for (const broken of [
      { ...key, keyid: keyid.toUpperCase() },
      { ...key, alg: 'rsa' },
      { ...key, publicKey: Buffer.alloc(33).toString('base64') },
      { ...key, validFrom: 'yesterday' },
    ]) {
      expect(trustListSchema.safeParse({ ...list, keys: [broken] }).success).toBe(false)
    }
    expect(trustListSchema.safeParse({ ...list, format: 'countersign-trust/v2' }).success).toBe(false)
  })
})
