import { bilingualError, type ErrorDetail, type ErrorMessageCode, type ErrorParams } from './error-text'

/** Error codes every front door understands; the message is for people, the code for programs. */
export const errorCodes = ['invalid_request', 'not_found', 'conflict', 'forbidden', 'unavailable', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]

/**
 * Handlers return this instead of throwing: Electron only forwards the message of a thrown error.
 * `detail` is the coded reason (`{code, params}`, see error-catalogue.ts) each front door words in its
 * own language; `message` stays for compatibility (`中文 (English)`, built from the same catalogue).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; detail?: ErrorDetail }

/** An error a service raises on purpose; its message is safe to show (it never contains document text). */
export class ServiceError extends Error {
  readonly code: ErrorCode
  /** the coded reason; absent only for services not yet converted to the catalogue */
  readonly detail: ErrorDetail | undefined
  constructor(code: ErrorCode, message: string, detail?: ErrorDetail) {
    super(message)
    this.name = 'ServiceError'
    this.code = code
    this.detail = detail
  }
}

/** A coded refusal: `code` is the category for programs, `reason` and `params` pick the catalogue's wording. */
export function serviceError(code: ErrorCode, reason: ErrorMessageCode, params: ErrorParams = {}): ServiceError {
  const detail: ErrorDetail = { code: reason, params }
  return new ServiceError(code, bilingualError(detail), detail)
}
