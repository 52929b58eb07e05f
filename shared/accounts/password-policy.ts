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

/**
 * Why a new password is not acceptable, or null when it is: a code of the error catalogue
 * (shared/api/error-catalogue.ts) with its limits, which every front door words itself. Never quotes
 * the password.
 */
export type PasswordProblem =
  | { code: 'password.tooShort'; params: { min: number } }
  | { code: 'password.tooLong'; params: { max: number } }
  | { code: 'password.control' | 'password.blank'; params: Record<string, never> }

export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...normalisePassword(password)].length
  if (length < passwordLimits.min) return { code: 'password.tooShort', params: { min: passwordLimits.min } }
  if (length > passwordLimits.max) return { code: 'password.tooLong', params: { max: passwordLimits.max } }
  if (hasControlChars(password)) return { code: 'password.control', params: {} }
  if (password.trim() === '') return { code: 'password.blank', params: {} }
  return null
}
