import type { Locale } from '../../../shared/api/contract'

/** A service text given in both languages ({'zh-CN', en}), in the reader's. */
export function localized(text: Record<Locale, string>, locale: Locale): string {
  return text[locale]
}
