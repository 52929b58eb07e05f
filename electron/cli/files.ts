import { defaultImportLimits } from '../services/import/limits'
import { InputFileError, inputFileReason, readInputFile } from '../services/import/input-file'
import { CliError } from './io'

/** The most any one input file may hold (the import limit, 50 MB): beyond it the file is refused, not read. */
export const maxInputBytes = defaultImportLimits.maxFileBytes

/**
 * Reads a file's bytes; a failure becomes one line naming the file and the problem. Only a regular file
 * within `maxBytes` is read: /dev/zero, a FIFO or a 200 MB file is refused before a byte is read.
 */
export function readFileBytes(file: string, maxBytes: number = maxInputBytes): Buffer {
  try {
    return readInputFile(file, maxBytes)
  } catch (error) {
    if (error instanceof InputFileError) throw new CliError(`${file}: ${inputFileReason(error, maxBytes)}`)
    throw error
  }
}

/** Reads a UTF-8 text file as contracts.md defines it: BOM stripped, line endings kept. */
export function readTextFile(file: string, maxBytes: number = maxInputBytes): string {
  const bytes = readFileBytes(file, maxBytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${file}: not valid UTF-8 text`)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
