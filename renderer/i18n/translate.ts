import type { Locale } from '../../shared/api/contract'
import { catalogues, type MessageKey } from './messages'

export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

/** The text for a key in a language, with `{name}` parameters filled in (unknown ones stay visible). */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
