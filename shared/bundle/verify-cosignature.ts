import { base64Decode } from '../crypto/base64'
import { sm2Verify } from '../crypto/sm2'
import { pae } from './dsse'
import { keyValidity, type TrustKey } from './trust'
import type { EnvelopeRead, SignatureCheck } from './verify-envelope'
import { msg, type Side } from './verify-messages'
import type { VerifyReason } from './verify-reasons'
import { single, type Verdict } from './verify-subjects'

/**
 * The optional 国密 co-signature (contracts.md §2: "An SM2/SM3 signature may be added as a second signature in
 * the same envelope"). It adds assurance only if it is exactly what it claims to be, so anything next to the
 * signer's Ed25519 signature must be one SM2 signature by a trust-list key of the same person, valid at the
 * statement's signedAt, over the same DSSE PAE bytes. Anything else fails the envelope: a signature that is
 * present but not checked would let a reader believe in a 国密 signature that no one verified.
 */

/** The co-signature outcome: none present, a valid one (with its key), or the reason it fails the envelope. */
export type CoSignatureCheck = { ok: true; key?: TrustKey } | { ok: false; reason: VerifyReason }

/**
 * Checks the signatures other than the signer's, given the signer's verified Ed25519 signature. An envelope with
 * only the signer's signature passes exactly as before co-signatures existed.
 */
export function checkCoSignature(
  read: EnvelopeRead<{ signer: { keyid: string }; signedAt: string }>,
  signer: TrustKey,
  trust: ReadonlyMap<string, TrustKey>,
): CoSignatureCheck {
  const { side, parsed, predicate } = read
  // the signer's signature verified, so both are present; checked again so this can stand on its own
  if (!parsed || !predicate) return { ok: false, reason: msg.skipped(msg.envelopeUnreadable(side)) }
  const others = parsed.envelope.signatures.filter((s) => s.keyid !== signer.keyid)
  if (others.length === 0) return { ok: true }
  if (others.length > 1) return { ok: false, reason: msg.tooManySignatures(side, others.length) }
  const [extra] = others
  if (extra.keyid === undefined || extra.keyid === '') return { ok: false, reason: msg.coSignatureNoKeyid(side) }
  const key = trust.get(extra.keyid)
  if (!key) return { ok: false, reason: msg.coSignatureUnknownKey(side, extra.keyid) }
  if (key.alg !== 'sm2') return { ok: false, reason: msg.coSignatureNotSm2(side, key.keyid) }
  if (key.personId !== signer.personId) return { ok: false, reason: msg.coSignatureOtherPerson(side, key.name, signer.name) }
  const validity = keyValidity(key, predicate.signedAt)
  if (!validity.valid) {
    const bound = { 'not-yet-valid': key.validFrom, expired: key.validUntil ?? '', revoked: key.revokedAt ?? '', compromised: key.revokedAt ?? '', 'bad-time': '' }[validity.why]
    return { ok: false, reason: msg.coSignatureKeyInvalid(side, key.name, predicate.signedAt, validity.why, bound) }
  }
  let valid: boolean
  try {
    valid = sm2Verify(base64Decode(key.publicKey), pae(parsed.envelope.payloadType, parsed.payload), base64Decode(extra.sig)) === true
  } catch {
    valid = false
  }
  return valid ? { ok: true, key } : { ok: false, reason: msg.badCoSignature(side, key.keyid) }
}

/**
 * The verdict of an envelope's signature check: the signer's Ed25519 signature, then any co-signature. Without a
 * co-signature the reason is exactly the one given before co-signatures existed.
 */
export function envelopeSignatureVerdict(side: Side, signature: SignatureCheck, coSignature: CoSignatureCheck | undefined): Verdict {
  if (!signature.ok) return single(false, signature.reason)
  if (!coSignature) return single(true, signature.reason)
  if (!coSignature.ok) return single(false, coSignature.reason)
  if (!coSignature.key) return single(true, signature.reason)
  return single(true, msg.signatureWithSm2Ok(side, signature.key.name, signature.key.keyid, coSignature.key.keyid))
}
