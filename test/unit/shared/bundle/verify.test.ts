import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../../../../shared/crypto/bytes'
import { bundlePaths } from '../../../../shared/bundle/layout'
import { PAYLOAD_TYPE, parseEnvelope, envelopeBytes } from '../../../../shared/bundle/dsse'
import { canonicalBytes } from '../../../../shared/bundle/jcs'
import { makeStatement, subjectsOf } from '../../../../shared/bundle/statement'
import { checkIds, verifyBundle } from '../../../../shared/bundle/verify'
import { FUTURE_TOLERANCE_MS } from '../../../../shared/bundle/verify-signers'
import { nodeDigests, signEd25519 } from '../../../../electron/services/bundle/node-crypto'
import { pae } from '../../../../shared/bundle/dsse'
import { base64Encode } from '../../../../shared/crypto/base64'
import { verifyReasonText } from '../../../../shared/bundle/verify-reasons'
import {
  approvalPredicate,
  bundle,
  content,
  draftPredicate,
  envelope,
  failing,
  key,
  reasonOf,
  statementPayload,
  trust,
  trustKey,
  verify,
} from './fixture'

const drafter = key('u-li', '李四', ['drafter'])
const reviewer = key('u-wang', '王五', ['reviewer'])
const goodTrust = trust(trustKey(drafter), trustKey(reviewer))
const signerChecks = ['signers.identity', 'roles', 'distinct.persons', 'keys.valid']

/** Files with both envelopes rebuilt from `files`' content and the given predicates. */
function withEnvelopes(files: Map<string, Uint8Array>, draftPayload: Uint8Array, approvalOf: (draftEnv: Uint8Array) => Uint8Array): Map<string, Uint8Array> {
  const draftEnv = envelope(drafter, draftPayload)
  const approvalEnv = approvalOf(draftEnv) // before the envelopes join `files`: they are not subjects
  files.set(bundlePaths.draftEnvelope, draftEnv)
  files.set(bundlePaths.approvalEnvelope, approvalEnv)
  return files
}

describe('verifyBundle: a good bundle', () => {
  it('passes every check, reported in the stable order with a reason each', () => {
    const r = verify(bundle(drafter, reviewer), goodTrust, new Date('2026-06-01T00:00:00Z'))
    expect(r.checks.map((c) => c.id)).toEqual([...checkIds])
    expect(failing(r)).toEqual([])
    expect(r.ok).toBe(true)
    for (const c of r.checks) expect(verifyReasonText(c.reasons)['zh-CN'].length * verifyReasonText(c.reasons).en.length).toBeGreaterThan(0)
  })

  // Before SM2 co-signatures existed, other signatures were ignored; now an unchecked one fails its envelope
  // (a reader must not believe in a 国密 signature no one verified). See sm2-cosignature.test.ts.
  it('refuses a second signature by a key outside the trust list, and only in that envelope’s check', () => {
    const files = bundle(drafter, reviewer)
    const env = parseEnvelope(files.get(bundlePaths.approvalEnvelope) ?? new Uint8Array())
    if (!env.ok) throw new Error('fixture')
    env.value.envelope.signatures.push({ keyid: 'sm2:' + 'c'.repeat(64), sig: base64Encode(new Uint8Array(64)) })
    const approvalEnv = envelopeBytes(env.value.envelope)
    files.set(bundlePaths.approvalEnvelope, approvalEnv)
    const r = verify(files, goodTrust)
    expect(failing(r)).toEqual(['approval.signature'])
    expect(reasonOf(r, 'approval.signature')).toContain('不在信任列表中')
  })

  it('accepts a reviewer who also holds the drafter role', () => {
    const both = key('u-zhao', '赵六', ['drafter', 'reviewer'])
    expect(failing(verify(bundle(drafter, both), trust(trustKey(drafter), trustKey(both))))).toEqual([])
  })
})

describe('verifyBundle: the trust list', () => {
  it('refuses a trust list whose keyid is not its key’s hash, and verifies no signature against it', () => {
    const bad = trust(trustKey(drafter), trustKey(reviewer, { keyid: drafter.keyid.replace(/^./, (c) => (c === '0' ? '1' : '0')) }))
    const r = verify(bundle(drafter, reviewer), bad)
    expect(failing(r)).toEqual(['trust', 'draft.signature', 'approval.signature', ...signerChecks])
    expect(reasonOf(r, 'trust')).toMatch(/与其公钥不符/)
    expect(reasonOf(r, 'draft.signature')).toMatch(/^未能检查/)
  })

  it('refuses something that is not a trust list', () => {
    expect(failing(verify(bundle(drafter, reviewer), 'trust.json'))[0]).toBe('trust')
  })

  it('gives roles only by name: admin alone may neither draft nor review', () => {
    const r = verify(bundle(drafter, reviewer), trust(trustKey(drafter, { roles: ['admin'] }), trustKey(reviewer)))
    expect(failing(r)).toEqual(['roles'])
    expect(reasonOf(r, 'roles')).toContain('「drafter」')
  })

  it('refuses a key that was not yet valid when it signed', () => {
    const r = verify(bundle(drafter, reviewer), trust(trustKey(drafter, { validFrom: '2026-05-06T01:00:01Z' }), trustKey(reviewer)))
    expect(failing(r)).toEqual(['keys.valid'])
    expect(reasonOf(r, 'keys.valid')).toContain('尚未生效')
  })
})

describe('verifyBundle: envelopes', () => {
  it('fails every check that needs an envelope when there are none, and still checks the trust list', () => {
    const r = verify(content(), goodTrust)
    expect(failing(r)).toEqual(checkIds.filter((id) => id !== 'trust'))
    expect(reasonOf(r, 'format')).toContain('缺少拟稿签名信封 attest/draft.dsse.json')
  })

  it('refuses envelopes swapped between draft and approval', () => {
    const files = bundle(drafter, reviewer)
    const d = files.get(bundlePaths.draftEnvelope) ?? new Uint8Array()
    files.set(bundlePaths.draftEnvelope, files.get(bundlePaths.approvalEnvelope) ?? new Uint8Array())
    files.set(bundlePaths.approvalEnvelope, d)
    const r = verify(files, goodTrust)
    expect(failing(r)).toContain('format')
    expect(reasonOf(r, 'format')).toContain('声明角色是「reviewer」')
  })

  it('refuses a payload that is signed but not canonical JSON', () => {
    const files = content()
    const pretty = utf8Encode(JSON.stringify(makeStatement(subjectsOf(files, nodeDigests), draftPredicate(drafter)), null, 2))
    const r = verify(
      withEnvelopes(files, pretty, (d) => envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, d)))),
      goodTrust,
    )
    expect(failing(r)).toEqual(['format'])
    expect(reasonOf(r, 'format')).toContain('RFC 8785')
  })

  it('refuses a payload with duplicate keys (parsers disagree on which one wins)', () => {
    const files = content()
    const text = new TextDecoder().decode(statementPayload(files, draftPredicate(drafter)))
    const dup = utf8Encode(text.replace('{"_type"', '{"_type":"https://example.com/other","_type"'))
    const r = verify(withEnvelopes(files, dup, (d) => envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, d)))), goodTrust)
    expect(failing(r)).toEqual(['format'])
  })

  it.each([
    ['_type', { _type: 'https://in-toto.io/Statement/v0.1' }, 'in-toto Statement v1'],
    ['predicateType', { predicateType: 'https://slsa.dev/provenance/v1' }, 'https://slsa.dev/provenance/v1'],
  ])('refuses a signed statement with the wrong %s', (_name, over, text) => {
    const files = content()
    const statement = { ...makeStatement(subjectsOf(files, nodeDigests), draftPredicate(drafter)), ...over }
    const r = verify(withEnvelopes(files, canonicalBytes(statement), (d) => envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, d)))), goodTrust)
    expect(failing(r)).toEqual(['format'])
    expect(reasonOf(r, 'format')).toContain(text)
  })

  it('refuses a signature labelled with another keyid than the declared signer’s', () => {
    const files = content()
    const r = verify(
      withEnvelopes(files, statementPayload(files, draftPredicate(drafter)), (d) =>
        envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, d)), { keyid: 'd'.repeat(64) }),
      ),
      goodTrust,
    )
    expect(failing(r)).toEqual(['approval.signature', ...signerChecks])
    expect(reasonOf(r, 'approval.signature')).toContain('没有声明的签名者')
  })

  it('refuses two signatures by the signer’s key', () => {
    const files = bundle(drafter, reviewer)
    const env = parseEnvelope(files.get(bundlePaths.draftEnvelope) ?? new Uint8Array())
    if (!env.ok) throw new Error('fixture')
    env.value.envelope.signatures.push(env.value.envelope.signatures[0])
    files.set(bundlePaths.draftEnvelope, envelopeBytes(env.value.envelope))
    const r = verify(files, goodTrust)
    expect(failing(r)).toEqual(['draft.signature', 'signers.identity', 'approval.draftDigest', 'roles', 'distinct.persons', 'keys.valid'])
  })

  it('takes only an exact true from the injected Ed25519 verifier', () => {
    const files = bundle(drafter, reviewer)
    const truthy = verifyBundle({ files, trust: goodTrust, digest: nodeDigests, verifyEd25519: () => 1 as unknown as boolean })
    expect(failing(truthy)).toContain('draft.signature')
    const throwing = verifyBundle({
      files,
      trust: goodTrust,
      digest: nodeDigests,
      verifyEd25519: () => {
        throw new Error('boom')
      },
    })
    expect(failing(throwing)).toContain('approval.signature')
  })

  it('checks the signature over the PAE of the payloadType as written', () => {
    const files = content()
    // signed as application/json but labelled in-toto: the PAE differs, so the signature fails
    const payload = statementPayload(files, draftPredicate(drafter))
    const sig = signEd25519(drafter.privateKey, pae('application/json', payload))
    const env = envelopeBytes({ payload: base64Encode(payload), payloadType: PAYLOAD_TYPE, signatures: [{ keyid: drafter.keyid, sig: base64Encode(sig) }] })
    const approvalEnv = envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, env)))
    files.set(bundlePaths.draftEnvelope, env)
    files.set(bundlePaths.approvalEnvelope, approvalEnv)
    expect(failing(verify(files, goodTrust))).toEqual(['draft.signature', ...signerChecks])
  })
})

describe('verifyBundle: files and people', () => {
  it('summarises many digest mismatches in one readable reason', () => {
    const files = content()
    for (let i = 0; i < 8; i++) files.set(`content/attachment-${i}.txt`, utf8Encode(`附件 ${i}`))
    const signed = withEnvelopes(files, statementPayload(files, draftPredicate(drafter)), (d) =>
      envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, d))),
    )
    for (let i = 0; i < 8; i++) signed.set(`content/attachment-${i}.txt`, utf8Encode(`附件 ${i}!`))
    const r = verify(signed, goodTrust)
    // signed or not, files outside the fixed layout are refused too
    expect(failing(r)).toEqual(['subjects.digest', 'subjects.complete'])
    expect(reasonOf(r, 'subjects.complete')).toContain('文件 content/attachment-0.txt 不属于签名包的任何部分')
    expect(reasonOf(r, 'subjects.digest')).toContain('另有 3 处问题')
    expect(reasonOf(r, 'subjects.digest')).toContain('文件 content/attachment-0.txt 的 SHA-256 摘要不符（内容被改动）')
  })

  it('requires the redaction report to be signed and present', () => {
    const files = content()
    files.delete(bundlePaths.redactionReport)
    const signed = withEnvelopes(files, statementPayload(files, draftPredicate(drafter)), (d) =>
      envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, d))),
    )
    const r = verify(signed, goodTrust)
    expect(failing(r)).toEqual(['subjects.complete'])
    expect(reasonOf(r, 'subjects.complete')).toContain('缺少必需的文件 report/redaction.json')
  })

  it.each([['index.html'], ['../evil.sh'], ['attest/../content/x.html'], ['content/']])('refuses the extra file %j', (name) => {
    const files = bundle(drafter, reviewer)
    files.set(name, utf8Encode('x'))
    expect(failing(verify(files, goodTrust))).toEqual(['subjects.complete'])
  })

  it('allows the unsigned parts: keys/signers.json and VERIFY.txt', () => {
    const files = bundle(drafter, reviewer)
    files.set(bundlePaths.signers, utf8Encode('{}'))
    files.set(bundlePaths.verifyText, utf8Encode('…'))
    expect(failing(verify(files, goodTrust))).toEqual([])
  })

  it('refuses a statement naming a signer id that is not the key holder', () => {
    const r = verify(bundle(drafter, reviewer, { approval: { signer: { id: 'u-other', name: '王五', keyid: reviewer.keyid } } }), goodTrust)
    expect(failing(r)).toEqual(['signers.identity'])
    expect(reasonOf(r, 'signers.identity')).toContain('「u-other」')
  })

  it('refuses an approval dated before its draft', () => {
    const r = verify(bundle(drafter, reviewer, { approval: { signedAt: '2026-05-06T00:59:59Z' } }), goodTrust)
    expect(failing(r)).toEqual(['timeline'])
  })

  it('refuses signing times in the future of the verifier’s clock, beyond the tolerance', () => {
    const files = bundle(drafter, reviewer)
    const approvalAt = Date.parse('2026-05-06T02:00:00Z')
    expect(failing(verify(files, goodTrust, new Date(approvalAt - FUTURE_TOLERANCE_MS + 1000)))).toEqual([])
    const r = verify(files, goodTrust, new Date(approvalAt - FUTURE_TOLERANCE_MS - 1000))
    expect(failing(r)).toEqual(['timeline'])
    expect(reasonOf(r, 'timeline')).toContain('本机时钟')
  })
})
