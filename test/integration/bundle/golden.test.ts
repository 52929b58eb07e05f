import { createHash, createPrivateKey } from 'node:crypto'
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { base64Encode } from '../../../shared/crypto/base64'
import { utf8Encode } from '../../../shared/crypto/bytes'
import { bundlePaths } from '../../../shared/bundle/layout'
import { TRUST_FORMAT, type TrustList } from '../../../shared/bundle/trust'
import { verifyBundle } from '../../../shared/bundle/verify'
import { buildBundle } from '../../../electron/services/bundle/build'
import { keyidOf, nodeDigests, rawPublicKey, verifyEd25519 } from '../../../electron/services/bundle/node-crypto'
import { readZip } from '../../../electron/services/bundle/zip'

/**
 * Format stability. A bundle built from fixed test keys (seeds derived from public strings — never real keys) and
 * fixed inputs must come out byte for byte as the committed golden file, which other programs test against.
 * After an intentional format change: UPDATE_GOLDEN=1 npx vitest run test/integration/bundle/golden.test.ts
 */

const dir = path.resolve(import.meta.dirname, '../../fixtures/bundle')
const goldenZip = path.join(dir, 'golden-v1.zip')
const goldenTrust = path.join(dir, 'golden-trust.json')

function testKey(label: string) {
  const seed = createHash('sha256').update(`countersign golden test key: ${label}`).digest()
  const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' })
  const publicKeyRaw = rawPublicKey(privateKey)
  return { privateKey, publicKeyRaw, keyid: keyidOf(publicKeyRaw) }
}

const drafter = { ...testKey('drafter'), personId: 'u-0001', name: '李四' }
const reviewer = { ...testKey('reviewer'), personId: 'u-0002', name: '王五' }
const entry = (k: typeof drafter) => ({ keyid: k.keyid, alg: 'ed25519' as const, publicKey: base64Encode(k.publicKeyRaw), personId: k.personId, name: k.name })

const trust: TrustList = {
  format: TRUST_FORMAT,
  office: '示例镇人民政府（测试）',
  keys: [
    { ...entry(drafter), roles: ['drafter'], validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', revokedAt: null },
    { ...entry(reviewer), roles: ['reviewer'], validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', revokedAt: null },
  ],
}

function build(): Uint8Array {
  return buildBundle({
    contentFiles: new Map([
      [bundlePaths.html, utf8Encode('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>低保公示</title><p>户主：欧阳**，保障金额 500 元。</p></html>\n')],
      [bundlePaths.txt, utf8Encode('低保公示\n户主：欧阳**，保障金额 500 元。\n')],
      [bundlePaths.redactionReport, utf8Encode('{"findings":[{"action":"masked","location":{"line":2},"rule":"person-name","type":"PERSON_NAME"}]}')],
    ]),
    draftPredicate: {
      role: 'drafter',
      noticeId: 'golden-0001',
      version: 1,
      title: '低保公示',
      noticeType: 'dibao',
      policy: 'dibao',
      signer: { id: drafter.personId, name: drafter.name, keyid: drafter.keyid },
      signedAt: '2026-05-06T01:00:00.000Z',
      piiCheck: { engineVersion: '1.0.0', rulesetHash: '0'.repeat(64), unresolved: 0 },
      publishUntil: '2026-05-13',
    },
    drafterKey: drafter,
    approval: {
      predicateWithoutDigest: {
        role: 'reviewer',
        decision: 'approved',
        signer: { id: reviewer.personId, name: reviewer.name, keyid: reviewer.keyid },
        signedAt: '2026-05-06T03:30:00.000Z',
        comment: '同意发布',
      },
      reviewerKey: reviewer,
    },
    signers: [
      { ...entry(drafter), role: 'drafter' },
      { ...entry(reviewer), role: 'reviewer' },
    ],
  })
}

describe('golden bundle (countersign-bundle/v1)', () => {
  it('is rebuilt byte for byte from the same keys and inputs', () => {
    const zip = build()
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.writeFileSync(goldenZip, zip)
      fs.writeFileSync(goldenTrust, `${JSON.stringify(trust, null, 2)}\n`)
    }
    expect(Buffer.from(zip).equals(fs.readFileSync(goldenZip))).toBe(true)
  })

  it('verifies against the committed golden trust list', () => {
    const files = readZip(new Uint8Array(fs.readFileSync(goldenZip)))
    const committedTrust: unknown = JSON.parse(fs.readFileSync(goldenTrust, 'utf8'))
    const r = verifyBundle({ files, trust: committedTrust, digest: nodeDigests, verifyEd25519 })
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
  })

  it('verifies with an independent implementation (Python json, OpenSSL SM3, pyca/cryptography Ed25519)', ({ skip }) => {
    const probe = spawnSync('python3', ['-c', 'import hashlib; hashlib.new("sm3"); from cryptography.hazmat.primitives.asymmetric import ed25519'], { stdio: 'ignore' })
    skip(probe.status !== 0, 'python3 with hashlib sm3 and the cryptography package is not available')
    const out = execFileSync('python3', [path.join(dir, 'verify-independent.py'), goldenZip, goldenTrust]).toString()
    expect(out.trim()).toBe('independent verification OK')
  })
})
