import type { Locale } from '../../shared/api/contract'
import { translateError } from '../i18n/errors'
import type { Translate } from '../i18n/translate'
import { isApiError } from './api-error'

/**
 * The service's own reason for a refusal, in the reader's language (wrong password, locked for N
 * seconds, not an admin…), which says far more than the generic text of the error code. It comes from
 * the error's `{code, params}` through the catalogue; every error a service raises carries one. Failures
 * before a service ran (a bridge that could not send, an answer that did not match the contract) fall
 * back to the code's text. The message itself is never shown: it is for programs and logs.
 */
export function serviceMessage(error: unknown, locale: Locale, t: Translate): string {
  if (!isApiError(error)) return t('error.internal')
  if (error.detail) return translateError(locale, error.detail)
  return t(`error.${error.code}`)
}
