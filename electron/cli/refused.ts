import { ServiceError } from '../../shared/api/result'
import { CliError, exitCodes } from './io'

/**
 * Service refusals become one line and exit 1 (the user must act: decide a finding, ask someone else to
 * review); a notice that does not exist or a malformed request is a usage error (exit 2).
 */
export async function refused<T>(fn: () => T | Promise<T>, id?: string): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error
    if (error.code === 'not_found') throw new CliError(id ? `notice ${id}: not found` : error.message)
    const exit = error.code === 'forbidden' || error.code === 'conflict' ? exitCodes.actionNeeded : exitCodes.usage
    throw new CliError(id ? `notice ${id}: ${error.message}` : error.message, exit)
  }
}
