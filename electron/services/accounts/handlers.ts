import { fingerprintOf } from '../../../shared/accounts/index'
import type { Handlers } from '../../../shared/api/contract'
import type { AccountView, KeyView } from '../../../shared/api/contract-workflow'
import { serviceError } from '../../../shared/api/result'
import { signedIn } from '../common/access'
import type { FrontDoor } from '../common/front-door'
import type { AccountListing, AccountService, Credentials } from './account-service'
import type { SessionService } from './session'

type AccountChannel = `session.${string}` | `account.${string}`

/**
 * Sign-in and accounts. The window's session (or the CLI's --as) names who acts; the AccountService rules on
 * every change itself: it checks that the acting account is an administrator and that `adminPassword` is its
 * password, and, before the office has any account, lets nobody create the first administrator.
 */
export function accountHandlers(d: { door: FrontDoor; session: SessionService; accounts: AccountService }): Pick<Handlers, Extract<keyof Handlers, AccountChannel>> {
  const { door, session, accounts } = d
  /** The acting account with the password it confirmed this change with; nobody acting, no credentials. */
  const asActing = (adminPassword: string | undefined): Credentials | undefined => {
    const by = door.acting()
    return by && adminPassword !== undefined ? { login: by.login, password: adminPassword } : undefined
  }
  const changed = <T>(value: T): T => {
    door.sessionChanged()
    return value
  }
  return {
    'session.get': () => session.get(),
    'session.setup': (r) => session.setup(r),
    'session.signIn': (r) => session.signIn(r.login, r.password),
    'session.signOut': () => session.signOut(),

    'account.list': () => {
      signedIn(door.acting())
      return accounts.list().map(accountView)
    },
    'account.create': async (r) => {
      const account = await accounts.create({ login: r.login, name: r.name, roles: r.roles, password: r.password }, asActing(r.adminPassword))
      return changed({ ...listing(accounts, account.login), warnings: account.warnings.map((w) => ({ code: w.code, logins: w.logins })) })
    },
    'account.reset': async (r) => {
      await accounts.resetPassword(asActing(r.adminPassword), r.login, r.newPassword)
      return changed(listing(accounts, r.login))
    },
    'account.setRoles': async (r) => {
      const result = await accounts.setRoles(asActing(r.adminPassword), r.login, r.roles)
      return changed({ ...listing(accounts, r.login), changed: result.changed, retiredKeyids: result.retiredKeyids })
    },
    'account.deactivate': async (r) => {
      const result = await accounts.deactivate(asActing(r.adminPassword), r.login)
      return changed({ ...listing(accounts, r.login), revokedKeyids: result.revokedKeyids })
    },
    'account.revokeKey': async (r) => {
      const revoked = await accounts.revokeKey(asActing(r.adminPassword), r.login, r.reason, r.keyid)
      return changed({ ...listing(accounts, r.login), revoked })
    },
    'account.changePassword': async (r) => {
      const account = await accounts.changePassword(signedIn(door.acting()).login, r.oldPassword, r.newPassword)
      return { ...session.get(), account: { ...account, fingerprint: account.keyid === null ? null : fingerprintOf(account.keyid) } }
    },
  }
}

function listing(accounts: AccountService, login: string): AccountView {
  const found = accounts.list().find((a) => a.login === login)
  if (!found) throw serviceError('not_found', 'account.notFound', { login })
  return accountView(found)
}

function accountView(a: AccountListing): AccountView {
  return {
    id: a.id,
    login: a.login,
    name: a.name,
    roles: a.roles,
    createdAt: a.createdAt,
    keyid: a.keyid,
    deactivatedAt: a.deactivatedAt,
    fingerprint: a.fingerprint,
    keys: a.keys.map(
      (k): KeyView => ({
        keyid: k.keyid,
        alg: k.alg,
        fingerprint: k.fingerprint || fingerprintOf(k.keyid),
        personId: a.id,
        name: a.name,
        roles: k.roles ?? a.roles,
        validFrom: k.validFrom,
        validUntil: k.validUntil,
        revokedAt: k.revokedAt,
        revocationReason: k.revocationReason,
        state: k.state,
      }),
    ),
  }
}
