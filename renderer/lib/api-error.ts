import type { ErrorDetail } from '../../shared/api/error-text'
import type { ErrorCode } from '../../shared/api/result'

/** A failed API call: `code` is for the program (conflict, not_found…), `message` is safe to show. */
export class ApiError extends Error {
  readonly code: ErrorCode
  /** the service's coded reason, worded in the reader's language by the catalogue (see error-text.ts) */
  readonly detail: ErrorDetail | undefined
  constructor(code: ErrorCode, message: string, detail?: ErrorDetail) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.detail = detail
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
