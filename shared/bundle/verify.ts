import type { Digests } from './statement'
import { parseTrustList, type TrustKey } from './trust'
import { checkCoSignature, envelopeSignatureVerdict } from './verify-cosignature'
import { checkSignature, readApprovalEnvelope, readDraftEnvelope, type VerifyEd25519 } from './verify-envelope'
import { joinReasons, msg } from './verify-messages'
import type { VerifyReason } from './verify-reasons'
import { unsignedPaths } from './layout'
import { checkDistinct, checkIdentity, checkKeysValid, checkRoles, checkTimeline, sameNameWarning, type SignedSide } from './verify-signers'
import { checkComplete, checkDigests, checkIdentical, digestCache, single, type Verdict } from './verify-subjects'

/**
 * Offline verification of a `countersign-bundle/v1` (contracts.md §2), pure: the zip is already read into memory
 * and digests and Ed25519 are injected (SM2, absent from Electron's BoringSSL, is pure TypeScript in
 * shared/crypto), so the same code runs in the CLI, the app and a worker. Every check always appears, in a fixed
 * order, and passes only on positive evidence — a check that could not be made fails.
 */

/** Stable identifiers of the checks, in the order they are reported. Programs may rely on these. */
export const checkIds = [
  'trust',
  'format',
  'draft.signature',
  'approval.signature',
  'signers.identity',
  'subjects.digest',
  'subjects.complete',
  'subjects.identical',
  'approval.draftDigest',
  'roles',
  'distinct.persons',
  'keys.valid',
  'timeline',
] as const

/** One verification check. */
export type CheckId = (typeof checkIds)[number]

/**
 * The result of one check, with its reasons whether it passed or not: codes and parameters the catalogue
 * (verify-catalogue.ts) words in Chinese and English — one reason, or the problems found (at most five, then
 * a count). `verifyReasonText` gives both languages as one sentence each.
 */
export type Check = { id: CheckId; ok: boolean; reasons: VerifyReason[] }

/** Stable identifiers of the warnings: facts a person should look at that do not fail verification. */
export const warningIds = ['same-name'] as const
export type WarningId = (typeof warningIds)[number]
/** A warning: never a failed check, never a ✗; shown so a person can ask. */
export type Warning = { id: WarningId; reasons: VerifyReason[] }

/**
 * The bundle verifies only if `ok`; `checks` lists every check in `checkIds` order. `warnings` never affect `ok`.
 * `unsigned` names the files present that no signature covers and the verifier ignores (keys/signers.json,
 * VERIFY.txt), so an interface can show them as unsigned.
 */
export type VerifyResult = { ok: boolean; checks: Check[]; warnings: Warning[]; unsigned: string[] }

/** What the verifier needs; nothing here touches a disk or a clock unless `now` is given. */
export type VerifyInput = {
  /** the bundle's files by entry name, as returned by the strict zip reader */
  files: ReadonlyMap<string, Uint8Array>
  /** the verifier's trust list (parsed trust.json); validated here, keyids included */
  trust: unknown
  /** lower-case hex digests */
  digest: Digests
  verifyEd25519: VerifyEd25519
  /** the verifier's clock; when given, signing times in the future are refused */
  now?: Date | undefined
}

export function verifyBundle(input: VerifyInput): VerifyResult {
  const { files, digest } = input
  const trust = parseTrustList(input.trust, digest.sha256)
  const trustKeys = trust.ok ? new Map<string, TrustKey>(trust.value.keys.map((k) => [k.keyid, k])) : undefined
  const draft = readDraftEnvelope(files)
  const approval = readApprovalEnvelope(files)
  const draftSig = checkSignature(draft, trustKeys, input.verifyEd25519)
  const approvalSig = checkSignature(approval, trustKeys, input.verifyEd25519)
  // The optional SM2 co-signatures fail only their own envelope's check: the Ed25519 signer stays verified, so
  // the checks about people still say something true about who signed.
  const draftCoSig = draftSig.ok && trustKeys ? checkCoSignature(draft, draftSig.key, trustKeys) : undefined
  const approvalCoSig = approvalSig.ok && trustKeys ? checkCoSignature(approval, approvalSig.key, trustKeys) : undefined
  const sides: [SignedSide, SignedSide] = [
    { side: 'draft', signature: draftSig, predicate: draft.predicate },
    { side: 'approval', signature: approvalSig, predicate: approval.predicate },
  ]
  const digestOf = digestCache(files, digest)
  const formatProblems = [...draft.problems, ...approval.problems]

  const verdicts: Record<CheckId, () => Verdict> = {
    trust: () => (trust.ok ? single(true, msg.trustOk(trust.value.keys.length)) : single(false, msg.trustProblem(trust.problem))),
    format: () => (formatProblems.length ? { ok: false, reasons: joinReasons(formatProblems) } : single(true, msg.formatOk)),
    'draft.signature': () => envelopeSignatureVerdict('draft', draftSig, draftCoSig),
    'approval.signature': () => envelopeSignatureVerdict('approval', approvalSig, approvalCoSig),
    'signers.identity': () => checkIdentity(sides),
    'subjects.digest': () => checkDigests(draft.subjects, digestOf),
    'subjects.complete': () => checkComplete(draft.subjects, files),
    'subjects.identical': () => checkIdentical(draft.subjects, approval.subjects),
    'approval.draftDigest': () => {
      if (!approval.predicate) return single(false, msg.skipped(msg.envelopeUnreadable('approval')))
      if (!draft.bytes) return single(false, msg.skipped(msg.envelopeMissing('draft')))
      const ok = digest.sha256(draft.bytes) === approval.predicate.draftEnvelopeSha256
      return single(ok, ok ? msg.draftDigestOk : msg.draftDigestMismatch)
    },
    roles: () => checkRoles(sides),
    'distinct.persons': () => checkDistinct(sides),
    'keys.valid': () => checkKeysValid(sides),
    timeline: () => checkTimeline(draft.predicate, approval.predicate, input.now),
  }
  const checks = checkIds.map((id): Check => {
    const v = verdicts[id]()
    // ok must be exactly true: an injected function returning something truthy is not evidence
    return { id, ok: v.ok === true, reasons: v.reasons }
  })
  const sameName = sameNameWarning(sides)
  const warnings: Warning[] = sameName ? [{ id: 'same-name', reasons: [sameName] }] : []
  const unsigned = unsignedPaths.filter((name) => files.has(name))
  return { ok: checks.every((c) => c.ok), checks, warnings, unsigned }
}
