import { describe, expect, it } from 'vitest'
import { base64Encode } from '../../../shared/crypto/base64'
import { utf8Decode, utf8Encode } from '../../../shared/crypto/bytes'
import { envelopeBytes, makeEnvelope, pae, parseEnvelope, PAYLOAD_TYPE } from '../../../shared/bundle/dsse'
import { bundlePaths } from '../../../shared/bundle/layout'
import { makeStatement, statementBytes, subjectsOf, type ApprovalPredicate } from '../../../shared/bundle/statement'
import type { TrustList } from '../../../shared/bundle/trust'
import { verifyBundle, type CheckId, type VerifyResult } from '../../../shared/bundle/verify'
import { buildBundle } from '../../../electron/services/bundle/build'
import { nodeDigests, sha256Hex, signEd25519, verifyEd25519 } from '../../../electron/services/bundle/node-crypto'
import { readZip, writeZip, ZipError } from '../../../electron/services/bundle/zip'
import { approvalPredicate, contentFiles, draftPredicate, person, signerEntry, trustKey, trustList, type Person } from './world'
import { verifyReasonText } from '../../../shared/bundle/verify-reasons'

/**
 * Each attack on a real bundle (two real Ed25519 keys, real zip) is refused, and refused by the check that names
 * it. Expected lists are exact: a check that fails only because it could not be made ("not checked") is listed too.
 */

const drafter = person('u-li', '李四', ['drafter'])
const reviewer = person('u-wang', '王五', ['reviewer'])
const trust = trustList([trustKey(drafter), trustKey(reviewer)])
const signers = [signerEntry(drafter, 'drafter'), signerEntry(reviewer, 'reviewer')]
/** what fails, besides the signature itself, when a signature cannot be verified */
const unverifiedSigner: CheckId[] = ['signers.identity', 'roles', 'distinct.persons', 'keys.valid']

function bundle(noticeId = 'n-2026-0001', content = contentFiles()): Map<string, Uint8Array> {
  const zip = buildBundle({
    contentFiles: content,
    draftPredicate: draftPredicate(drafter, { noticeId }),
    drafterKey: drafter,
    approval: { predicateWithoutDigest: approvalPredicate(reviewer), reviewerKey: reviewer },
    signers,
  })
  return readZip(zip)
}

/** Verifies after a trip through the zip writer and reader, as a publisher would receive it. */
function verify(files: ReadonlyMap<string, Uint8Array>, trustList: TrustList = trust, zip = true): VerifyResult {
  const read = zip ? readZip(writeZip(files)) : files
  return verifyBundle({ files: read, trust: trustList, digest: nodeDigests, verifyEd25519, now: new Date('2026-06-01T00:00:00Z') })
}

const failing = (r: VerifyResult): CheckId[] => r.checks.filter((c) => !c.ok).map((c) => c.id)
const reason = (r: VerifyResult, id: CheckId): string => {
  const c = r.checks.find((x) => x.id === id)
  return c ? `${verifyReasonText(c.reasons)['zh-CN']} | ${verifyReasonText(c.reasons).en}` : ''
}

const get = (files: ReadonlyMap<string, Uint8Array>, name: string): Uint8Array => {
  const b = files.get(name)
  if (!b) throw new Error(`fixture lacks ${name}`)
  return b
}

const contentOf = (files: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> =>
  new Map([...files].filter(([name]) => name.startsWith('content/') || name.startsWith('report/')))

/** A fresh approval envelope over `files`' content, signed by `signer` with whatever predicate and type the attacker likes. */
function forgeApproval(
  files: ReadonlyMap<string, Uint8Array>,
  signer: Person,
  opts: { predicate?: Partial<ApprovalPredicate>; payloadType?: string; keyid?: string } = {},
): Uint8Array {
  const predicate: ApprovalPredicate = {
    ...approvalPredicate(signer),
    draftEnvelopeSha256: sha256Hex(get(files, bundlePaths.draftEnvelope)),
    ...opts.predicate,
  }
  const payload = statementBytes(makeStatement(subjectsOf(contentOf(files), nodeDigests), predicate))
  const type = opts.payloadType ?? PAYLOAD_TYPE
  return envelopeBytes(makeEnvelope(type, payload, [{ keyid: opts.keyid ?? signer.keyid, sig: signEd25519(signer.privateKey, pae(type, payload)) }]))
}

function withFile(files: ReadonlyMap<string, Uint8Array>, name: string, bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(files).set(name, bytes)
}

describe('a genuine bundle', () => {
  it('passes every check', () => {
    const r = verify(bundle())
    expect(failing(r)).toEqual([])
    expect(r.ok).toBe(true)
  })
})

describe('tampering is refused by the check that names it', () => {
  it('any byte of any signed file changed → subjects.digest', () => {
    const files = bundle()
    let cases = 0
    for (const name of [bundlePaths.html, bundlePaths.txt, bundlePaths.redactionReport]) {
      const original = get(files, name)
      for (let i = 0; i < original.length; i++) {
        const changed = original.slice()
        changed[i] ^= 0x01
        const r = verify(withFile(files, name, changed), trust, false)
        expect(failing(r), `${name} byte ${i}`).toEqual(['subjects.digest'])
        cases++
      }
    }
    const r = verify(withFile(files, bundlePaths.txt, utf8Encode(utf8Decode(get(files, bundlePaths.txt)).replace('欧阳**', '欧阳娜娜'))))
    expect(reason(r, 'subjects.digest')).toContain('文件 content/notice.txt 的 SHA-256 摘要不符（内容被改动）')
    expect(cases).toBeGreaterThan(300)
  })

  it.each([bundlePaths.html, bundlePaths.txt, bundlePaths.redactionReport])('a file dropped (%s) → subjects.complete', (name) => {
    const files = bundle()
    files.delete(name)
    const r = verify(files)
    expect(failing(r)).toEqual(['subjects.complete'])
    expect(reason(r, 'subjects.complete')).toContain(`${name} 不在包中（文件被删除）`)
  })

  it.each(['content/notice-2.html', 'report/extra.json', 'index.html', 'keys/../content/x.html'])('a file added (%s) → subjects.complete', (name) => {
    const files = withFile(bundle(), name, utf8Encode('<script>alert(1)</script>'))
    const r = verify(files, trust, !name.includes('..'))
    expect(failing(r)).toEqual(['subjects.complete'])
    expect(reason(r, 'subjects.complete')).toContain('文件被添加')
  })

  it('another notice’s approval swapped in → subjects.identical and approval.draftDigest', () => {
    const other = bundle('n-2026-0002', contentFiles(1))
    const r = verify(withFile(bundle(), bundlePaths.approvalEnvelope, get(other, bundlePaths.approvalEnvelope)))
    expect(failing(r)).toEqual(['subjects.identical', 'approval.draftDigest'])
    expect(reason(r, 'approval.draftDigest')).toContain('审核意见来自另一份稿件')
  })

  it('the approval of another notice with the very same files swapped in → approval.draftDigest', () => {
    const other = bundle('n-2026-0002')
    const r = verify(withFile(bundle(), bundlePaths.approvalEnvelope, get(other, bundlePaths.approvalEnvelope)))
    expect(failing(r)).toEqual(['approval.draftDigest'])
  })

  it('the approval’s signature replaced by the drafter’s → approval.signature', () => {
    const files = bundle()
    const env = parseEnvelope(get(files, bundlePaths.approvalEnvelope))
    if (!env.ok) throw new Error('fixture')
    const sig = base64Encode(signEd25519(drafter.privateKey, pae(PAYLOAD_TYPE, env.value.payload)))
    for (const keyid of [drafter.keyid, reviewer.keyid]) {
      const forged = envelopeBytes({ ...env.value.envelope, signatures: [{ keyid, sig }] })
      const r = verify(withFile(files, bundlePaths.approvalEnvelope, forged))
      expect(failing(r)).toEqual(['approval.signature', ...unverifiedSigner])
    }
  })

  it('the approval re-signed by the drafter as the signer → roles and distinct.persons', () => {
    const files = bundle()
    const forged = forgeApproval(files, drafter)
    const r = verify(withFile(files, bundlePaths.approvalEnvelope, forged))
    expect(failing(r)).toEqual(['roles', 'distinct.persons'])
    expect(reason(r, 'distinct.persons')).toContain('同一把密钥')
    // even when the drafter also holds the reviewer role
    const both = trustList([trustKey(drafter, { roles: ['drafter', 'reviewer'] }), trustKey(reviewer)])
    expect(failing(verify(withFile(files, bundlePaths.approvalEnvelope, forged), both))).toEqual(['distinct.persons'])
  })

  it('a key superseded before it signed → keys.valid; superseded after signing still verifies', () => {
    const files = bundle()
    const revokedBefore = trustList([trustKey(drafter), trustKey(reviewer, { revokedAt: '2026-05-06T03:00:00Z', revocationReason: 'superseded' })])
    const r = verify(files, revokedBefore)
    expect(failing(r)).toEqual(['keys.valid'])
    expect(reason(r, 'keys.valid')).toContain('已被吊销（吊销于 2026-05-06T03:00:00Z）')
    const revokedAfter = trustList([trustKey(drafter), trustKey(reviewer, { revokedAt: '2026-05-20T00:00:00Z', revocationReason: 'superseded' })])
    expect(failing(verify(files, revokedAfter))).toEqual([])
  })

  it('a key revoked as compromised → keys.valid, even for a signature dated (backdated) before the revocation', () => {
    const files = bundle()
    // the approval says 2026-05-06; the key was reported stolen on 2026-05-20
    const compromised = trustList([trustKey(drafter), trustKey(reviewer, { revokedAt: '2026-05-20T00:00:00Z', revocationReason: 'compromised' })])
    const r = verify(files, compromised)
    expect(failing(r)).toEqual(['keys.valid'])
    expect(reason(r, 'keys.valid')).toContain('王五 的密钥在审核签名时间')
    expect(reason(r, 'keys.valid')).toContain('已泄露并被吊销（吊销于 2026-05-20T00:00:00Z）')
    // a thief re-signs the approval with a date long before anything was revoked: still refused
    const backdated = forgeApproval(files, reviewer, { predicate: { signedAt: '2026-05-06T02:00:00Z' } })
    expect(failing(verify(withFile(files, bundlePaths.approvalEnvelope, backdated), compromised))).toEqual(['keys.valid'])
  })

  it('a revokedAt without a reason (a trust list from before reasons) is read as compromised, the safe default', () => {
    const old = trustList([trustKey(drafter), trustKey(reviewer, { revokedAt: '2026-05-20T00:00:00Z' })])
    const r = verify(bundle(), old)
    expect(failing(r)).toEqual(['keys.valid'])
    expect(reason(r, 'keys.valid')).toContain('已泄露')
  })

  it('an unknown key (not in the trust list) → approval.signature, even with its key put in keys/signers.json', () => {
    const stranger = person('u-x', '某人', ['reviewer'])
    let files = bundle()
    files = withFile(files, bundlePaths.approvalEnvelope, forgeApproval(files, stranger))
    files = withFile(files, bundlePaths.signers, utf8Encode(JSON.stringify({ signers: [signerEntry(drafter, 'drafter'), signerEntry(stranger, 'reviewer')] })))
    const r = verify(files)
    expect(failing(r)).toEqual(['approval.signature', ...unverifiedSigner])
    expect(reason(r, 'approval.signature')).toContain('不在信任列表中')
  })

  it('an expired key → keys.valid', () => {
    const r = verify(bundle(), trustList([trustKey(drafter, { validUntil: '2026-05-01T00:00:00Z' }), trustKey(reviewer)]))
    expect(failing(r)).toEqual(['keys.valid'])
    expect(reason(r, 'keys.valid')).toContain('已过期')
  })

  it('the same person with two keys as drafter and reviewer → distinct.persons', () => {
    const secondKey = person(drafter.personId, drafter.name, ['reviewer'])
    const files = bundle()
    const forged = forgeApproval(files, secondKey)
    const r = verify(withFile(files, bundlePaths.approvalEnvelope, forged), trustList([trustKey(drafter), trustKey(reviewer), trustKey(secondKey)]))
    expect(failing(r)).toEqual(['distinct.persons'])
    expect(reason(r, 'distinct.persons')).toContain('同一人（李四）用两把密钥')
  })

  it('the draft envelope changed → approval.draftDigest (re-serialised, re-signed) or draft.signature too (payload edited)', () => {
    const files = bundle()
    const draft = get(files, bundlePaths.draftEnvelope)
    // same signature, different bytes: whitespace only
    const pretty = utf8Encode(JSON.stringify(JSON.parse(utf8Decode(draft)), null, 2))
    expect(failing(verify(withFile(files, bundlePaths.draftEnvelope, pretty)))).toEqual(['approval.draftDigest'])
    // the drafter re-signs a changed title after approval
    const env = parseEnvelope(draft)
    if (!env.ok) throw new Error('fixture')
    const payload = utf8Encode(utf8Decode(env.value.payload).replace('2026年5月低保公示', '2026年6月低保公示'))
    const resigned = envelopeBytes(makeEnvelope(PAYLOAD_TYPE, payload, [{ keyid: drafter.keyid, sig: signEd25519(drafter.privateKey, pae(PAYLOAD_TYPE, payload)) }]))
    expect(failing(verify(withFile(files, bundlePaths.draftEnvelope, resigned)))).toEqual(['approval.draftDigest'])
    // someone else edits the payload: the signature breaks as well
    const edited = envelopeBytes({ ...env.value.envelope, payload: base64Encode(payload) })
    expect(failing(verify(withFile(files, bundlePaths.draftEnvelope, edited)))).toEqual([
      'draft.signature',
      'signers.identity',
      'approval.draftDigest',
      'roles',
      'distinct.persons',
      'keys.valid',
    ])
  })

  it('a wrong payloadType → format (and approval.signature when it was not re-signed)', () => {
    const files = bundle()
    const resigned = forgeApproval(files, reviewer, { payloadType: 'application/json' })
    const r = verify(withFile(files, bundlePaths.approvalEnvelope, resigned))
    expect(failing(r)).toEqual(['format'])
    expect(reason(r, 'format')).toContain('载荷类型是「application/json」')
    const env = parseEnvelope(get(files, bundlePaths.approvalEnvelope))
    if (!env.ok) throw new Error('fixture')
    const relabelled = envelopeBytes({ ...env.value.envelope, payloadType: 'application/json' })
    expect(failing(verify(withFile(files, bundlePaths.approvalEnvelope, relabelled)))).toEqual(['format', 'approval.signature', ...unverifiedSigner])
  })

  it('a zip with a ../ path is refused by the reader, and by the verifier if it got that far', () => {
    const files = withFile(bundle(), 'zz/evil.sh', utf8Encode('rm -rf /'))
    const zip = writeZip(files)
    // rename zz/evil.sh → ../evil.sh in the local header and the central directory
    const z = Buffer.from(zip)
    const from = Buffer.from('zz/evil.sh')
    let at = z.indexOf(from)
    let renamed = 0
    while (at >= 0) {
      Buffer.from('../evil.sh').copy(z, at)
      renamed++
      at = z.indexOf(from, at + 1)
    }
    expect(renamed).toBe(2)
    let error: unknown
    try {
      readZip(new Uint8Array(z))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ZipError)
    expect((error as ZipError).code).toBe('bad-name')
    const mapped = withFile(bundle(), '../evil.sh', utf8Encode('rm -rf /'))
    expect(failing(verify(mapped, trust, false))).toEqual(['subjects.complete'])
  })
})
