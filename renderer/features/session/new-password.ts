import type { Locale } from '../../../shared/api/contract'
import { loginPattern, nameLimits } from '../../../shared/accounts/roles'
import type { Translate } from '../../i18n/translate'
import { passwordProblemDetail } from '../../../shared/api/password-detail'
import { translateError } from '../../i18n/errors'

/**
 * Checks a new password the way the services will (shared/accounts/password-policy.ts), plus the
 * second copy typed to catch a slip; undefined when it is fine. The policy's wording comes from the error catalogue.
 */
export function newPasswordError(password: string, confirm: string, locale: Locale, t: Translate): string | undefined {
  const problem = passwordProblemDetail(password)
  if (problem) return translateError(locale, problem)
  if (password !== confirm) return t('password.mismatch')
  return undefined
}

export function loginError(login: string, t: Translate): string | undefined {
  return loginPattern.test(login) ? undefined : t('field.loginInvalid')
}

export function nameError(name: string, t: Translate): string | undefined {
  const trimmed = name.trim()
  if (trimmed === '') return t('field.nameRequired')
  if ([...trimmed].length > nameLimits.max) return t('field.nameTooLong', { max: nameLimits.max })
  return undefined
}

/** Reads a password input and empties it, so the text lives nowhere but the call it is passed to. */
export function takeValue(input: HTMLInputElement | null): string {
  if (!input) return ''
  const value = input.value
  input.value = ''
  return value
}
