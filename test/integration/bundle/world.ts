import { base64Encode } from '../../../shared/crypto/base64'
import { utf8Encode } from '../../../shared/crypto/bytes'
import { bundlePaths } from '../../../shared/bundle/layout'
import type { SignerEntry } from '../../../shared/bundle/signers'
import type { ApprovalPredicate, DraftPredicate } from '../../../shared/bundle/statement'
import { TRUST_FORMAT, type TrustKey, type TrustList } from '../../../shared/bundle/trust'
import { generateSigningKey } from '../../../electron/services/bundle/node-crypto'
import type { SigningKey } from '../../../electron/services/bundle/build'

/** A person with an Ed25519 key, as the accounts service will hold them. */
export type Person = SigningKey & { publicKeyRaw: Uint8Array; personId: string; name: string; roles: string[] }

export function person(personId: string, name: string, roles: string[]): Person {
  const k = generateSigningKey()
  return { ...k, personId, name, roles }
}

/** The trust-list entry of a person's key, valid from 2026-01-01 with no expiry unless overridden. */
export function trustKey(p: Person, over: Partial<TrustKey> = {}): TrustKey {
  return {
    keyid: p.keyid,
    alg: 'ed25519',
    publicKey: base64Encode(p.publicKeyRaw),
    personId: p.personId,
    name: p.name,
    roles: p.roles,
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: null,
    revokedAt: null,
    ...over,
  }
}

export function trustList(keys: TrustKey[]): TrustList {
  return { format: TRUST_FORMAT, office: '铜陵市郊区白马镇人民政府', keys }
}

export function signerEntry(p: Person, role: 'drafter' | 'reviewer'): SignerEntry {
  const { keyid, alg, publicKey, personId, name } = trustKey(p)
  return { keyid, alg, publicKey, personId, name, role }
}

/** The rendered files of a small 低保 notice (already redacted). */
export function contentFiles(extraRows = 0): Map<string, Uint8Array> {
  const rows = Array.from({ length: 3 + extraRows }, (_, i) => `<tr><td>${i + 1}</td><td>欧阳**</td><td>王岗村${(i % 20) + 1}组****</td><td>500</td></tr>`)
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>低保公示</title><style>td{border:1px solid}</style></head><body><h1>2026年5月低保公示</h1><table>${rows.join('\n')}</table></body></html>`
  const txt = `2026年5月低保公示\n${rows.map((r) => r.replace(/<[^>]+>/g, '\t').replace(/\t+/g, '\t').trim()).join('\n')}\n`
  const report = JSON.stringify({ findings: [{ type: 'PERSON_NAME', rule: 'person-name', action: 'masked', location: { line: 2 } }] })
  return new Map([
    [bundlePaths.html, utf8Encode(html)],
    [bundlePaths.txt, utf8Encode(txt)],
    [bundlePaths.redactionReport, utf8Encode(report)],
  ])
}

export function draftPredicate(p: Person, over: Partial<DraftPredicate> = {}): DraftPredicate {
  return {
    role: 'drafter',
    noticeId: 'n-2026-0001',
    version: 3,
    title: '2026年5月低保公示',
    noticeType: 'dibao',
    policy: 'dibao',
    signer: { id: p.personId, name: p.name, keyid: p.keyid },
    signedAt: '2026-05-06T01:00:00.000Z',
    piiCheck: { engineVersion: '1.0.0', rulesetHash: 'a'.repeat(64), unresolved: 0 },
    publishUntil: '2026-05-13',
    ...over,
  }
}

export function approvalPredicate(p: Person, over: Partial<ApprovalPredicate> = {}): Omit<ApprovalPredicate, 'draftEnvelopeSha256'> {
  return {
    role: 'reviewer',
    decision: 'approved',
    signer: { id: p.personId, name: p.name, keyid: p.keyid },
    signedAt: '2026-05-06T03:30:00.000Z',
    comment: '同意发布',
    ...over,
  }
}
