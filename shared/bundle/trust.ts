import { z } from 'zod'
import { base64Decode } from '../crypto/base64'
import { hex64Schema, timestampSchema } from './statement'

/**
 * The trust list `countersign-trust/v1` (contracts.md §3): the office's public keys, who holds them, what each
 * may sign as, and when each was valid. Verification trusts only this list, never keys shipped in a bundle.
 */

export const TRUST_FORMAT = 'countersign-trust/v1'

function isRawEd25519Key(text: string): boolean {
  try {
    return base64Decode(text).length === 32
  } catch {
    return false
  }
}

export const trustKeySchema = z.object({
  /** hex SHA-256 of the raw 32-byte public key */
  keyid: hex64Schema,
  alg: z.literal('ed25519'),
  /** base64 of the raw 32-byte Ed25519 public key */
  publicKey: z.string().max(100).refine(isRawEd25519Key, 'publicKey must be base64 of 32 bytes'),
  personId: z.string().min(1).max(200),
  name: z.string().max(200),
  /** what the holder may sign as: 'drafter' 拟稿人, 'reviewer' 审核人 (others, e.g. 'admin', grant nothing here) */
  roles: z.array(z.string().min(1).max(50)).max(20),
  validFrom: timestampSchema,
  /** null (or absent): no expiry */
  validUntil: timestampSchema.nullish(),
  /** null (or absent): not revoked; signatures made at or after this moment are refused */
  revokedAt: timestampSchema.nullish(),
})
/** One public key in the trust list. */
export type TrustKey = z.infer<typeof trustKeySchema>

export const trustListSchema = z.object({
  format: z.literal(TRUST_FORMAT),
  /** the office (乡镇/街道) that issued the keys */
  office: z.string().max(200),
  keys: z
    .array(trustKeySchema)
    .max(10_000)
    .refine((keys) => new Set(keys.map((k) => k.keyid)).size === keys.length, 'keyids must be unique'),
})
/** The verifier's trust list (trust.json). */
export type TrustList = z.infer<typeof trustListSchema>

/** Why a trust list is unusable. */
export type TrustProblem = { kind: 'schema'; path: string; message: string } | { kind: 'keyid-mismatch'; keyid: string }

/**
 * Parses and checks a trust list: its shape, and that every keyid really is the SHA-256 of its key (a wrong keyid
 * would let one key's signature be attributed to another holder). `sha256` returns lower-case hex.
 */
export function parseTrustList(value: unknown, sha256: (bytes: Uint8Array) => string): { ok: true; value: TrustList } | { ok: false; problem: TrustProblem } {
  const parsed = trustListSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, problem: { kind: 'schema', path: issue.path.map(String).join('.'), message: issue.message } }
  }
  for (const key of parsed.data.keys) {
    if (sha256(base64Decode(key.publicKey)) !== key.keyid) return { ok: false, problem: { kind: 'keyid-mismatch', keyid: key.keyid } }
  }
  return { ok: true, value: parsed.data }
}

/** Whether a key could sign at a moment, and if not, why. */
export type KeyValidity = { valid: true } | { valid: false; why: 'not-yet-valid' | 'expired' | 'revoked' | 'bad-time' }

/**
 * Validity of `key` at `time` (ISO 8601 or epoch ms): not before validFrom, not after validUntil,
 * and strictly before revokedAt — a signature made at the moment of revocation is already refused.
 */
export function keyValidity(key: Pick<TrustKey, 'validFrom' | 'validUntil' | 'revokedAt'>, time: string | number): KeyValidity {
  const t = typeof time === 'number' ? time : Date.parse(time)
  const from = Date.parse(key.validFrom)
  // absent bounds are infinite; a present but unreadable bound fails closed
  const until = key.validUntil == null ? Infinity : Date.parse(key.validUntil)
  const revoked = key.revokedAt == null ? Infinity : Date.parse(key.revokedAt)
  if ([t, from, until, revoked].some(Number.isNaN) || !Number.isFinite(t)) return { valid: false, why: 'bad-time' }
  if (t >= revoked) return { valid: false, why: 'revoked' }
  if (t < from) return { valid: false, why: 'not-yet-valid' }
  if (t > until) return { valid: false, why: 'expired' }
  return { valid: true }
}

/** True when `key` could sign at `time`; see keyValidity for the reason when it could not. */
export function keyValidAt(key: Pick<TrustKey, 'validFrom' | 'validUntil' | 'revokedAt'>, time: string | number): boolean {
  return keyValidity(key, time).valid
}
