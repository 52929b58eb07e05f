/** Why a zip was refused; programs switch on the code, people read the message. */
export type ZipErrorCode =
  | 'not-zip'
  | 'trailing-data'
  | 'multi-disk'
  | 'zip64'
  | 'structure'
  | 'too-many-entries'
  | 'bad-name'
  | 'duplicate-name'
  | 'encrypted'
  | 'unsupported-method'
  | 'too-large'
  | 'ratio'
  | 'header-mismatch'
  | 'descriptor-mismatch'
  | 'bad-data'
  | 'crc'
  | 'hidden-data'
  | 'gap'
  | 'overlap'
  | 'compressed'
  | 'comment'
  | 'extra-field'
  | 'header-fields'
  | 'unexpected-file'
  | 'order'

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
