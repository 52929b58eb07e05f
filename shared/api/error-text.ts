import { importErrorText, isImportErrorCode } from '../import/errors'
import type { LocalizedText } from '../policy/types'
import { refusal, refusalCodes, type RefusalCode } from '../workflow/state-machine'
import { enErrors, zhCNErrors, type ErrorCatalogue, type ErrorMessageCode } from './error-catalogue'

export type { ErrorMessageCode } from './error-catalogue'
export type ErrorLocale = 'zh-CN' | 'en'
/** Flat parameters of a coded error: never document text, only logins, key ids, counts, limits, paths. */
export type ErrorParams = Readonly<Record<string, string | number>>
/** What travels with a refusal: the catalogue code and its parameters; each front door words it. */
export type ErrorDetail = { readonly code: ErrorMessageCode; readonly params: ErrorParams }

export const errorCatalogues: Record<ErrorLocale, ErrorCatalogue> = { 'zh-CN': zhCNErrors, en: enErrors }

/** Words a parameter names by code (a role, a kind of file), per language; any other value prints as is. */
const terms: Record<string, Record<ErrorLocale, Readonly<Record<string, string>>>> = {
  role: { 'zh-CN': { drafter: '起草人', reviewer: '审核人', admin: '管理员' }, en: {} },
  file: {
    'zh-CN': { request: '审核请求文件', decision: '审核结果文件' },
    en: { request: 'the review request', decision: 'the review decision' },
  },
  folder: { 'zh-CN': { chosen: '选择的文件夹', folder: '文件夹', sweep: '要排查的文件夹', export: '导出文件夹' }, en: {} },
}

/**
 * A parameter's text. `{name}` prints the value; `{name:role}`, `{name:file}`, `{name:folder}` a term for it; `{name:refusal}`
 * the workflow's reason for a refusal code; `{name:import}` the import's reason for an ImportError code;
 * `{name:plural:word}` the count and the word, with an English plural s; `{name:text}` the reader's half of a
 * text another catalogue already worded in both languages (params `name.zh-CN` and `name.en`).
 */
function paramText(locale: ErrorLocale, params: ErrorParams, name: string, kind: string | undefined, word: string | undefined): string | undefined {
  if (kind === 'text') {
    const half = params[`${name}.${locale}`]
    return half === undefined ? undefined : String(half)
  }
  if (!Object.hasOwn(params, name)) return undefined
  const value = String(params[name])
  if (kind === 'plural') return locale === 'en' && word ? `${value} ${word}${value === '1' ? '' : 's'}` : value
  if (kind === 'refusal') return isRefusalCode(value) ? refusal(value).message[locale] : value
  if (kind === 'import') return isImportErrorCode(value) ? importErrorText(value)[locale] : value
  const table = kind ? terms[kind]?.[locale] : undefined
  return table?.[value] ?? value
}

function isRefusalCode(value: string): value is RefusalCode {
  return (refusalCodes as readonly string[]).includes(value)
}


/** The two halves of a text worded elsewhere, as the parameters `{name:text}` reads. */
export function textParams(name: string, text: LocalizedText): Record<string, string> {
  return { [`${name}.zh-CN`]: text['zh-CN'], [`${name}.en`]: text.en }
}

export function isErrorMessageCode(value: unknown): value is ErrorMessageCode {
  return typeof value === 'string' && Object.hasOwn(zhCNErrors, value)
}

/** The text of a coded error in one language; unknown parameters stay visible as `{name}`. */
export function renderError(locale: ErrorLocale, detail: ErrorDetail): string {
  const template = errorCatalogues[locale][detail.code]
  return template.replace(/\{(\w+)(?::(\w+)(?::(\w+))?)?\}/g, (whole, name: string, kind: string | undefined, word: string | undefined) => paramText(locale, detail.params, name, kind, word) ?? whole)
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
