import { bilingualError } from '../../../shared/api/error-text'
import { serviceError } from '../../../shared/api/result'
import type { AuditService } from '../audit/index'
import type { Logger } from '../common/logger'
import type { Store } from '../store/index'
import { secretRow, type SecretRow } from './account-rows'
import { backoffSeconds, secondsLeft } from './backoff'
import { checkPasswordHash, parseKdf } from './kdf'

/** The one answer to every failed sign-in: it never says whether the login exists. */
export const WRONG_LOGIN = bilingualError({ code: 'login.wrong', params: {} })

export type CheckDeps = { store: Store; audit: AuditService; log: Logger; now: () => Date }

/**
 * Checks a password against the stored scrypt hash, with the per-account back-off: while an account is
 * waiting out earlier failures it is refused without even hashing, and every wrong password is counted
 * in the store (so restarting the app does not reset the count) and written to the audit log. One scrypt run;
 * `master` is what it derived, for opening the account's keys in this same action (null for a password row
 * written before v2, see kdf.ts) — the caller wipes it when the action is done.
 */
export async function checkPassword(deps: CheckDeps, login: string, password: string): Promise<{ row: SecretRow; master: Buffer | null }> {
  const row = secretRow(deps.store, login)
  // An unknown login is refused exactly like a wrong password, so sign-in never reveals which accounts exist.
  if (!row) throw serviceError('forbidden', 'login.wrong')
  const waiting = secondsLeft(row.locked_until, deps.now())
  if (waiting > 0) {
    throw serviceError('forbidden', 'login.wrongWait', { seconds: waiting })
  }
  const { ok, master } = await checkPasswordHash(password, { hash: row.password_hash, salt: row.password_salt, params: parseKdf(row.password_kdf) })
  if (!ok) {
    const { failures, wait } = recordFailure(deps, row)
    deps.log.warn('account.login_failed', { login, failures, waitSeconds: wait })
    throw wait > 0 ? serviceError('forbidden', 'login.wrongWait', { seconds: wait }) : serviceError('forbidden', 'login.wrong')
  }
  if (row.failed_logins !== 0 || row.locked_until !== null) {
    // Written only when there is something to clear, so an ordinary login costs no disk write.
    try {
      deps.store.transaction((tx) => tx.run('UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?', [row.id]))
    } catch (error) {
      master?.fill(0)
      throw error
    }
  }
  return { row, master }
}

function recordFailure(deps: CheckDeps, row: SecretRow): { failures: number; wait: number } {
  const now = deps.now()
  return deps.store.transaction((tx) => {
    const current = tx.get<{ failed_logins: number }>('SELECT failed_logins FROM accounts WHERE id = ?', [row.id])
    const failures = (current?.failed_logins ?? row.failed_logins) + 1
    const wait = backoffSeconds(failures)
    const lockedUntil = wait > 0 ? new Date(now.getTime() + wait * 1000).toISOString() : null
    tx.run('UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?', [failures, lockedUntil, row.id])
    deps.audit.append(tx, 'account.login_failed', null, row.login, { accountId: row.id, failures, waitSeconds: wait })
    return { failures, wait }
  })
}
