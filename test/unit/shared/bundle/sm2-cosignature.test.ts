import { describe, expect, it } from 'vitest'
import { base64Encode } from '../../../../shared/crypto/base64'
import { utf8Decode } from '../../../../shared/crypto/bytes'
import { sm2Sign } from '../../../../shared/crypto/sm2'
import { envelopeBytes, makeEnvelope, pae, PAYLOAD_TYPE } from '../../../../shared/bundle/dsse'
import { bundlePaths } from '../../../../shared/bundle/layout'
import { signersFileBytes, type SignerEntry } from '../../../../shared/bundle/signers'
import { parseTrustList, type TrustKey } from '../../../../shared/bundle/trust'
import { generateSm2SigningKey, sha256Hex, signEd25519 } from '../../../../electron/services/bundle/node-crypto'
import { approvalPredicate, content, draftPredicate, failing, key, reasonOf, statementPayload, trust, trustKey, verify, type Key } from './fixture'

/**
 * The optional SM2 (国密) co-signature in the verifier: one extra signature per envelope, by an SM2 key of the
 * signer's own person, valid at signedAt, over the same PAE. Everything else fails that envelope's check alone.
 */

type Sm2Key = ReturnType<typeof generateSm2SigningKey>
type Sig = { keyid?: string; sig: Uint8Array }

const drafter = key('u-li', '李四', ['drafter'])
const reviewer = key('u-wang', '王五', ['reviewer'])
const drafterSm2 = generateSm2SigningKey()
const reviewerSm2 = generateSm2SigningKey()

function sm2TrustKey(k: Sm2Key, holder: Key, over: Partial<TrustKey> = {}): TrustKey {
  return { ...trustKey(holder), keyid: k.keyid, alg: 'sm2', publicKey: base64Encode(k.publicKeyRaw), ...over }
}

const fullTrust = (): TrustKey[] => [trustKey(drafter), trustKey(reviewer), sm2TrustKey(drafterSm2, drafter), sm2TrustKey(reviewerSm2, reviewer)]

/** The signatures an envelope carries, given the PAE bytes it signs. */
type Signing = (message: Uint8Array) => Sig[]
const ed = (k: Key): Signing => (m) => [{ keyid: k.keyid, sig: signEd25519(k.privateKey, m) }]
const sm = (k: Sm2Key, keyid = k.keyid): Signing => (m) => [{ keyid, sig: sm2Sign(k.privateKey, m) }]
const both = (...parts: Signing[]): Signing => (m) => parts.flatMap((p) => p(m))

function envelopeOf(payload: Uint8Array, signing: Signing): Uint8Array {
  const sigs = signing(pae(PAYLOAD_TYPE, payload))
  const env = makeEnvelope(PAYLOAD_TYPE, payload, sigs.map((s) => ({ keyid: s.keyid ?? '', sig: s.sig })))
  // DSSE allows a signature without keyid: drop the placeholder where the test asked for none
  env.signatures = env.signatures.map((s, i) => (sigs[i].keyid === undefined ? { sig: s.sig } : s))
  return envelopeBytes(env)
}

/** A bundle whose envelopes are signed as given (by default: Ed25519 and SM2 on both sides). */
function bundleWith(draftSigning: Signing = both(ed(drafter), sm(drafterSm2)), approvalSigning: Signing = both(ed(reviewer), sm(reviewerSm2))): Map<string, Uint8Array> {
  const files = content()
  const draftEnv = envelopeOf(statementPayload(files, draftPredicate(drafter)), draftSigning)
  const approvalEnv = envelopeOf(statementPayload(files, approvalPredicate(reviewer, draftEnv)), approvalSigning)
  files.set(bundlePaths.draftEnvelope, draftEnv)
  files.set(bundlePaths.approvalEnvelope, approvalEnv)
  return files
}

describe('verifyBundle: SM2 co-signatures that hold', () => {
  it('passes with an SM2 co-signature on both envelopes, and says so', () => {
    const r = verify(bundleWith(), trust(...fullTrust()))
    expect(failing(r)).toEqual([])
    expect(reasonOf(r, 'draft.signature')).toContain('SM2 国密签名')
    expect(reasonOf(r, 'approval.signature')).toContain('SM2 co-signature')
  })

  it('passes with a co-signature on one side only, and without any exactly as before', () => {
    expect(failing(verify(bundleWith(both(ed(drafter), sm(drafterSm2)), ed(reviewer)), trust(...fullTrust())))).toEqual([])
    const plain = verify(bundleWith(ed(drafter), ed(reviewer)), trust(trustKey(drafter), trustKey(reviewer)))
    expect(failing(plain)).toEqual([])
    expect(reasonOf(plain, 'draft.signature')).not.toContain('SM2')
  })

  it('takes the co-signature in either order in the envelope', () => {
    expect(failing(verify(bundleWith(both(sm(drafterSm2), ed(drafter))), trust(...fullTrust())))).toEqual([])
  })
})

describe('verifyBundle: SM2 co-signatures that fail their envelope', () => {
  const cases: [string, () => Map<string, Uint8Array>, TrustKey[], string, string][] = [
    ['its key is not in the trust list', () => bundleWith(), fullTrust().slice(0, 3), 'approval.signature', '不在信任列表中'],
    [
      'its key was revoked before signedAt',
      () => bundleWith(),
      [...fullTrust().slice(0, 2), sm2TrustKey(drafterSm2, drafter, { revokedAt: '2026-05-06T00:59:59Z', revocationReason: 'superseded' }), fullTrust()[3]],
      'draft.signature',
      '李四 的 SM2 国密密钥在拟稿签名时间 2026-05-06T01:00:00Z 已被吊销',
    ],
    [
      'its key had expired',
      () => bundleWith(),
      [...fullTrust().slice(0, 3), sm2TrustKey(reviewerSm2, reviewer, { validUntil: '2026-05-06T01:59:59Z' })],
      'approval.signature',
      'had expired',
    ],
    [
      'its key was not yet valid',
      () => bundleWith(),
      [...fullTrust().slice(0, 2), sm2TrustKey(drafterSm2, drafter, { validFrom: '2026-05-06T01:00:01Z' }), fullTrust()[3]],
      'draft.signature',
      '尚未生效',
    ],
    [
      'its key belongs to another person',
      () => bundleWith(),
      [...fullTrust().slice(0, 3), sm2TrustKey(reviewerSm2, drafter, { roles: ['reviewer'] })],
      'approval.signature',
      'SM2 国密签名密钥属于 李四，不是签名者 王五 本人的密钥',
    ],
    [
      'its signature bytes were changed',
      () => bundleWith(both(ed(drafter), (m) => sm(drafterSm2)(m).map((s) => ({ ...s, sig: s.sig.map((b, i) => (i === 10 ? b ^ 1 : b)) })))),
      fullTrust(),
      'draft.signature',
      'SM2 国密签名无效',
    ],
    [
      'it signs other bytes than the PAE',
      () => bundleWith(both(ed(drafter), (m) => sm(drafterSm2)(m.subarray(1)))),
      fullTrust(),
      'draft.signature',
      'SM2 co-signature in the draft envelope is invalid',
    ],
    ['it is the other signer’s SM2 key', () => bundleWith(both(ed(drafter), sm(reviewerSm2))), fullTrust(), 'draft.signature', '属于 王五，不是签名者 李四'],
    [
      'it is labelled with another SM2 keyid',
      () => bundleWith(both(ed(drafter), sm(reviewerSm2, drafterSm2.keyid))),
      fullTrust(),
      'draft.signature',
      'SM2 国密签名无效',
    ],
    ['it is a second Ed25519 signature', () => bundleWith(both(ed(drafter), ed(reviewer))), fullTrust(), 'draft.signature', '不是 SM2 密钥'],
    [
      'there are two of them',
      () => bundleWith(both(ed(drafter), sm(drafterSm2), (m) => [{ keyid: sha256Hex(m), sig: m.subarray(0, 8) }])),
      fullTrust(),
      'draft.signature',
      '最多只能附加一个 SM2 国密签名',
    ],
    ['it names no key', () => bundleWith(both(ed(drafter), (m) => [{ sig: sm2Sign(drafterSm2.privateKey, m) }])), fullTrust(), 'draft.signature', '没有标明密钥编号'],
  ]

  it.each(cases)('refuses the envelope when %s, in that envelope’s check alone', (_name, files, keys, check, reason) => {
    const r = verify(files(), trust(...keys))
    expect(failing(r)).toEqual([check])
    expect(reasonOf(r, check)).toContain(reason)
  })

  it('never lets an SM2 key stand in for the Ed25519 signer', () => {
    const files = content()
    // the statement names the drafter's SM2 key as signer, which has the drafter role and signs alone
    const predicate = draftPredicate(drafter, { signer: { id: drafter.personId, name: drafter.name, keyid: drafterSm2.keyid } })
    const draftEnv = envelopeOf(statementPayload(files, predicate), sm(drafterSm2))
    const approvalEnv = envelopeOf(statementPayload(files, approvalPredicate(reviewer, draftEnv)), ed(reviewer))
    files.set(bundlePaths.draftEnvelope, draftEnv)
    files.set(bundlePaths.approvalEnvelope, approvalEnv)
    const r = verify(files, trust(...fullTrust()))
    expect(failing(r)).toEqual(['draft.signature', 'signers.identity', 'roles', 'distinct.persons', 'keys.valid'])
    expect(reasonOf(r, 'draft.signature')).toContain('是 SM2 国密密钥：主签名必须使用 Ed25519 密钥')
  })
})

describe('trust list and signers file with SM2 keys', () => {
  it('accepts an SM2 key whose keyid is the SHA-256 of its 65 raw bytes', () => {
    expect(parseTrustList(trust(...fullTrust()), sha256Hex).ok).toBe(true)
    const wrong = parseTrustList(trust(sm2TrustKey(drafterSm2, drafter, { keyid: reviewerSm2.keyid })), sha256Hex)
    expect(wrong).toEqual({ ok: false, problem: { kind: 'keyid-mismatch', keyid: reviewerSm2.keyid } })
  })

  it.each([
    ['32 bytes', new Uint8Array(32).fill(9)],
    ['a point off the curve', drafterSm2.publicKeyRaw.map((b, i) => (i === 64 ? b ^ 1 : b))],
    ['a compressed point', drafterSm2.publicKeyRaw.subarray(0, 33).map((b, i) => (i === 0 ? 2 : b))],
  ])('refuses an sm2 public key of %s', (_name, raw) => {
    const r = parseTrustList(trust(sm2TrustKey(drafterSm2, drafter, { keyid: sha256Hex(raw), publicKey: base64Encode(raw) })), sha256Hex)
    expect(!r.ok && r.problem.kind === 'schema' && r.problem.path).toBe('keys.0.publicKey')
  })

  it('refuses an ed25519 key of 65 bytes (the alg decides the length)', () => {
    const r = parseTrustList(trust({ ...sm2TrustKey(drafterSm2, drafter), alg: 'ed25519' }), sha256Hex)
    expect(!r.ok && r.problem.kind === 'schema' && r.problem.message).toBe('publicKey must be base64 of 32 bytes')
  })

  it('lists SM2 keys in keys/signers.json after each role’s Ed25519 key', () => {
    const entry = (k: TrustKey, role: 'drafter' | 'reviewer'): SignerEntry => ({ keyid: k.keyid, alg: k.alg, publicKey: k.publicKey, personId: k.personId, name: k.name, role })
    const [d, r, ds, rs] = fullTrust()
    const file = JSON.parse(utf8Decode(signersFileBytes([entry(rs, 'reviewer'), entry(ds, 'drafter'), entry(r, 'reviewer'), entry(d, 'drafter')]))) as { signers: SignerEntry[] }
    expect(file.signers.map((s) => [s.role, s.alg])).toEqual([
      ['drafter', 'ed25519'],
      ['drafter', 'sm2'],
      ['reviewer', 'ed25519'],
      ['reviewer', 'sm2'],
    ])
    expect(() => signersFileBytes([{ ...entry(ds, 'drafter'), publicKey: base64Encode(new Uint8Array(65)) }])).toThrow()
  })
})
