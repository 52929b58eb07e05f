import type { Locale } from '../../shared/api/contract'
import { translateError } from '../i18n/errors'
import type { Translate } from '../i18n/translate'
import { isApiError } from './api-error'

const hasHan = /\p{Script=Han}/u

/**
 * The service's own reason for a refusal, in the reader's language (wrong password, locked for N
 * seconds, not an admin…), which says far more than the generic text of the error code. It comes from
 * the error's `{code, params}` through the catalogue. Refusals without one (request validation, a bridge
 * failure) fall back to the code's text.
 */
export function serviceMessage(error: unknown, locale: Locale, t: Translate): string {
  if (!isApiError(error)) return t('error.internal')
  if (error.detail) return translateError(locale, error.detail)
  const legacy = legacyHalf(error.message, locale)
  if (legacy !== undefined) return legacy
  return t(`error.${error.code}`)
}

/**
 * FALLBACK for services not yet converted to coded errors (see the list in shared/api/error-catalogue.ts):
 * their message is still `中文 (English)`. Remove with the last `new ServiceError(code, message)` site.
 */
function legacyHalf(message: string, locale: Locale): string | undefined {
  if (message.endsWith(')')) {
    let depth = 0
    for (let i = message.length - 1; i >= 0; i--) {
      depth += message[i] === ')' ? 1 : message[i] === '(' ? -1 : 0
      if (depth !== 0) continue
      const zh = message.slice(0, i).trim()
      const en = message.slice(i + 1, -1).trim()
      if (zh && en) return locale === 'en' ? en : zh
      break
    }
  }
  return locale === 'zh-CN' && hasHan.test(message) ? message : undefined
}
