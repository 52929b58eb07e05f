import { base64Decode } from '../crypto/base64'
import { utf8Decode } from '../crypto/bytes'
import { parseEnvelope, pae, PAYLOAD_TYPE, type ParsedEnvelope } from './dsse'
import { canonicalize } from './jcs'
import { bundlePaths } from './layout'
import {
  approvalPredicateSchema,
  draftPredicateSchema,
  PREDICATE_TYPE,
  STATEMENT_TYPE,
  statementSchema,
  type ApprovalPredicate,
  type DraftPredicate,
  type Subject,
} from './statement'
import type { TrustKey } from './trust'
import { msg, type Side } from './verify-messages'
import type { VerifyReason } from './verify-reasons'

/**
 * Reading one envelope of a bundle without trusting it. Reading goes as far as it can and records every format
 * problem, so a wrong payloadType is reported as such and the signature is still checked on what was found.
 */

/** What could be read from one envelope file. */
export type EnvelopeRead<P> = {
  side: Side
  /** the file bytes, when the file exists (the approval binds to their SHA-256) */
  bytes?: Uint8Array
  parsed?: ParsedEnvelope
  subjects?: Subject[]
  predicate?: P
  problems: VerifyReason[]
}

/** Ed25519 verification over a raw 32-byte public key; must return false, not throw, on a bad signature. */
export type VerifyEd25519 = (publicKeyRaw: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean

const where = (issues: readonly { path: readonly PropertyKey[] }[]): string => issues[0]?.path.map(String).join('.') || '—'

export function readDraftEnvelope(files: ReadonlyMap<string, Uint8Array>): EnvelopeRead<DraftPredicate> {
  return readEnvelope(files, 'draft', (p) => draftPredicateSchema.safeParse(p))
}

export function readApprovalEnvelope(files: ReadonlyMap<string, Uint8Array>): EnvelopeRead<ApprovalPredicate> {
  return readEnvelope(files, 'approval', (p) => approvalPredicateSchema.safeParse(p))
}

type Parse<P> = (value: unknown) => { success: true; data: P } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } }

function readEnvelope<P>(files: ReadonlyMap<string, Uint8Array>, side: Side, parsePredicate: Parse<P>): EnvelopeRead<P> {
  const read: EnvelopeRead<P> = { side, problems: [] }
  const bytes = files.get(side === 'draft' ? bundlePaths.draftEnvelope : bundlePaths.approvalEnvelope)
  if (!bytes) {
    read.problems.push(msg.envelopeMissing(side))
    return read
  }
  read.bytes = bytes
  const env = parseEnvelope(bytes)
  if (!env.ok) {
    read.problems.push(msg.envelopeProblem(side, env.problem))
    return read
  }
  read.parsed = env.value
  if (env.value.envelope.payloadType !== PAYLOAD_TYPE) read.problems.push(msg.payloadType(side, env.value.envelope.payloadType, PAYLOAD_TYPE))
  let json: unknown
  let text: string
  try {
    text = utf8Decode(env.value.payload)
    json = JSON.parse(text)
  } catch {
    read.problems.push(msg.payloadNotJson(side))
    return read
  }
  // Canonical form is required: it also rules out duplicate keys, which parsers resolve differently.
  let canonical = false
  try {
    canonical = canonicalize(json) === text
  } catch {
    // not I-JSON: reported just below
  }
  if (!canonical) read.problems.push(msg.payloadNotCanonical(side))
  const statement = statementSchema.safeParse(json)
  if (!statement.success) {
    read.problems.push(msg.statementShape(side, where(statement.error.issues)))
    return read
  }
  const s = statement.data
  if (s._type !== STATEMENT_TYPE) read.problems.push(msg.statementType(side, s._type))
  if (s.predicateType !== PREDICATE_TYPE) read.problems.push(msg.predicateType(side, s.predicateType, PREDICATE_TYPE))
  read.subjects = s.subject
  const predicate = parsePredicate(s.predicate)
  if (predicate.success) read.predicate = predicate.data
  else {
    const role = typeof s.predicate === 'object' && s.predicate !== null ? (s.predicate as Record<string, unknown>).role : undefined
    const expected = side === 'draft' ? 'drafter' : 'reviewer'
    read.problems.push(typeof role === 'string' && role !== expected ? msg.wrongRole(side, role) : msg.predicateShape(side, where(predicate.error.issues)))
  }
  return read
}

/** The outcome of checking one envelope's signature against the trust list. */
export type SignatureCheck = { ok: true; key: TrustKey; reason: VerifyReason } | { ok: false; reason: VerifyReason }

/**
 * The envelope must carry exactly one signature by the key its predicate names as signer, that key must be an
 * Ed25519 key in the trust list, and the signature must verify over PAE(payloadType, payload). Any other
 * signature is judged by checkCoSignature (verify-cosignature.ts): an SM2 key never counts as the signer.
 */
export function checkSignature(
  read: EnvelopeRead<{ signer: { keyid: string } }>,
  trust: ReadonlyMap<string, TrustKey> | undefined,
  verifyEd25519: VerifyEd25519,
): SignatureCheck {
  const { side, parsed, predicate } = read
  if (!parsed || !predicate) return { ok: false, reason: msg.skipped(msg.envelopeUnreadable(side)) }
  if (!trust) return { ok: false, reason: msg.skipped(msg.trustUnusable) }
  const keyid = predicate.signer.keyid
  const key = trust.get(keyid)
  if (!key) return { ok: false, reason: msg.unknownKey(side, keyid) }
  if (key.alg !== 'ed25519') return { ok: false, reason: msg.signerKeyNotEd25519(side, keyid) }
  const sigs = parsed.envelope.signatures.filter((s) => s.keyid === keyid)
  if (sigs.length === 0) return { ok: false, reason: msg.noSignatureForSigner(side, keyid) }
  if (sigs.length > 1) return { ok: false, reason: msg.duplicateSignature(side, keyid) }
  let valid: boolean
  try {
    const signature = base64Decode(sigs[0].sig)
    valid = signature.length === 64 && verifyEd25519(base64Decode(key.publicKey), pae(parsed.envelope.payloadType, parsed.payload), signature) === true
  } catch {
    valid = false
  }
  return valid ? { ok: true, key, reason: msg.signatureOk(side, key.name, keyid) } : { ok: false, reason: msg.badSignature(side, keyid) }
}
