import type { Locale } from '../../shared/api/contract'
import type { Translate } from '../i18n/translate'
import { isApiError } from './api-error'

/**
 * Splits a service message written as `中文 (English)` — how every `ServiceError` is worded — into its
 * two halves; undefined when the message is not in that form. The English half may itself contain
 * parentheses, so the split is found by balancing them from the end.
 */
export function splitBilingual(message: string): { zh: string; en: string } | undefined {
  if (!message.endsWith(')')) return undefined
  let depth = 0
  for (let i = message.length - 1; i >= 0; i--) {
    const char = message[i]
    if (char === ')') depth++
    else if (char === '(') depth--
    if (depth === 0) {
      const zh = message.slice(0, i).trim()
      const en = message.slice(i + 1, -1).trim()
      return zh && en ? { zh, en } : undefined
    }
  }
  return undefined
}

const hasHan = /\p{Script=Han}/u

/**
 * The service's own reason for a refusal, in the reader's language (wrong password, locked for N
 * seconds, not an admin…), which says far more than the generic text of the error code. Service messages
 * never hold document text (dispatch replaces unexpected errors with a generic one); messages that are
 * not worded for people (request validation, a bridge failure) fall back to the code's text.
 */
export function serviceMessage(error: unknown, locale: Locale, t: Translate): string {
  if (!isApiError(error)) return t('error.internal')
  const parts = splitBilingual(error.message)
  if (parts) return locale === 'en' ? parts.en : parts.zh
  if (locale === 'zh-CN' && hasHan.test(error.message)) return error.message
  return t(`error.${error.code}`)
}
