import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64Encode } from '../../../../shared/crypto/base64'
import { keyValidAt, keyValidity, parseTrustList, TRUST_FORMAT, type TrustKey } from '../../../../shared/bundle/trust'

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')
const raw = Uint8Array.from({ length: 32 }, (_, i) => i)

function key(over: Partial<TrustKey> = {}): TrustKey {
  return {
    keyid: sha256(raw),
    alg: 'ed25519',
    publicKey: base64Encode(raw),
    personId: 'u-1',
    name: '李四',
    roles: ['drafter'],
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2026-12-31T23:59:59Z',
    revokedAt: null,
    ...over,
  }
}

describe('keyValidAt', () => {
  const k = key({ revokedAt: '2026-06-01T00:00:00+08:00', revocationReason: 'superseded' })
  it.each([
    ['2025-12-31T23:59:59.999Z', 'not-yet-valid'],
    ['2026-01-01T00:00:00Z', true],
    ['2026-05-31T15:59:59.999Z', true],
    // revocation instant given in +08:00: 2026-05-31T16:00Z
    ['2026-05-31T16:00:00Z', 'revoked'],
    ['2026-07-01T00:00:00Z', 'revoked'],
    ['not a time', 'bad-time'],
  ])('at %s → %s', (time, expected) => {
    const v = keyValidity(k, time)
    expect(v.valid ? true : v.why).toBe(expected)
    expect(keyValidAt(k, time)).toBe(expected === true)
  })

  it('is valid through the last instant of validUntil and expired after it; null bounds are open', () => {
    const k2 = key()
    expect(keyValidAt(k2, '2026-12-31T23:59:59Z')).toBe(true)
    expect(keyValidity(k2, Date.parse('2026-12-31T23:59:59Z') + 1)).toEqual({ valid: false, why: 'expired' })
    expect(keyValidAt(key({ validUntil: null }), '2099-01-01T00:00:00Z')).toBe(true)
    expect(keyValidAt(key({ validUntil: undefined }), '2099-01-01T00:00:00Z')).toBe(true)
  })

  it('a compromised key is valid at no time at all; a revokedAt without a reason counts as compromised', () => {
    for (const over of [{ revocationReason: 'compromised' as const }, { revocationReason: null }, {}]) {
      const c = key({ revokedAt: '2026-06-01T00:00:00Z', ...over })
      for (const time of ['2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', '2026-07-01T00:00:00Z']) expect(keyValidity(c, time)).toEqual({ valid: false, why: 'compromised' })
    }
  })

  it('refuses a revocationReason without a revokedAt, and reads old lists without reasons', () => {
    const list = (keys: unknown[]): unknown => ({ format: TRUST_FORMAT, office: '白马镇', keys })
    expect(parseTrustList(list([key({ revocationReason: 'superseded' })]), sha256)).toMatchObject({ ok: false, problem: { path: 'keys.0.revocationReason' } })
    expect(parseTrustList(list([key({ revocationReason: 'stolen' as never, revokedAt: '2026-06-01T00:00:00Z' })]), sha256).ok).toBe(false)
    expect(parseTrustList(list([key({ revokedAt: '2026-06-01T00:00:00Z' })]), sha256).ok).toBe(true)
  })

  it('fails closed on an unreadable bound', () => {
    expect(keyValidity(key({ revokedAt: 'soon' }), '2026-02-01T00:00:00Z')).toEqual({ valid: false, why: 'bad-time' })
    expect(keyValidity(key(), Number.NaN)).toEqual({ valid: false, why: 'bad-time' })
  })
})

describe('parseTrustList', () => {
  const list = (keys: unknown[]): unknown => ({ format: TRUST_FORMAT, office: '白马镇', keys })

  it('accepts a well-formed list', () => {
    const r = parseTrustList(list([key()]), sha256)
    expect(r.ok).toBe(true)
  })

  it('refuses a keyid that is not the SHA-256 of its key', () => {
    const r = parseTrustList(list([key({ keyid: 'f'.repeat(64) })]), sha256)
    expect(r).toEqual({ ok: false, problem: { kind: 'keyid-mismatch', keyid: 'f'.repeat(64) } })
  })

  it.each([
    ['another format', { format: 'countersign-trust/v2', office: '', keys: [] }, 'format'],
    ['a key of 31 bytes', list([key({ publicKey: base64Encode(raw.subarray(1)) })]), 'keys.0.publicKey'],
    ['an unknown alg', list([{ ...key(), alg: 'rsa' }]), 'keys.0.alg'],
    ['a time without zone', list([key({ validFrom: '2026-01-01T00:00:00' })]), 'keys.0.validFrom'],
    ['an upper-case keyid', list([key({ keyid: sha256(raw).toUpperCase() })]), 'keys.0.keyid'],
    ['duplicate keyids', list([key(), key()]), 'keys'],
    ['not an object', 'trust', ''],
  ])('refuses %s', (_name, value, path) => {
    const r = parseTrustList(value, sha256)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problem.kind === 'schema' && r.problem.path).toBe(path)
  })
})
