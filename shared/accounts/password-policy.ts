import { hasControlChars } from './text'

/**
 * 密码 — password rules shared by every front door. Any Unicode is allowed (Chinese passphrases are
 * common); length counts characters (code points), not bytes. Passwords are NFC-normalised before
 * hashing so the same phrase typed through different input methods matches.
 */
export const passwordLimits = { min: 8, max: 1024 } as const

/** The password as it is hashed: NFC, nothing else changed (spaces are part of a passphrase). */
export function normalisePassword(password: string): string {
  return password.normalize('NFC')
}

/** Why a new password is not acceptable, as `中文 (English)`, or null when it is. Never quotes the password. */
export function passwordProblem(password: string): string | null {
  const length = [...normalisePassword(password)].length
  if (length < passwordLimits.min) return `密码至少 ${passwordLimits.min} 个字符 (a password needs at least ${passwordLimits.min} characters)`
  if (length > passwordLimits.max) return `密码不能超过 ${passwordLimits.max} 个字符 (a password can have at most ${passwordLimits.max} characters)`
  if (hasControlChars(password)) return '密码不能包含控制字符 (a password cannot contain control characters)'
  if (password.trim() === '') return '密码不能全是空格 (a password cannot be only spaces)'
  return null
}
