import { z } from 'zod'
import { accountSchema } from '../accounts/account'
import { displayNameSchema, loginSchema, roleSchema } from '../accounts/roles'
import { errorDetailSchema } from './contract-errors'
import { password, savedFileSchema, workflowLimits } from './contract-limits'

/**
 * The API of who acts and whom this machine trusts: signing in, accounts and their keys, trust lists and the
 * audit log. Spread into `workflowContract` (contract-workflow.ts), which re-exports these schemas.
 */

/** 当前用户 — the signed-in account with the fingerprint of its signing key. */
export const sessionUserSchema = accountSchema.extend({ fingerprint: z.string().nullable() })
export type SessionUser = z.infer<typeof sessionUserSchema>

export const sessionSchema = z.object({
  /** false on first run: the app asks for the office's first administrator */
  hasAccounts: z.boolean(),
  /** 单位名称 — the office, as written into trust lists */
  office: z.string(),
  user: sessionUserSchema.nullable(),
})
export type Session = z.infer<typeof sessionSchema>

/** One public key as people compare it: alg, fingerprint, holder and validity. */
export const keyViewSchema = z.object({
  keyid: z.string(),
  alg: z.string(),
  fingerprint: z.string(),
  personId: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** with revokedAt: 'compromised' (已泄露, every signature void) or 'superseded' (已更替, earlier ones stand) */
  revocationReason: z.enum(['compromised', 'superseded']).nullable(),
  state: z.enum(['active', 'revoked', 'expired']),
})
export type KeyView = z.infer<typeof keyViewSchema>

export const accountViewSchema = accountSchema.extend({ fingerprint: z.string().nullable(), keys: z.array(keyViewSchema) })
export type AccountView = z.infer<typeof accountViewSchema>

/** One key `account.revokeKey` changed: revoked now, or an already revoked key now marked compromised. */
export const revokedKeySchema = z.object({
  keyid: z.string(),
  alg: z.enum(['ed25519', 'sm2']),
  reason: z.enum(['compromised', 'superseded']),
  revokedAt: z.string(),
  change: z.enum(['revoked', 'now-compromised']),
})

export const trustViewSchema = z.object({
  office: z.string(),
  own: z.array(keyViewSchema),
  imported: z.array(z.object({ office: z.string(), sha256: z.string(), importedAt: z.string(), keys: z.array(keyViewSchema) })),
})
export type TrustView = z.infer<typeof trustViewSchema>

/** What importing a trust list would do, shown before the admin confirms (fingerprints to compare in person). */
export const trustPreviewSchema = z.object({
  office: z.string(),
  sha256: z.string(),
  keys: z.array(keyViewSchema),
  /** an earlier list of the same office is replaced */
  replaces: z.boolean(),
  /** keyids: new in this list, gone from it, and revoked since the earlier list */
  added: z.array(z.string()),
  removed: z.array(z.string()),
  newlyRevoked: z.array(z.string()),
})
export type TrustPreview = z.infer<typeof trustPreviewSchema>

export const auditEntryViewSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  event: z.string(),
  subject: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
})
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>

export const accountsContract = {
  /** Who is signed in, and whether the office has any accounts yet. */
  'session.get': { request: z.strictObject({}), response: sessionSchema },
  /** First run only: names the office and creates its first administrator, who is then signed in. */
  'session.setup': {
    request: z.strictObject({ office: z.string().min(1).max(workflowLimits.office), login: loginSchema, name: displayNameSchema, password }),
    response: sessionSchema,
  },
  /** 登录 — repeated failures lock the account for a growing time (back-off). */
  'session.signIn': { request: z.strictObject({ login: z.string().max(64), password }), response: sessionSchema },
  'session.signOut': { request: z.strictObject({}), response: sessionSchema },

  /** Every account with roles and keys (fingerprints, revoked keys too). Signed-in users only. */
  'account.list': { request: z.strictObject({}), response: z.array(accountViewSchema) },
  /**
   * Admin only; the admin confirms with their own password. The office's very first account (an administrator)
   * is created by nobody, without `adminPassword` (the CLI's `user add` without --as; the window uses session.setup).
   */
  'account.create': {
    request: z.strictObject({ login: loginSchema, name: displayNameSchema, roles: z.array(roleSchema).min(1), password, adminPassword: password.optional() }),
    /** `warnings`: not refusals — e.g. `same-name`, other accounts (their logins) already carry this display name */
    response: accountViewSchema.extend({ warnings: z.array(z.object({ code: z.literal('same-name'), logins: z.array(z.string()) })) }),
  },
  /** Admin only: new password and a NEW key; the old key is revoked. */
  'account.reset': { request: z.strictObject({ login: loginSchema, newPassword: password, adminPassword: password }), response: accountViewSchema },
  /**
   * Admin only: sets an account's roles. Changing what it may sign as (drafter, reviewer) retires its key as
   * superseded; its holder gets a new one at the next password. Refused when no active administrator would remain.
   */
  'account.setRoles': {
    request: z.strictObject({ login: loginSchema, roles: z.array(roleSchema).min(1), adminPassword: password }),
    /** `changed`: false when the roles were already these; `retiredKeyids`: the keys retired (superseded) by the change */
    response: accountViewSchema.extend({ changed: z.boolean(), retiredKeyids: z.array(z.string()) }),
  },
  /** Admin only, never one's own account nor the last administrator: no more sign-in, keys revoked as superseded. */
  'account.deactivate': {
    request: z.strictObject({ login: loginSchema, adminPassword: password }),
    /** `revokedKeyids`: the keys this revoked (superseded) */
    response: accountViewSchema.extend({ revokedKeyids: z.array(z.string()) }),
  },
  /**
   * Admin only: revokes an account's keys (all its unrevoked keys, or the one `keyid`). `compromised` (已泄露) voids
   * every signature the key made; `superseded` (已更替) keeps earlier ones valid. An already revoked key can be
   * marked compromised afterwards (`change: 'now-compromised'`).
   */
  'account.revokeKey': {
    request: z.strictObject({ login: loginSchema, reason: z.enum(['compromised', 'superseded']), keyid: z.string().min(1).max(200).optional(), adminPassword: password }),
    response: accountViewSchema.extend({ revoked: z.array(revokedKeySchema) }),
  },
  /** The signed-in user's own password; the key is re-sealed, keyid unchanged. `account`: the account changed. */
  'account.changePassword': { request: z.strictObject({ oldPassword: password, newPassword: password }), response: sessionSchema.extend({ account: sessionUserSchema }) },

  /** The office's own keys and the trust lists imported from elsewhere. */
  'trust.get': { request: z.strictObject({}), response: trustViewSchema },
  /** trust.json of this office's keys, to hand to the web publisher or the leader's machine. */
  'trust.export': { request: z.strictObject({}), response: savedFileSchema },
  /** What importing this trust list would change (fingerprints to compare in person before confirming). */
  'trust.preview': { request: z.strictObject({ json: z.string().max(workflowLimits.trustJson) }), response: trustPreviewSchema },
  /** Admin only: import (or replace) another office's trust list; `sha256` must be the previewed one. */
  'trust.import': { request: z.strictObject({ json: z.string().max(workflowLimits.trustJson), sha256: z.string().regex(/^[0-9a-f]{64}$/) }), response: trustViewSchema },
  /** Admin only: forget an imported trust list. */
  'trust.remove': { request: z.strictObject({ office: z.string().max(workflowLimits.office) }), response: trustViewSchema },

  /** 审计日志, newest first: `before` pages back from a seq. */
  'audit.list': {
    request: z.strictObject({ before: z.number().int().positive().optional(), limit: z.number().int().min(1).max(500).optional() }),
    response: z.object({ entries: z.array(auditEntryViewSchema), head: z.object({ seq: z.number().int(), hash: z.string() }) }),
  },
  /** Recomputes the hash chain. */
  'audit.verify': {
    request: z.strictObject({}),
    response: z.object({
      ok: z.boolean(),
      entries: z.number().int(),
      brokenAt: z.number().int().nullable(),
      /** `中文 (English)`, for compatibility; `detail` is the same reason as `{code, params}` */
      message: z.string().nullable(),
      detail: errorDetailSchema.nullable().optional(),
    }),
  },

} as const
