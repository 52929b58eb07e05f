import type { Credentials } from '../services/accounts/index'
import { readTextFile } from './files'
import { CliError } from './io'

/** The variable that may carry the acting user's password instead of --password-file. */
export const passwordEnv = 'COUNTERSIGN_PASSWORD'

/**
 * Reads a password file: its first line, without the line ending (a file saved by Notepad may carry a
 * BOM and CRLF; both go). Passwords never come from a plain argument, where `ps` and shell history see them.
 */
export function readPasswordFile(file: string, flag: string): string {
  const first = readTextFile(file).split(/\r\n|\n|\r/)[0] ?? ''
  if (first === '') throw new CliError(`${file}: ${flag} file has an empty first line (no password)`)
  return first
}

/** The acting user's password: --password-file FILE, else COUNTERSIGN_PASSWORD. */
export function actingPassword(passwordFile: string | undefined, login: string, env: NodeJS.ProcessEnv = process.env): string {
  if (passwordFile !== undefined) return readPasswordFile(passwordFile, '--password-file')
  const fromEnv = env[passwordEnv]
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  throw new CliError(`--as ${login} needs that account's password: --password-file FILE or ${passwordEnv}`)
}

/** --as LOGIN with its password, or undefined when --as is absent. */
export function actingAs(values: { as?: string | undefined; 'password-file'?: string | undefined }, env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  if (values.as === undefined) {
    if (values['password-file'] !== undefined) throw new CliError('--password-file needs --as LOGIN')
    return undefined
  }
  if (values.as === '') throw new CliError('--as needs a login')
  return { login: values.as, password: actingPassword(values['password-file'], values.as, env) }
}

/** Like actingAs, for commands that cannot run without one. */
export function requireActingAs(values: { as?: string | undefined; 'password-file'?: string | undefined }, why: string): Credentials {
  const credentials = actingAs(values)
  if (!credentials) throw new CliError(`missing --as LOGIN (${why})`)
  return credentials
}
