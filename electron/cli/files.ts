import fs from 'node:fs'
import { CliError } from './io'

/** Reads a file's bytes; a failure becomes one line naming the file and the problem. */
export function readFileBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read'
    throw new CliError(`${file}: ${reason}`)
  }
}

/** Reads a UTF-8 text file as contracts.md defines it: BOM stripped, line endings kept. */
export function readTextFile(file: string): string {
  const bytes = readFileBytes(file)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${file}: not valid UTF-8 text`)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
