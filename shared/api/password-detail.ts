import { normalisePassword, passwordLimits } from '../accounts/password-policy'
import { hasControlChars } from '../accounts/text'
import type { ErrorDetail } from './error-text'

/**
 * Why a new password is not acceptable, as a coded error, or null when it is: the same rules, in the
 * same order, as `passwordProblem` (shared/accounts/password-policy.ts). Never quotes the password.
 */
export function passwordProblemDetail(password: string): ErrorDetail | null {
  const length = [...normalisePassword(password)].length
  if (length < passwordLimits.min) return { code: 'password.tooShort', params: { min: passwordLimits.min } }
  if (length > passwordLimits.max) return { code: 'password.tooLong', params: { max: passwordLimits.max } }
  if (hasControlChars(password)) return { code: 'password.control', params: {} }
  if (password.trim() === '') return { code: 'password.blank', params: {} }
  return null
}
