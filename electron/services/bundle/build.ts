import type { KeyObject } from 'node:crypto'
import { envelopeBytes } from '../../../shared/bundle/dsse'
import { bundlePaths, compareNames, isSubjectPath, requiredSubjects } from '../../../shared/bundle/layout'
import { signersFileBytes, type SignerEntry } from '../../../shared/bundle/signers'
import { makeStatement, statementBytes, subjectsOf, type ApprovalPredicate, type DraftPredicate, type Statement } from '../../../shared/bundle/statement'
import { TRUST_FORMAT } from '../../../shared/bundle/trust'
import { verifyBundle } from '../../../shared/bundle/verify'
import { readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import { renderVerifyReasons } from '../../../shared/bundle/verify-reasons'
import { verifyTextLines } from '../../../shared/bundle/verify-text'
import { concatBytes, utf8Encode } from '../../../shared/crypto/bytes'
import { nodeDigests, sha256Hex, signEnvelope, sm2KeyidOf, sm2PublicKeyOf, verifyEd25519, type Sm2SigningKey } from './node-crypto'
import { writeZip } from './zip'

/**
 * Building a signed bundle in the three steps of the workflow: the drafter signs at submit (signDraft), the
 * reviewer signs at approval (signApproval), export assembles the zip (assembleBundle). buildBundle does all
 * three at once. Each step refuses to produce something that would not verify, so a fault shows up in the
 * office, not at the publisher's desk.
 */

/** A private key unlocked for one signing, and the keyid it must match. */
export type SigningKey = { privateKey: KeyObject; keyid: string }

export type { Sm2SigningKey } from './node-crypto'

/** A signed envelope: the exact file bytes for attest/, their SHA-256, and the statement inside. */
export type SignedEnvelope<P> = { bytes: Uint8Array; sha256: string; statement: Statement<P> }

/** Why building stopped; the message names files and keyids, never content or key material. */
export class BundleBuildError extends Error {
  readonly code: 'bad-content' | 'wrong-key' | 'content-changed' | 'same-signer' | 'self-check'
  constructor(code: BundleBuildError['code'], message: string) {
    super(message)
    this.name = 'BundleBuildError'
    this.code = code
  }
}

/** The rendered files: content/notice.html, content/notice.txt, optional content/notice.pdf, report/redaction.json. */
export type ContentFiles = ReadonlyMap<string, Uint8Array>

function checkContent(files: ContentFiles): void {
  for (const name of files.keys()) if (!isSubjectPath(name)) throw new BundleBuildError('bad-content', `${name} is not under content/ or report/`)
  for (const name of requiredSubjects) if (!files.has(name)) throw new BundleBuildError('bad-content', `${name} is missing`)
}

/** Whether the SM2 scalar is a usable key whose public half hashes to its keyid. */
function sm2KeyMatches(key: Sm2SigningKey): boolean {
  try {
    return sm2KeyidOf(sm2PublicKeyOf(key.privateKey)) === key.keyid
  } catch {
    return false
  }
}

function sign<P extends DraftPredicate | ApprovalPredicate>(files: ContentFiles, predicate: P, key: SigningKey, sm2Key: Sm2SigningKey | undefined): SignedEnvelope<P> {
  if (predicate.signer.keyid !== key.keyid) throw new BundleBuildError('wrong-key', 'the predicate names a different signing key')
  if (sm2Key && !sm2KeyMatches(sm2Key)) throw new BundleBuildError('wrong-key', `the SM2 private key does not match keyid ${sm2Key.keyid.slice(0, 16)}…`)
  const statement = makeStatement(subjectsOf(files, nodeDigests), predicate)
  const payload = statementBytes(statement)
  let bytes: Uint8Array
  try {
    bytes = envelopeBytes(signEnvelope(payload, key.privateKey, key.keyid, sm2Key))
  } catch {
    throw new BundleBuildError('wrong-key', `the private key does not match keyid ${key.keyid.slice(0, 16)}…`)
  }
  return { bytes, sha256: sha256Hex(bytes), statement }
}

/**
 * The drafter's signature over the rendered files, made at submit time. With `sm2Key` (the drafter's own SM2
 * key) the envelope also carries the 国密 co-signature over the same bytes.
 */
export function signDraft(args: { contentFiles: ContentFiles; predicate: DraftPredicate; key: SigningKey; sm2Key?: Sm2SigningKey }): SignedEnvelope<DraftPredicate> {
  checkContent(args.contentFiles)
  return sign(args.contentFiles, args.predicate, args.key, args.sm2Key)
}

/**
 * The reviewer's approval of exactly the draft envelope given, made at approval time, co-signed with the
 * reviewer's SM2 key when `sm2Key` is given. Refused if the files are no longer those the drafter signed, or if
 * the reviewer is the drafter (same key, either algorithm, or same person).
 */
export function signApproval(args: {
  contentFiles: ContentFiles
  draftEnvelope: Uint8Array
  predicate: Omit<ApprovalPredicate, 'draftEnvelopeSha256'>
  key: SigningKey
  sm2Key?: Sm2SigningKey
}): SignedEnvelope<ApprovalPredicate> {
  checkContent(args.contentFiles)
  const draft = readDraftEnvelope(new Map([[bundlePaths.draftEnvelope, args.draftEnvelope]]))
  if (!draft.predicate || !draft.subjects || draft.problems.length > 0) throw new BundleBuildError('self-check', 'the draft envelope is not a well-formed draft')
  const now = subjectsOf(args.contentFiles, nodeDigests)
  const key = (s: { name: string; digest: { sha256: string; sm3: string } }): string => `${s.name}\u0000${s.digest.sha256}\u0000${s.digest.sm3}`
  if (now.map(key).join('\n') !== [...draft.subjects].sort((a, b) => compareNames(a.name, b.name)).map(key).join('\n')) {
    throw new BundleBuildError('content-changed', 'the files are not the ones the drafter signed')
  }
  const draftKeyids = new Set(draft.parsed?.envelope.signatures.map((s) => s.keyid))
  const sameKey = draft.predicate.signer.keyid === args.key.keyid || draftKeyids.has(args.key.keyid) || (args.sm2Key !== undefined && draftKeyids.has(args.sm2Key.keyid))
  if (sameKey || draft.predicate.signer.id === args.predicate.signer.id) {
    throw new BundleBuildError('same-signer', 'the reviewer must be a different person from the drafter')
  }
  const predicate: ApprovalPredicate = { ...args.predicate, draftEnvelopeSha256: sha256Hex(args.draftEnvelope) }
  return sign(args.contentFiles, predicate, args.key, args.sm2Key)
}

/** VERIFY.txt bytes: UTF-8 with BOM and CRLF, so Notepad on an older Windows shows the Chinese correctly. */
export function verifyTextBytes(lines: readonly string[] = verifyTextLines): Uint8Array {
  return concatBytes(Uint8Array.of(0xef, 0xbb, 0xbf), utf8Encode(lines.join('\r\n') + '\r\n'))
}

/**
 * The bundle zip from the files and the two envelopes. Before writing, the bundle is verified against a trust
 * list made of `signers` alone: that proves the envelopes, files and signers fit together (it is no substitute
 * for the publisher's verification against the office's real trust list). An envelope with an SM2
 * co-signature therefore needs that SM2 key in `signers` too (alg 'sm2', the signer's personId and role).
 */
export function assembleBundle(args: {
  contentFiles: ContentFiles
  draftEnvelope: Uint8Array
  approvalEnvelope: Uint8Array
  signers: readonly SignerEntry[]
  verifyText?: readonly string[]
}): Uint8Array {
  checkContent(args.contentFiles)
  const files = new Map<string, Uint8Array>(args.contentFiles)
  files.set(bundlePaths.draftEnvelope, args.draftEnvelope)
  files.set(bundlePaths.approvalEnvelope, args.approvalEnvelope)
  files.set(bundlePaths.signers, signersFileBytes(args.signers))
  files.set(bundlePaths.verifyText, verifyTextBytes(args.verifyText))
  const selfTrust = {
    format: TRUST_FORMAT,
    office: 'self-check',
    keys: args.signers.map((s) => ({ ...s, roles: [s.role], validFrom: '1970-01-01T00:00:00Z', validUntil: null, revokedAt: null })),
  }
  // roles come from signers here, so this catches a signer listed in the wrong role as well
  const result = verifyBundle({ files, trust: selfTrust, digest: nodeDigests, verifyEd25519 })
  const failed = result.checks.filter((c) => !c.ok)
  if (failed.length > 0) throw new BundleBuildError('self-check', `the bundle would not verify: ${failed.map((c) => `${c.id}: ${renderVerifyReasons('en', c.reasons)}`).join('; ')}`)
  return writeZip(files)
}

/** Signs the draft and the approval and assembles the bundle in one go (tests, and re-export of an approval). */
export function buildBundle(args: {
  contentFiles: ContentFiles
  draftPredicate: DraftPredicate
  drafterKey: SigningKey
  drafterSm2Key?: Sm2SigningKey
  approval: { predicateWithoutDigest: Omit<ApprovalPredicate, 'draftEnvelopeSha256'>; reviewerKey: SigningKey; reviewerSm2Key?: Sm2SigningKey }
  signers: readonly SignerEntry[]
  verifyText?: readonly string[]
}): Uint8Array {
  const draft = signDraft({
    contentFiles: args.contentFiles,
    predicate: args.draftPredicate,
    key: args.drafterKey,
    ...(args.drafterSm2Key ? { sm2Key: args.drafterSm2Key } : {}),
  })
  const approval = signApproval({
    contentFiles: args.contentFiles,
    draftEnvelope: draft.bytes,
    predicate: args.approval.predicateWithoutDigest,
    key: args.approval.reviewerKey,
    ...(args.approval.reviewerSm2Key ? { sm2Key: args.approval.reviewerSm2Key } : {}),
  })
  return assembleBundle({
    contentFiles: args.contentFiles,
    draftEnvelope: draft.bytes,
    approvalEnvelope: approval.bytes,
    signers: args.signers,
    ...(args.verifyText ? { verifyText: args.verifyText } : {}),
  })
}
