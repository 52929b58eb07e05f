import { base64Encode } from '../../../../shared/crypto/base64'
import { utf8Encode } from '../../../../shared/crypto/bytes'
import { envelopeBytes, makeEnvelope, pae, PAYLOAD_TYPE } from '../../../../shared/bundle/dsse'
import { canonicalBytes } from '../../../../shared/bundle/jcs'
import { bundlePaths } from '../../../../shared/bundle/layout'
import { makeStatement, type ApprovalPredicate, type DraftPredicate } from '../../../../shared/bundle/statement'
import { TRUST_FORMAT, type TrustKey, type TrustList } from '../../../../shared/bundle/trust'
import { verifyBundle, type VerifyResult } from '../../../../shared/bundle/verify'
import { generateSigningKey, nodeDigests, sha256Hex, signEd25519, verifyEd25519 } from '../../../../electron/services/bundle/node-crypto'
import { verifyReasonText } from '../../../../shared/bundle/verify-reasons'

/**
 * Hand-built bundles for the verifier's unit tests. Built from the pure pieces (not build.ts), so a test can make
 * exactly the malformed envelope it needs.
 */

export type Key = ReturnType<typeof generateSigningKey> & { personId: string; name: string; roles: string[] }

export function key(personId: string, name: string, roles: string[]): Key {
  return { ...generateSigningKey(), personId, name, roles }
}

export function trustKey(k: Key, over: Partial<TrustKey> = {}): TrustKey {
  return {
    keyid: k.keyid,
    alg: 'ed25519',
    publicKey: base64Encode(k.publicKeyRaw),
    personId: k.personId,
    name: k.name,
    roles: k.roles,
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: null,
    revokedAt: null,
    ...over,
  }
}

export const trust = (...keys: TrustKey[]): TrustList => ({ format: TRUST_FORMAT, office: '白马镇', keys })

export const content = (): Map<string, Uint8Array> =>
  new Map([
    [bundlePaths.html, utf8Encode('<!doctype html><p>公示：欧阳**</p>')],
    [bundlePaths.txt, utf8Encode('公示：欧阳**\n')],
    [bundlePaths.redactionReport, utf8Encode('{"findings":[{"type":"PERSON_NAME","action":"masked"}]}')],
  ])

export function draftPredicate(k: Key, over: Partial<DraftPredicate> = {}): DraftPredicate {
  return {
    role: 'drafter',
    noticeId: 'n-1',
    version: 1,
    title: '公示',
    noticeType: 'dibao',
    policy: 'dibao',
    signer: { id: k.personId, name: k.name, keyid: k.keyid },
    signedAt: '2026-05-06T01:00:00Z',
    piiCheck: { engineVersion: '1.0.0', rulesetHash: 'b'.repeat(64), unresolved: 0 },
    ...over,
  }
}

export function approvalPredicate(k: Key, draftEnvelope: Uint8Array, over: Partial<ApprovalPredicate> = {}): ApprovalPredicate {
  return {
    role: 'reviewer',
    decision: 'approved',
    signer: { id: k.personId, name: k.name, keyid: k.keyid },
    signedAt: '2026-05-06T02:00:00Z',
    draftEnvelopeSha256: sha256Hex(draftEnvelope),
    comment: '',
    ...over,
  }
}

/** An envelope over `payload` signed by `signer`, labelled with `keyid` (the signer's unless given). */
export function envelope(signer: Key, payload: Uint8Array, opts: { payloadType?: string; keyid?: string } = {}): Uint8Array {
  const type = opts.payloadType ?? PAYLOAD_TYPE
  const sig = signEd25519(signer.privateKey, pae(type, payload))
  return envelopeBytes(makeEnvelope(type, payload, [{ keyid: opts.keyid ?? signer.keyid, sig }]))
}

export function statementPayload(files: ReadonlyMap<string, Uint8Array>, predicate: DraftPredicate | ApprovalPredicate): Uint8Array {
  // by hand, not subjectsOf (which signs only the layout's files): an attacker may sign whatever names they like
  const subjects = [...files]
    .map(([name, bytes]) => ({ name, digest: { sha256: nodeDigests.sha256(bytes), sm3: nodeDigests.sm3(bytes) } }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return canonicalBytes(makeStatement(subjects, predicate))
}

/** A valid bundle (as a file map) by `drafter` and `reviewer`, with optional predicate changes. */
export function bundle(drafter: Key, reviewer: Key, over: { draft?: Partial<DraftPredicate>; approval?: Partial<ApprovalPredicate> } = {}): Map<string, Uint8Array> {
  const files = content()
  const draftEnv = envelope(drafter, statementPayload(files, draftPredicate(drafter, over.draft)))
  const approvalEnv = envelope(reviewer, statementPayload(files, approvalPredicate(reviewer, draftEnv, over.approval)))
  files.set(bundlePaths.draftEnvelope, draftEnv)
  files.set(bundlePaths.approvalEnvelope, approvalEnv)
  return files
}

export function verify(files: ReadonlyMap<string, Uint8Array>, trustList: unknown, now?: Date): VerifyResult {
  return verifyBundle({ files, trust: trustList, digest: nodeDigests, verifyEd25519, now })
}

/** Ids of the failed checks, in report order. */
export const failing = (r: VerifyResult): string[] => r.checks.filter((c) => !c.ok).map((c) => c.id)

export const reasonOf = (r: VerifyResult, id: string): string => {
  const c = r.checks.find((x) => x.id === id)
  return c ? `${verifyReasonText(c.reasons)['zh-CN']} | ${verifyReasonText(c.reasons).en}` : ''
}
