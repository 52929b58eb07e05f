import type { Translate } from '../i18n/translate'
import { isApiError } from './api-error'

/** A failure in the reader's language: the code picks our own wording; unknown errors get the generic one. */
export function errorText(error: unknown, t: Translate): string {
  if (isApiError(error)) return t(`error.${error.code}`)
  return t('error.internal')
}
