import type { Locale } from '../../shared/api/contract'
import type { Translate } from '../i18n/translate'
import { serviceMessage } from './service-message'

/**
 * A failure in the reader's language, as precisely as it is known: the service's or the transport's own
 * reason from the error's `{code, params}` (密码错误, 后台服务没有响应, 请求太大 …); the code's general text when
 * there is none; the generic text for anything that is not a service error.
 */
export function errorText(error: unknown, t: Translate, locale: Locale): string {
  return serviceMessage(error, locale, t)
}
