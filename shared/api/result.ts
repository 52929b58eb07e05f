import { bilingualError, type ErrorDetail, type ErrorMessageCode, type ErrorParams } from './error-text'

/** Error codes every front door understands; the message is for people, the code for programs. */
export const errorCodes = ['invalid_request', 'not_found', 'conflict', 'forbidden', 'unavailable', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]

/**
 * Handlers return this instead of throwing: Electron only forwards the message of a thrown error.
 * `detail` is the coded reason (`{code, params}`, see error-catalogue.ts) each front door words in its
 * own language; `message` stays for compatibility (`中文 (English)`, built from the same catalogue). Only
 * failures before a service runs (an unknown channel, a request the schema refuses, a host that cannot
 * be reached) may come without a detail; the renderer then shows the text of `code`.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; detail?: ErrorDetail }

/**
 * An error a service raises on purpose: always coded, so every front door can word it (it never
 * contains document text). `message` is the catalogue's `中文 (English)` unless the caller passes on
 * the compatibility message of a response it received.
 */
export class ServiceError extends Error {
  readonly code: ErrorCode
  readonly detail: ErrorDetail
  constructor(code: ErrorCode, detail: ErrorDetail, message: string = bilingualError(detail)) {
    super(message)
    this.name = 'ServiceError'
    this.code = code
    this.detail = detail
  }
}

/** A coded refusal: `code` is the category for programs, `reason` and `params` pick the catalogue's wording. */
export function serviceError(code: ErrorCode, reason: ErrorMessageCode, params: ErrorParams = {}): ServiceError {
  return new ServiceError(code, { code: reason, params })
}
