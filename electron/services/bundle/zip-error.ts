import type { ZipProblem } from '../../../shared/bundle/verify-catalogue'

/** Why a zip was refused; programs switch on the code, people read the verifier's catalogue (shared/bundle/verify-catalogue.ts). */
export type ZipErrorCode = ZipProblem

/** A zip the strict reader refuses. The message names the entry, never its content. */
export class ZipError extends Error {
  readonly code: ZipErrorCode
  /** the offending entry, when there is one */
  readonly entry: string | undefined
  constructor(code: ZipErrorCode, message: string, entry?: string) {
    super(message)
    this.name = 'ZipError'
    this.code = code
    this.entry = entry
  }
}
