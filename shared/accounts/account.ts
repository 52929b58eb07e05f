import { z } from 'zod'
import { keyidPattern } from './fingerprint'
import { loginSchema, roleSchema } from './roles'

/** 密钥状态 — a key is active until it is revoked (password reset, departure, compromise) or reaches its validUntil. */
export const keyStates = ['active', 'revoked', 'expired'] as const
export const keyStateSchema = z.enum(keyStates)
export type KeyState = z.infer<typeof keyStateSchema>

/**
 * 签名密钥 — the public half of one of an account's keys, with its history: the Ed25519 signing key, or the
 * optional SM2 key of the 国密 co-signature (made at the first signing that asks for one). Never any private
 * material.
 */
export const accountKeySchema = z.object({
  keyid: z.string().regex(keyidPattern),
  accountId: z.string(),
  alg: z.enum(['ed25519', 'sm2']),
  /** The raw public key, base64: 32 bytes for Ed25519, 65 bytes (04 ‖ x ‖ y) for SM2. */
  publicKey: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** with revokedAt: 'compromised' (已泄露: every signature it made is void) or 'superseded' (earlier ones stand) */
  revocationReason: z.enum(['compromised', 'superseded']).nullable(),
  state: keyStateSchema,
  /** the roles the key was frozen with when it was revoked (what it could sign as); null: its holder's current roles */
  roles: z.array(roleSchema).nullable(),
})
export type AccountKey = z.infer<typeof accountKeySchema>

/** 账户 — a person who can sign in. `id` is the personId of the trust list; `keyid` the active Ed25519 key, if any. */
export const accountSchema = z.object({
  id: z.string(),
  login: loginSchema,
  name: z.string(),
  roles: z.array(roleSchema),
  createdAt: z.string(),
  keyid: z.string().regex(keyidPattern).nullable(),
  /** 已停用 — when an admin deactivated the account: it signs in no more and its keys are retired (superseded) */
  deactivatedAt: z.string().nullable(),
})
export type Account = z.infer<typeof accountSchema>
