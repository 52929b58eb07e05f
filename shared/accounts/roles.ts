import { z } from 'zod'
import { hasControlChars } from './text'

/**
 * 角色 — what an account may do. 起草人 drafter writes and submits notices; 审核人 reviewer approves or
 * rejects other people's notices (谁公开谁审查: never their own); 管理员 admin manages accounts.
 * An account may hold several roles (a small office's clerk drafts some notices and reviews others);
 * the workflow still refuses a reviewer's decision on a notice they drafted.
 */
export const roles = ['drafter', 'reviewer', 'admin'] as const
export const roleSchema = z.enum(roles)
export type Role = z.infer<typeof roleSchema>

/** A non-empty set of roles, stored and shown in the fixed order of `roles` without duplicates. */
export const roleListSchema = z
  .array(roleSchema)
  .min(1, 'at least one role')
  .transform((list) => normaliseRoles(list))

export function normaliseRoles(list: readonly Role[]): Role[] {
  return roles.filter((role) => list.includes(role))
}

export function hasRole(holder: { roles: readonly Role[] }, role: Role): boolean {
  return holder.roles.includes(role)
}

/** 登录名 — lower-case ASCII so it can be typed on any keyboard and never collides by case or width. */
export const loginPattern = /^[a-z0-9._-]{2,32}$/
export const loginSchema = z.string().regex(loginPattern, 'login: 2–32 of a-z 0-9 . _ -')

/** 姓名 — the display name shown to colleagues and written into the trust list and signatures. */
export const nameLimits = { max: 64 } as const
export const displayNameSchema = z
  .string()
  .transform((name) => name.trim().normalize('NFC'))
  .pipe(
    z
      .string()
      .min(1, 'name is required')
      .max(nameLimits.max, `name: at most ${nameLimits.max} characters`)
      .refine((name) => !hasControlChars(name), 'name: no control characters'),
  )
