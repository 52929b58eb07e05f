import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '../../../shared/accounts/index'
import { base64Decode, base64Encode } from '../../../shared/crypto/base64'
import { envelopeBytes, parseEnvelope } from '../../../shared/bundle/dsse'
import { bundlePaths } from '../../../shared/bundle/layout'
import type { SignerEntry } from '../../../shared/bundle/signers'
import type { ApprovalPredicate, DraftPredicate } from '../../../shared/bundle/statement'
import type { TrustKey, TrustList } from '../../../shared/bundle/trust'
import { assembleBundle, BundleBuildError, signApproval, signDraft, type SignedEnvelope, type SigningKey, type Sm2SigningKey } from '../../../electron/services/bundle/build'
import { verifyBundleZip, type BundleFileResult } from '../../../electron/services/bundle/verify-zip'
import { readZip, writeZip } from '../../../electron/services/bundle/zip'
import { admin, createAdmin, passwords, testCore } from '../accounts/support'
import { contentFiles } from './world'
import { verifyReasonText } from '../../../shared/bundle/verify-reasons'

/**
 * The 国密 co-signature end to end: accounts made by the account service, keys unlocked with unlockSigningKeys,
 * envelopes signed and the bundle assembled by build.ts, verified against the trust list TrustExport exports.
 * Accounts and signatures are made once for the file (scrypt is slow); each test then varies the trust list or
 * the bundle bytes.
 */

type Side = { account: Account; key: SigningKey; sm2: Sm2SigningKey }
type World = {
  drafter: Side
  reviewer: Side
  files: Map<string, Uint8Array>
  draft: SignedEnvelope<DraftPredicate>
  approval: SignedEnvelope<ApprovalPredicate>
  plainDraft: SignedEnvelope<DraftPredicate>
  plainApproval: SignedEnvelope<ApprovalPredicate>
  trust: TrustList
}
let world: World

const signer = (s: Side): DraftPredicate['signer'] => ({ id: s.account.id, name: s.account.name, keyid: s.key.keyid })

function draftPredicate(s: Side, signedAt: string): DraftPredicate {
  return {
    role: 'drafter',
    noticeId: 'n-sm2-0001',
    version: 1,
    title: '2026年5月低保公示',
    noticeType: 'dibao',
    policy: 'dibao',
    signer: signer(s),
    signedAt,
    piiCheck: { engineVersion: '1.0.0', rulesetHash: 'a'.repeat(64), unresolved: 0 },
  }
}

function approvalPredicate(s: Side, signedAt: string): Omit<ApprovalPredicate, 'draftEnvelopeSha256'> {
  return { role: 'reviewer', decision: 'approved', signer: signer(s), signedAt, comment: '同意发布' }
}

beforeAll(async () => {
  const core = await testCore({ cheapKdf: true })
  try {
    await createAdmin(core)
    const li = await core.accounts.create({ login: 'li', name: '李四', roles: ['drafter'], password: passwords.drafter }, admin)
    const wang = await core.accounts.create({ login: 'wang', name: '王五', roles: ['reviewer'], password: passwords.reviewer }, admin)
    const unlock = async (account: Account, password: string): Promise<Side> => {
      const keys = await core.accounts.unlockSigningKeys(account.login, password, { sm2: true })
      if (!keys.sm2 || !account.keyid) throw new Error('expected both keys')
      return { account, key: { privateKey: keys.ed25519, keyid: account.keyid }, sm2: keys.sm2 }
    }
    core.clock.advance(60)
    const drafter = await unlock(li, passwords.drafter)
    const files = contentFiles()
    const draftAt = core.clock.now().toISOString()
    const draft = signDraft({ contentFiles: files, predicate: draftPredicate(drafter, draftAt), key: drafter.key, sm2Key: drafter.sm2 })
    const plainDraft = signDraft({ contentFiles: files, predicate: draftPredicate(drafter, draftAt), key: drafter.key })
    core.clock.advance(3600)
    const reviewer = await unlock(wang, passwords.reviewer)
    const approvalAt = core.clock.now().toISOString()
    const approval = signApproval({ contentFiles: files, draftEnvelope: draft.bytes, predicate: approvalPredicate(reviewer, approvalAt), key: reviewer.key, sm2Key: reviewer.sm2 })
    const plainApproval = signApproval({ contentFiles: files, draftEnvelope: plainDraft.bytes, predicate: approvalPredicate(reviewer, approvalAt), key: reviewer.key })
    world = { drafter, reviewer, files, draft, approval, plainDraft, plainApproval, trust: core.trust.build('铜陵市郊区白马镇人民政府') }
  } finally {
    core.close()
  }
})

/** keys/signers.json entries for the two people: their Ed25519 keys and, unless `ed25519Only`, their SM2 keys. */
function signers(ed25519Only = false): SignerEntry[] {
  const roleOf = (k: TrustKey): 'drafter' | 'reviewer' => (k.personId === world.drafter.account.id ? 'drafter' : 'reviewer')
  return world.trust.keys
    .filter((k) => (k.personId === world.drafter.account.id || k.personId === world.reviewer.account.id) && (!ed25519Only || k.alg === 'ed25519'))
    .map((k) => ({ keyid: k.keyid, alg: k.alg, publicKey: k.publicKey, personId: k.personId, name: k.name, role: roleOf(k) }))
}

function zip(draft = world.draft.bytes, approval = world.approval.bytes, list = signers()): Uint8Array {
  return assembleBundle({ contentFiles: world.files, draftEnvelope: draft, approvalEnvelope: approval, signers: list })
}

/** The trust list with the key `keyid` changed (or, for null, removed). */
function trustWith(keyid: string, change: ((k: TrustKey) => TrustKey) | null): TrustList {
  return { ...world.trust, keys: world.trust.keys.flatMap((k) => (k.keyid !== keyid ? [k] : change ? [change(k)] : [])) }
}

const failing = (r: BundleFileResult): string[] => r.checks.filter((c) => !c.ok).map((c) => c.id)
const reasonOf = (r: BundleFileResult, id: string): string => {
  const c = r.checks.find((x) => x.id === id)
  return c ? `${verifyReasonText(c.reasons)['zh-CN']} | ${verifyReasonText(c.reasons).en}` : ''
}

/** The bundle with the SM2 signature of one envelope altered in its last byte (still well-formed DER). */
function corruptSm2(bundle: Uint8Array, path: string, keyid: string): Uint8Array {
  const files = readZip(bundle)
  const env = parseEnvelope(files.get(path) ?? new Uint8Array())
  if (!env.ok) throw new Error('fixture')
  env.value.envelope.signatures = env.value.envelope.signatures.map((s) => {
    if (s.keyid !== keyid) return s
    const der = base64Decode(s.sig)
    der[der.length - 1] ^= 0x01
    return { ...s, sig: base64Encode(der) }
  })
  files.set(path, envelopeBytes(env.value.envelope))
  return writeZip(files)
}

describe('bundle with SM2 co-signatures, keys from the account service', () => {
  it('carries both signatures in each envelope and verifies against the exported trust list', () => {
    const bundle = zip()
    const r = verifyBundleZip(bundle, world.trust)
    expect(failing(r)).toEqual([])
    expect(reasonOf(r, 'draft.signature')).toContain('SM2 国密签名')
    expect(reasonOf(r, 'approval.signature')).toContain('with a valid SM2 co-signature')
    const files = readZip(bundle)
    for (const [path, side] of [
      [bundlePaths.draftEnvelope, world.drafter],
      [bundlePaths.approvalEnvelope, world.reviewer],
    ] as const) {
      const env = parseEnvelope(files.get(path) ?? new Uint8Array())
      expect(env.ok && env.value.envelope.signatures.map((s) => s.keyid)).toEqual([side.key.keyid, side.sm2.keyid])
    }
    const listed = JSON.parse(new TextDecoder().decode(files.get(bundlePaths.signers))) as { signers: SignerEntry[] }
    expect(listed.signers.map((s) => [s.role, s.alg])).toEqual([
      ['drafter', 'ed25519'],
      ['drafter', 'sm2'],
      ['reviewer', 'ed25519'],
      ['reviewer', 'sm2'],
    ])
  })

  it.each([
    ['the drafter’s SM2 key is not in the trust list', () => trustWith(world.drafter.sm2.keyid, null), 'draft.signature', '不在信任列表中'],
    [
      'the reviewer’s SM2 key was revoked before the approval was signed',
      () => trustWith(world.reviewer.sm2.keyid, (k) => ({ ...k, revokedAt: world.draft.statement.predicate.signedAt })),
      'approval.signature',
      '王五 的 SM2 国密密钥在审核签名时间',
    ],
    [
      'the drafter’s SM2 key belongs to another person',
      () => trustWith(world.drafter.sm2.keyid, (k) => ({ ...k, personId: world.reviewer.account.id, name: world.reviewer.account.name })),
      'draft.signature',
      '属于 王五，不是签名者 李四',
    ],
  ])('fails when %s, with that reason and nothing else', (_name, trust, check, reason) => {
    const r = verifyBundleZip(zip(), trust())
    expect(failing(r)).toEqual([check])
    expect(reasonOf(r, check)).toContain(reason)
  })

  it('fails on a corrupted SM2 signature', () => {
    const approvalBad = verifyBundleZip(corruptSm2(zip(), bundlePaths.approvalEnvelope, world.reviewer.sm2.keyid), world.trust)
    expect(failing(approvalBad)).toEqual(['approval.signature'])
    expect(reasonOf(approvalBad, 'approval.signature')).toContain('审核信封中的 SM2 国密签名无效')
    // the approval binds the draft envelope's bytes, so a changed draft envelope also breaks that link
    const draftBad = verifyBundleZip(corruptSm2(zip(), bundlePaths.draftEnvelope, world.drafter.sm2.keyid), world.trust)
    expect(failing(draftBad)).toEqual(['draft.signature', 'approval.draftDigest'])
    expect(reasonOf(draftBad, 'draft.signature')).toContain('The SM2 co-signature in the draft envelope is invalid')
  })

  it('verifies a bundle without SM2 signatures exactly as before, with or without SM2 keys in the trust list', () => {
    const plain = zip(world.plainDraft.bytes, world.plainApproval.bytes, signers(true))
    const withSm2Keys = verifyBundleZip(plain, world.trust)
    const withoutSm2Keys = verifyBundleZip(plain, { ...world.trust, keys: world.trust.keys.filter((k) => k.alg === 'ed25519') })
    expect(failing(withSm2Keys)).toEqual([])
    expect(failing(withoutSm2Keys)).toEqual([])
    expect(reasonOf(withSm2Keys, 'draft.signature')).toBe(`拟稿签名有效，签名者 李四（密钥 ${world.drafter.key.keyid.slice(0, 16)}…） | The draft signature is valid, signed by 李四 (key ${world.drafter.key.keyid.slice(0, 16)}…)`)
    const env = parseEnvelope(world.plainApproval.bytes)
    expect(env.ok && env.value.envelope.signatures).toHaveLength(1)
  })

  it('refuses to assemble a co-signed bundle whose signers file lacks the SM2 keys (it would not verify)', () => {
    expect(() => zip(world.draft.bytes, world.approval.bytes, signers(true))).toThrow(BundleBuildError)
    expect(() => zip(world.draft.bytes, world.approval.bytes, signers(true))).toThrow(/draft\.signature: .*not in the trust list/)
  })

  it('refuses a mislabelled SM2 key and a reviewer co-signing with the drafter’s SM2 key', () => {
    const { drafter, reviewer, files } = world
    const mislabelled = (): unknown => signDraft({ contentFiles: files, predicate: draftPredicate(drafter, '2026-03-02T08:01:00.000Z'), key: drafter.key, sm2Key: { ...drafter.sm2, keyid: reviewer.sm2.keyid } })
    expect(mislabelled).toThrow(expect.objectContaining({ code: 'wrong-key', message: expect.stringContaining('SM2 private key does not match') as unknown }) as Error)
    const borrowed = (): unknown =>
      signApproval({ contentFiles: files, draftEnvelope: world.draft.bytes, predicate: approvalPredicate(reviewer, '2026-03-02T09:01:00.000Z'), key: reviewer.key, sm2Key: drafter.sm2 })
    expect(borrowed).toThrow(expect.objectContaining({ code: 'same-signer' }) as Error)
  })
})
