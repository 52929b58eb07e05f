import { enErrors, zhCNErrors, type ErrorCatalogue, type ErrorMessageCode } from './error-catalogue'

export type { ErrorMessageCode } from './error-catalogue'
export type ErrorLocale = 'zh-CN' | 'en'
/** Flat parameters of a coded error: never document text, only logins, key ids, counts, limits. */
export type ErrorParams = Readonly<Record<string, string | number>>
/** What travels with a refusal: the catalogue code and its parameters; each front door words it. */
export type ErrorDetail = { readonly code: ErrorMessageCode; readonly params: ErrorParams }

export const errorCatalogues: Record<ErrorLocale, ErrorCatalogue> = { 'zh-CN': zhCNErrors, en: enErrors }

/** Role names as `{name:role}` prints them; any other value prints as is. */
const roleTerms: Record<ErrorLocale, Readonly<Record<string, string>>> = {
  'zh-CN': { drafter: '起草人', reviewer: '审核人', admin: '管理员' },
  en: {},
}

export function isErrorMessageCode(value: unknown): value is ErrorMessageCode {
  return typeof value === 'string' && Object.hasOwn(zhCNErrors, value)
}

/** The text of a coded error in one language; unknown parameters stay visible as `{name}`. */
export function renderError(locale: ErrorLocale, detail: ErrorDetail): string {
  const template = errorCatalogues[locale][detail.code]
  return template.replace(/\{(\w+)(?::(role))?\}/g, (whole, name: string, term: string | undefined) => {
    if (!Object.hasOwn(detail.params, name)) return whole
    const value = String(detail.params[name])
    return term ? (roleTerms[locale][value] ?? value) : value
  })
}

/** Both languages as one line, `中文 (English)`: the response's compatibility `message` and the CLI's wording. */
export function bilingualError(detail: ErrorDetail): string {
  return `${renderError('zh-CN', detail)} (${renderError('en', detail)})`
}

/** Checks a `{code, params}` that came over a wire (IPC, HTTP); undefined when it is not one. */
export function readErrorDetail(value: unknown): ErrorDetail | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { code, params } = value as { code?: unknown; params?: unknown }
  if (!isErrorMessageCode(code) || typeof params !== 'object' || params === null || Array.isArray(params)) return undefined
  const flat: Record<string, string | number> = {}
  for (const [name, item] of Object.entries(params)) {
    if (typeof item !== 'string' && typeof item !== 'number') return undefined
    flat[name] = item
  }
  return { code, params: flat }
}
