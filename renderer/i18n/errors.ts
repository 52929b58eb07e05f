import type { Locale } from '../../shared/api/contract'
import { renderError, type ErrorDetail } from '../../shared/api/error-text'

export type { ErrorDetail } from '../../shared/api/error-text'

/**
 * A service's coded error (`{code, params}`) in the reader's language. The texts live in one catalogue
 * beside this one's messages (shared/api/error-catalogue.ts), shared with the CLI, which prints both halves.
 */
export function translateError(locale: Locale, detail: ErrorDetail): string {
  return renderError(locale, detail)
}
