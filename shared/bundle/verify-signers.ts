import type { ApprovalPredicate, DraftPredicate } from './statement'
import { keyValidity, type TrustKey } from './trust'
import type { SignatureCheck } from './verify-envelope'
import { joinReasons, msg, type Side } from './verify-messages'
import type { VerifyReason } from './verify-reasons'
import { single, type Verdict } from './verify-subjects'

/**
 * Checks about the people behind the signatures. They use a trust-list key only once its signature verified:
 * until then "who signed" is a claim, and judging a claim's roles would report nonsense as a pass.
 */

/** One side of the approval as far as the signer checks need it. */
export type SignedSide = { side: Side; signature: SignatureCheck; predicate: DraftPredicate | ApprovalPredicate | undefined }

/** How far a signing time may lie ahead of the verifier's clock before it is refused (clocks drift). */
export const FUTURE_TOLERANCE_MS = 60 * 60 * 1000

const requiredRole: Record<Side, string> = { draft: 'drafter', approval: 'reviewer' }

/** The verified key of each side, or the reason a check on it cannot be made. */
function keys(sides: readonly SignedSide[]): { ok: true; keys: TrustKey[] } | { ok: false; verdict: Verdict } {
  const out: TrustKey[] = []
  for (const s of sides) {
    if (!s.signature.ok) return { ok: false, verdict: single(false, msg.skipped(msg.signatureUnverified(s.side))) }
    out.push(s.signature.key)
  }
  return { ok: true, keys: out }
}

const verdict = (problems: readonly VerifyReason[], ok: VerifyReason): Verdict => (problems.length ? { ok: false, reasons: joinReasons(problems) } : single(true, ok))

/** The signer id in each predicate is the personId of the key that signed it. */
export function checkIdentity(sides: readonly SignedSide[]): Verdict {
  const k = keys(sides)
  if (!k.ok) return k.verdict
  const problems = sides.flatMap((s, i) =>
    s.predicate && s.predicate.signer.id !== k.keys[i].personId ? [msg.identityMismatch(s.side, s.predicate.signer.id, k.keys[i].personId)] : [],
  )
  return verdict(problems, msg.identityOk)
}

/** The draft key has the drafter role and the approval key the reviewer role in the trust list. */
export function checkRoles(sides: readonly SignedSide[]): Verdict {
  const k = keys(sides)
  if (!k.ok) return k.verdict
  const problems = sides.flatMap((s, i) => (k.keys[i].roles.includes(requiredRole[s.side]) ? [] : [msg.roleMissing(s.side, k.keys[i].name, requiredRole[s.side])]))
  return verdict(problems, msg.rolesOk)
}

/** Two people, two keys: the same key or the same personId on both sides defeats two-person approval. */
export function checkDistinct(sides: readonly [SignedSide, SignedSide]): Verdict {
  const k = keys(sides)
  if (!k.ok) return k.verdict
  const [a, b] = k.keys
  if (a.keyid === b.keyid) return single(false, msg.sameKey)
  if (a.personId === b.personId) return single(false, msg.samePerson(a.name))
  return single(true, msg.distinctOk)
}

/** Display names compared as a person reads them: Unicode-normalised, spaces ignored. */
const comparableName = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '')

/**
 * A warning, not a failure: two different people (two personIds, two keys) who carry the same name in the trust
 * list may be one person with two accounts. Only said about verified signatures; undefined otherwise.
 */
export function sameNameWarning(sides: readonly [SignedSide, SignedSide]): VerifyReason | undefined {
  const k = keys(sides)
  if (!k.ok) return undefined
  const [a, b] = k.keys
  if (a.personId === b.personId || a.keyid === b.keyid) return undefined // distinct.persons fails already
  const name = comparableName(a.name)
  return name !== '' && name === comparableName(b.name) ? msg.sameName(a.name) : undefined
}

/** Each key was valid — in force, not expired, not revoked — at the signedAt of the statement it signed. */
export function checkKeysValid(sides: readonly SignedSide[]): Verdict {
  const k = keys(sides)
  if (!k.ok) return k.verdict
  const problems: VerifyReason[] = []
  sides.forEach((s, i) => {
    const key = k.keys[i]
    // a verified signature implies a parsed predicate
    const at = s.predicate?.signedAt ?? ''
    const v = keyValidity(key, at)
    if (v.valid) return
    const bound = { 'not-yet-valid': key.validFrom, expired: key.validUntil ?? '', revoked: key.revokedAt ?? '', compromised: key.revokedAt ?? '', 'bad-time': '' }[v.why]
    problems.push(msg.keyInvalid(s.side, key.name, at, v.why, bound))
  })
  return verdict(problems, msg.keysValidOk)
}

/** The approval is not older than the draft, and (given the verifier's clock) neither lies in the future. */
export function checkTimeline(draft: DraftPredicate | undefined, approval: ApprovalPredicate | undefined, now: Date | undefined): Verdict {
  if (!draft) return single(false, msg.skipped(msg.envelopeUnreadable('draft')))
  if (!approval) return single(false, msg.skipped(msg.envelopeUnreadable('approval')))
  const problems: VerifyReason[] = []
  const draftAt = Date.parse(draft.signedAt)
  const approvalAt = Date.parse(approval.signedAt)
  // NaN compares false with everything: an unreadable time must fail, not slip through
  if (!(approvalAt >= draftAt)) problems.push(msg.approvalBeforeDraft(draft.signedAt, approval.signedAt))
  if (now) {
    const limit = now.getTime() + FUTURE_TOLERANCE_MS
    if (!(draftAt <= limit)) problems.push(msg.inFuture('draft', draft.signedAt))
    if (!(approvalAt <= limit)) problems.push(msg.inFuture('approval', approval.signedAt))
  }
  return verdict(problems, msg.timelineOk)
}
