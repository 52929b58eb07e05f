import type { Reason, ReasonCode } from '../../../shared/pii/reasons'
import type { MessageKey } from '../../i18n/messages'
import type { Translate } from '../../i18n/translate'

/** Every reason code the engine can give has words in the catalogue: this fails to compile otherwise. */
type ReasonKey = `reason.${ReasonCode}`
const everyCodeWorded: ReasonKey extends MessageKey ? true : never = true
void everyCodeWorded

/**
 * One piece of the engine's evidence in the reader's language. The engine gives a code and the words it
 * quotes (shared/pii/reasons.ts); the catalogue's text for `reason.<code>` shows only those that help
 * the officer — never the value the panel shows masked (an ID number's area code and birth date, the
 * address's parts, the health words).
 */
export function reasonText(reason: Reason, t: Translate): string {
  const key: ReasonKey = `reason.${reason.code}`
  const words = t(key, reason.params)
  return reason.but ? t('reason.but', { first: words, second: reasonText(reason.but, t) }) : words
}
