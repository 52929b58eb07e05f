/** Error codes every front door understands; the message is for people, the code for programs. */
export const errorCodes = ['invalid_request', 'not_found', 'conflict', 'forbidden', 'unavailable', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]

/** Handlers return this instead of throwing: Electron only forwards the message of a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string }

/** An error a service raises on purpose; its message is safe to show (it never contains document text). */
export class ServiceError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ServiceError'
    this.code = code
  }
}
