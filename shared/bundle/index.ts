/**
 * The signed-bundle format `countersign-bundle/v1` and the trust list `countersign-trust/v1` (contracts.md §2–3):
 * statements, envelopes (with the optional SM2 co-signature), canonical JSON and pure verification. Node-side
 * signing and zip I/O live in electron/services/bundle.
 */
export { canonicalize, canonicalBytes, CanonicalizationError, type JsonValue } from './jcs'
export { envelopeBytes, envelopeSchema, makeEnvelope, MAX_ENVELOPE_BYTES, pae, parseEnvelope, PAYLOAD_TYPE, type Envelope, type EnvelopeProblem, type ParsedEnvelope } from './dsse'
export { BUNDLE_FORMAT, bundlePaths, compareNames, bundleFileNames, isSafeRelativePath, isSubjectPath, isUnsignedAllowed, requiredSubjects, unsignedPaths } from './layout'
export {
  approvalPredicateSchema,
  draftPredicateSchema,
  makeStatement,
  PREDICATE_TYPE,
  STATEMENT_TYPE,
  statementBytes,
  subjectsOf,
  type ApprovalPredicate,
  type Digests,
  type DraftPredicate,
  type Signer,
  type Statement,
  type Subject,
} from './statement'
export {
  effectiveRevocationReason,
  keyAlgs,
  keyValidAt,
  keyValidity,
  parseTrustList,
  TRUST_FORMAT,
  trustKeySchema,
  trustListSchema,
  type KeyAlg,
  type KeyValidity,
  type RevocationReason,
  type TrustKey,
  type TrustList,
  type TrustProblem,
} from './trust'
export { SIGNERS_FORMAT, signersFileBytes, signersFileSchema, type SignerEntry, type SignersFile } from './signers'
export { checkIds, verifyBundle, type Check, type CheckId, type VerifyInput, type VerifyResult } from './verify'
export { readVerifyReason, renderVerifyReason, renderVerifyReasons, verifyReasonText, type VerifyCode, type VerifyLocale, type VerifyParams, type VerifyReason } from './verify-reasons'
export { FUTURE_TOLERANCE_MS } from './verify-signers'
export type { VerifyEd25519 } from './verify-envelope'
export type { CoSignatureCheck } from './verify-cosignature'
export { verifyTextLines } from './verify-text'
