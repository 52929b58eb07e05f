import fs from 'node:fs'

/** Why an input file cannot be read: each becomes one line naming the file (CLI) or an ImportError (import). */
export type InputFileProblem = 'not-found' | 'is-directory' | 'not-regular' | 'too-large' | 'permission' | 'unreadable'

export class InputFileError extends Error {
  override readonly name = 'InputFileError'
  constructor(
    readonly file: string,
    readonly problem: InputFileProblem,
    /** the file's size, for 'too-large' */
    readonly size = 0,
  ) {
    super(`${file}: ${problem}`)
  }
}

const reasons: Readonly<Record<InputFileProblem, string>> = {
  'not-found': 'no such file',
  'is-directory': 'is a directory',
  'not-regular': 'not a regular file (a device, pipe or socket); give a file',
  'too-large': 'too large',
  permission: 'permission denied',
  unreadable: 'cannot be read',
}

/** The reason in a few English words, for one-line messages. */
export function inputFileReason(error: InputFileError, maxBytes: number): string {
  if (error.problem === 'too-large') return `larger than ${Math.round(maxBytes / (1024 * 1024))} MB (${error.size} bytes); split it`
  return reasons[error.problem]
}

/**
 * Reads a whole input file, refusing before a byte is read anything that is not a regular file (/dev/zero,
 * a FIFO, a socket: reading them never ends) or is larger than `maxBytes`. The file is opened non-blocking,
 * so opening a FIFO with no writer returns at once instead of hanging, and checked on the open descriptor,
 * so it cannot be swapped between the check and the read. A file that grows while read is cut at the limit + 1
 * and refused the same way.
 */
export function readInputFile(file: string, maxBytes: number): Buffer {
  let fd: number
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new InputFileError(file, problemOf(error))
  }
  try {
    const stat = fs.fstatSync(fd)
    if (stat.isDirectory()) throw new InputFileError(file, 'is-directory')
    if (!stat.isFile()) throw new InputFileError(file, 'not-regular')
    if (stat.size > maxBytes) throw new InputFileError(file, 'too-large', stat.size)
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
      if (length === buffer.length) {
        if (length > maxBytes) throw new InputFileError(file, 'too-large', length)
        break
      }
    }
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof InputFileError) throw error
    throw new InputFileError(file, problemOf(error))
  } finally {
    fs.closeSync(fd)
  }
}

function problemOf(error: unknown): InputFileProblem {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found'
    case 'EISDIR':
      return 'is-directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission'
    case 'ENXIO':
      // a FIFO or socket that cannot be opened this way
      return 'not-regular'
    default:
      return 'unreadable'
  }
}
