import { z } from 'zod'
import { base64Decode } from '../crypto/base64'
import { sm2IsValidPublicKey } from '../crypto/sm2'
import { hex64Schema, timestampSchema } from './statement'

/**
 * The trust list `countersign-trust/v1` (contracts.md §3): the office's public keys, who holds them, what each
 * may sign as, and when each was valid. Verification trusts only this list, never keys shipped in a bundle.
 */

export const TRUST_FORMAT = 'countersign-trust/v1'

/** Signature algorithms a trust-list key may have: Ed25519, and SM2 (国密) for the optional co-signature. */
export const keyAlgs = ['ed25519', 'sm2'] as const
export type KeyAlg = (typeof keyAlgs)[number]

/** The length of each algorithm's raw public key: 32 bytes for Ed25519, 04 ‖ x ‖ y for SM2. */
export const publicKeyLength: Record<KeyAlg, number> = { ed25519: 32, sm2: 65 }

function decoded(text: string): Uint8Array | null {
  try {
    return base64Decode(text)
  } catch {
    return null
  }
}

/**
 * Checks that `publicKey` is a key of its `alg`: 32 bytes for Ed25519; for SM2 a point of sm2p256v1, so a list
 * with a key that could never verify anything is refused when it is read, not at the first bundle.
 */
export function refinePublicKey(key: { alg: KeyAlg; publicKey: string }, ctx: z.RefinementCtx): void {
  const raw = decoded(key.publicKey)
  if (key.alg === 'ed25519' && raw?.length !== publicKeyLength.ed25519) {
    ctx.addIssue({ code: 'custom', path: ['publicKey'], message: 'publicKey must be base64 of 32 bytes' })
  } else if (key.alg === 'sm2' && !(raw && sm2IsValidPublicKey(raw))) {
    ctx.addIssue({ code: 'custom', path: ['publicKey'], message: 'an sm2 publicKey must be base64 of 65 bytes 04 ‖ x ‖ y, a point of sm2p256v1' })
  }
}

/** The fields of a trust-list key, before the check that the public key fits its alg (see trustKeySchema). */
export const trustKeyFields = z.object({
  /** hex SHA-256 of the raw public key (32 bytes for Ed25519, 65 for SM2) */
  keyid: hex64Schema,
  alg: z.enum(keyAlgs),
  /** base64 of the raw public key: 32 bytes for Ed25519, 65 bytes 04 ‖ x ‖ y for SM2 */
  publicKey: z.string().max(100),
  personId: z.string().min(1).max(200),
  name: z.string().max(200),
  /** what the holder may sign as: 'drafter' 拟稿人, 'reviewer' 审核人 (others, e.g. 'admin', grant nothing here) */
  roles: z.array(z.string().min(1).max(50)).max(20),
  validFrom: timestampSchema,
  /** null (or absent): no expiry */
  validUntil: timestampSchema.nullish(),
  /**
   * null (or absent): not revoked. A superseded key's signatures made before this moment stay valid; a compromised
   * key's are all refused, whenever they claim to have been made (there is no trusted time offline).
   */
  revokedAt: timestampSchema.nullish(),
  /**
   * Why the key was revoked (an extension of contracts.md §3, like a CRL reason code): 'compromised' (已泄露) or
   * 'superseded' (retired by a password reset or a departure; the private half was destroyed). Only with revokedAt.
   * A revokedAt without a reason — every trust list written before reasons existed — counts as 'compromised'.
   */
  revocationReason: z.enum(['compromised', 'superseded']).nullish(),
})

/** Why a key was revoked; see trustKeyFields.revocationReason. */
export type RevocationReason = 'compromised' | 'superseded'

/** The reason a revoked key is treated under: the one it states, else the safe one, 'compromised'. */
export function effectiveRevocationReason(key: { revokedAt?: string | null; revocationReason?: RevocationReason | null }): RevocationReason | null {
  if (key.revokedAt == null) return null
  return key.revocationReason ?? 'compromised'
}

/** A reason names why a key was revoked, so it comes only with a revokedAt. */
export function refineRevocation(key: { revokedAt?: string | null; revocationReason?: RevocationReason | null }, ctx: z.RefinementCtx): void {
  if (key.revocationReason != null && key.revokedAt == null) {
    ctx.addIssue({ code: 'custom', path: ['revocationReason'], message: 'a revocationReason needs a revokedAt' })
  }
}

/**
 * One trust-list key. An 'sm2' key only ever co-signs: it adds a 国密 signature next to the Ed25519 signature of
 * the same person and never stands in for it.
 */
export const trustKeySchema = trustKeyFields.superRefine(refinePublicKey).superRefine(refineRevocation)
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
export type KeyValidity = { valid: true } | { valid: false; why: 'not-yet-valid' | 'expired' | 'revoked' | 'compromised' | 'bad-time' }

/** The fields keyValidity reads. */
export type KeyDates = Pick<TrustKey, 'validFrom' | 'validUntil' | 'revokedAt' | 'revocationReason'>

/**
 * Validity of `key` at `time` (ISO 8601 or epoch ms): never for a compromised key (its holder is not the only one
 * who can sign, and can backdate), else not before validFrom, not after validUntil, and strictly before revokedAt —
 * a signature made at the moment of revocation is already refused.
 */
export function keyValidity(key: KeyDates, time: string | number): KeyValidity {
  const t = typeof time === 'number' ? time : Date.parse(time)
  const from = Date.parse(key.validFrom)
  // absent bounds are infinite; a present but unreadable bound fails closed
  const until = key.validUntil == null ? Infinity : Date.parse(key.validUntil)
  const revoked = key.revokedAt == null ? Infinity : Date.parse(key.revokedAt)
  if ([t, from, until, revoked].some(Number.isNaN) || !Number.isFinite(t)) return { valid: false, why: 'bad-time' }
  if (effectiveRevocationReason(key) === 'compromised') return { valid: false, why: 'compromised' }
  if (t >= revoked) return { valid: false, why: 'revoked' }
  if (t < from) return { valid: false, why: 'not-yet-valid' }
  if (t > until) return { valid: false, why: 'expired' }
  return { valid: true }
}

/** True when `key` could sign at `time`; see keyValidity for the reason when it could not. */
export function keyValidAt(key: KeyDates, time: string | number): boolean {
  return keyValidity(key, time).valid
}
