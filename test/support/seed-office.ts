import { openCore } from '../../electron/services/core'
import type { Role } from '../../shared/accounts/index'
import { cheapAccounts } from './test-kdf'

export type SeedAccount = { login: string; name: string; password: string; roles: readonly Role[] }

/**
 * Makes an office in `dataDir` the way its administrator would — the first admin, then the other accounts
 * added by that admin, the office named by a trust-list export — through the real services, with the
 * accounts hashed at the test-only cost (test/support/test-kdf.ts) so that signing in and signing in the
 * tests cost milliseconds. The product's own cost is what the accounts specs and the security tests check.
 */
export async function seedOffice(dataDir: string, office: string, admin: SeedAccount, others: readonly SeedAccount[]): Promise<void> {
  const core = await openCore({ dataDir, shell: 'cli' }, cheapAccounts)
  try {
    await core.accounts.create(admin)
    for (const account of others) await core.accounts.create(account, { login: admin.login, password: admin.password })
    const list = core.trustStore.officeList(office)
    core.trust.exported(list, core.trust.serialise(list))
  } finally {
    core.close()
  }
}
