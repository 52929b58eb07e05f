import type { ErrorCode } from '../../shared/api/result'

/** A failed API call: `code` is for the program (conflict, not_found…), `message` is safe to show. */
export class ApiError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
