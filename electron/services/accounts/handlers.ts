import { fingerprintOf, type Account } from '../../../shared/accounts/index'
import type { Handlers } from '../../../shared/api/contract'
import type { AccountView, KeyView } from '../../../shared/api/contract-workflow'
import { serviceError } from '../../../shared/api/result'
import { signedIn } from '../common/access'
import type { FrontDoor } from '../common/front-door'
import type { AccountListing, AccountService } from './account-service'
import type { SessionService } from './session'

type AccountChannel = `session.${string}` | `account.${string}`

/**
 * Sign-in and accounts. The window's session names who acts; the AccountService checks the administrator's
 * password and rules on every change itself.
 */
export function accountHandlers(d: { door: FrontDoor; session: SessionService; accounts: AccountService }): Pick<Handlers, Extract<keyof Handlers, AccountChannel>> {
  const { door, session, accounts } = d
  const admin = (): Account => signedIn(door.acting(), 'admin')
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
      const acting = admin()
      const account = await accounts.create({ login: r.login, name: r.name, roles: r.roles, password: r.password }, { login: acting.login, password: r.adminPassword })
      door.sessionChanged()
      return { ...listing(accounts, account.login), warnings: account.warnings.map((w) => ({ code: w.code, logins: w.logins })) }
    },
    'account.reset': async (r) => {
      const acting = admin()
      await accounts.resetPassword({ login: acting.login, password: r.adminPassword }, r.login, r.newPassword)
      door.sessionChanged()
      return listing(accounts, r.login)
    },
    'account.setRoles': async (r) => {
      const acting = admin()
      await accounts.setRoles({ login: acting.login, password: r.adminPassword }, r.login, r.roles)
      door.sessionChanged()
      return listing(accounts, r.login)
    },
    'account.deactivate': async (r) => {
      const acting = admin()
      await accounts.deactivate({ login: acting.login, password: r.adminPassword }, r.login)
      door.sessionChanged()
      return listing(accounts, r.login)
    },
    'account.changePassword': async (r) => {
      await accounts.changePassword(signedIn(door.acting()).login, r.oldPassword, r.newPassword)
      return session.get()
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
