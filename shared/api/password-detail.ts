import { passwordProblem } from '../accounts/password-policy'
import type { ErrorDetail } from './error-text'

/**
 * Why a new password is not acceptable, as a coded error, or null when it is. The rules and their codes
 * are password-policy.ts's; this only types them as the catalogue's (a code it lacks fails to compile).
 */
export function passwordProblemDetail(password: string): ErrorDetail | null {
  return passwordProblem(password)
}
