import type { LocalizedText } from '../policy/types'
import { enVerify, verifySeparators as separators, verifyTerms, zhCNVerify, type VerifyCatalogue, type VerifyCode } from './verify-catalogue'

export type { VerifyCode } from './verify-catalogue'
export type VerifyLocale = 'zh-CN' | 'en'
/**
 * The parameters of a reason: key ids, file names, signer names and times as found (strings from an unverified
 * file are already made safe to print, see `shown`), counts, and codes a term table words (`side`, `why`…).
 */
export type VerifyParams = Readonly<Record<string, string | number | readonly string[]>>
/** One reason of the verifier: what programs switch on (`code`) and what fills its words (`params`). */
export type VerifyReason = { readonly code: VerifyCode; readonly params: VerifyParams }

const catalogues: Record<VerifyLocale, VerifyCatalogue> = { 'zh-CN': zhCNVerify, en: enVerify }

export function isVerifyCode(value: unknown): value is VerifyCode {
  return typeof value === 'string' && Object.hasOwn(zhCNVerify, value)
}

export const shortKey = (keyid: string): string => `${keyid.slice(0, 16)}…`

const placeholder = /\{(\w+)(?::(\w+))?\}/g

function fill(locale: VerifyLocale, template: string, params: VerifyParams, nested: boolean): string {
  return template.replace(placeholder, (whole, name: string, kind: string | undefined) => {
    if (!Object.hasOwn(params, name)) return whole
    const value = params[name]
    if (Array.isArray(value)) return value.join(separators[locale].list)
    const text = String(value)
    if (kind === undefined) return text
    if (kind === 'key') return shortKey(text)
    if (kind === 'list') return text
    // a reason inside a reason (未能检查：…) goes one level deep, with the same parameters
    if (kind === 'reason') return !nested && isVerifyCode(text) ? fill(locale, catalogues[locale][text], params, true) : text
    const term = verifyTerms[kind]?.[locale][text]
    return term === undefined ? text : fill(locale, term, params, true)
  })
}

/** One reason in one language; a parameter the reason lacks stays visible as `{name}`. */
export function renderVerifyReason(locale: VerifyLocale, reason: VerifyReason): string {
  return fill(locale, catalogues[locale][reason.code], reason.params, false)
}

/** A check's reasons in one language, joined as one sentence (；in Chinese). */
export function renderVerifyReasons(locale: VerifyLocale, reasons: readonly VerifyReason[]): string {
  return reasons.map((reason) => renderVerifyReason(locale, reason)).join(separators[locale].reasons)
}

/** Both languages, for the CLI's output and the `reason` its JSON has always carried. */
export function verifyReasonText(reasons: readonly VerifyReason[]): LocalizedText {
  return { 'zh-CN': renderVerifyReasons('zh-CN', reasons), en: renderVerifyReasons('en', reasons) }
}

/** Checks a reason that came over a wire (IPC, HTTP); undefined when it is not one. */
export function readVerifyReason(value: unknown): VerifyReason | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { code, params } = value as { code?: unknown; params?: unknown }
  if (!isVerifyCode(code) || typeof params !== 'object' || params === null || Array.isArray(params)) return undefined
  const out: Record<string, string | number | readonly string[]> = {}
  for (const [name, item] of Object.entries(params)) {
    if (typeof item === 'string' || typeof item === 'number') out[name] = item
    else if (Array.isArray(item) && item.every((x) => typeof x === 'string')) out[name] = item
    else return undefined
  }
  return { code, params: out }
}
