import type { Account, TrustKey } from '../../../shared/accounts/index'
import { textParams } from '../../../shared/api/error-text'
import { pae, parseEnvelope } from '../../../shared/bundle/dsse'
import { bundlePaths } from '../../../shared/bundle/layout'
import { keyValidAt } from '../../../shared/bundle/trust'
import { checkSignature, readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import { verifyReasonText } from '../../../shared/bundle/verify-reasons'
import { checkComplete, checkDigests, digestCache } from '../../../shared/bundle/verify-subjects'
import { base64Decode } from '../../../shared/crypto/base64'
import { bytesEqual, utf8Decode } from '../../../shared/crypto/bytes'
import { renderHtml, renderTxt } from '../../../shared/publish/render-html'
import { nodeDigests, verifyEd25519 } from '../bundle/index'
import { DECISION_PAYLOAD_TYPE, decisionEnvelopePath, refused, type ReviewDecision, type ReviewRequest } from './review-files'

/**
 * 异地审核's trust checks: a review request must be signed by a trusted drafter over exactly the files it
 * carries, and a decision by a trusted reviewer who is not the drafter, with a key valid when it signed.
 */

/** The request is signed by a trusted drafter, its files are the signed ones, and its review text is theirs. */
export function checkRequest(request: ReviewRequest, files: ReadonlyMap<string, Uint8Array>, content: ReadonlyMap<string, Uint8Array>, actor: Account, trusted: readonly TrustKey[]): void {
  const what = 'request' as const
  const trustMap = new Map(trusted.map((k) => [k.keyid, k]))
  const draft = readDraftEnvelope(files)
  if (!draft.predicate || draft.problems.length > 0) refused(what, 'reviewFile.draftUnreadable')
  if (draft.predicate.noticeId !== request.noticeId || draft.predicate.version !== request.revision || draft.predicate.signer.keyid !== request.drafter.keyid) {
    refused(what, 'reviewFile.requestMismatch')
  }
  const signature = checkSignature(draft, trustMap, verifyEd25519)
  if (!signature.ok) {
    refused(what, 'reviewFile.draftSignature', textParams('why', verifyReasonText([signature.reason])))
  }
  if (!signature.key.roles.includes('drafter')) refused(what, 'reviewFile.notDrafter', { name: signature.key.name })
  if (signature.key.personId === actor.id) refused(what, 'reviewFile.selfReview')
  const digestOf = digestCache(content, nodeDigests)
  for (const check of [checkDigests(draft.subjects, digestOf), checkComplete(draft.subjects, content)]) {
    if (!check.ok) refused(what, 'reviewFile.checkFailed', textParams('why', verifyReasonText(check.reasons)))
  }
  // the text the reviewer reads must be exactly the signed text
  const published = request.review.published
  if (utf8Decode(content.get(bundlePaths.txt) ?? new Uint8Array()) !== renderTxt(published) || utf8Decode(content.get(bundlePaths.html) ?? new Uint8Array()) !== renderHtml(published)) {
    refused(what, 'reviewFile.textMismatch')
  }
}

/** The decision file is signed by a trusted reviewer who is not the drafter. Returns the reviewer's key. */
export function checkDecisionSignature(files: ReadonlyMap<string, Uint8Array>, payload: Uint8Array, decision: ReviewDecision, trusted: readonly TrustKey[], drafterId: string): TrustKey {
  const what = 'decision' as const
  const envelopeFile = files.get(decisionEnvelopePath)
  if (!envelopeFile) refused(what, 'reviewFile.unsigned')
  const parsed = parseEnvelope(envelopeFile)
  if (!parsed.ok || parsed.value.envelope.payloadType !== DECISION_PAYLOAD_TYPE) refused(what, 'reviewFile.badSignatureFormat')
  if (!bytesEqual(parsed.value.payload, payload)) refused(what, 'reviewFile.notCovered')
  const key = trusted.find((k) => k.keyid === decision.reviewer.keyid)
  if (!key) refused(what, 'reviewFile.reviewerUntrusted', { name: decision.reviewer.name })
  const sig = parsed.value.envelope.signatures.find((s) => s.keyid === key.keyid)
  let valid: boolean
  try {
    valid = sig !== undefined && verifyEd25519(base64Decode(key.publicKey), pae(DECISION_PAYLOAD_TYPE, payload), base64Decode(sig.sig))
  } catch {
    valid = false
  }
  if (!valid) refused(what, 'reviewFile.badSignature')
  if (key.personId !== decision.reviewer.id) refused(what, 'reviewFile.otherSigner')
  if (!key.roles.includes('reviewer')) refused(what, 'reviewFile.notReviewer', { name: key.name })
  if (key.personId === drafterId) refused(what, 'reviewFile.reviewerIsDrafter')
  // the verifier's rule, revocation reasons included: a compromised key signs nothing, whatever the date says
  if (!keyValidAt(key, decision.decidedAt)) {
    refused(what, 'reviewFile.reviewerKeyInvalid')
  }
  return key
}

