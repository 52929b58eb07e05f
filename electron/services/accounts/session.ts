import { fingerprintOf, hasRole, type Account, type Role } from '../../../shared/accounts/index'
import type { Session, SessionUser } from '../../../shared/api/contract-workflow'
import { serviceError } from '../../../shared/api/result'
import type { AccountService, TrustExport } from './index'
import type { AuditService } from '../audit/index'

/**
 * 登录状态 — who is using this window. One core serves one window (Electron) or one launch token (browser
 * shell), so one signed-in account per core. Only the account id is kept: never the password, never a key.
 * Every request re-reads the account, so an account whose roles change is judged by its current roles.
 */
export class SessionService {
  private accountId: string | null = null

  constructor(
    private readonly accounts: AccountService,
    private readonly trust: TrustExport,
    private readonly audit: Pick<AuditService, 'record'>,
    private readonly onChange: () => void,
  ) {}

  get(): Session {
    return { hasAccounts: this.accounts.hasAccounts(), office: this.trust.office(), user: this.user() }
  }

  /** First run: the office and its first administrator, who is signed in at once. */
  async setup(input: { office: string; login: string; name: string; password: string }): Promise<Session> {
    if (this.accounts.hasAccounts()) throw serviceError('conflict', 'session.alreadySetUp')
    // the office name goes through the trust list's own checks before any account exists
    const office = this.trust.build(input.office).office
    const account = await this.accounts.create({ login: input.login, name: input.name, roles: ['admin'], password: input.password })
    this.trust.setOffice(office)
    return this.signedIn(account)
  }

  async signIn(login: string, password: string): Promise<Session> {
    const account = await this.accounts.authenticate(login, password)
    return this.signedIn(account)
  }

  signOut(): Session {
    const account = this.current()
    if (this.accountId !== null) {
      this.accountId = null
      this.audit.record('session.signed_out', account?.login ?? null, null)
      this.onChange()
    }
    return this.get()
  }

  /** The signed-in account, refused when nobody is; with `role`, refused unless the account holds it. */
  require(role?: Role): Account {
    const account = this.current()
    if (!account) throw serviceError('forbidden', 'session.signInFirst')
    if (role && !hasRole(account, role)) throw serviceError('forbidden', 'session.lacksRole', { login: account.login, role })
    return account
  }

  /** The signed-in account, or undefined (also when it was removed meanwhile). */
  current(): Account | undefined {
    if (this.accountId === null) return undefined
    // a deactivated account's session ends with it
    return this.accounts.list().find((a) => a.id === this.accountId && a.deactivatedAt === null)
  }

  private user(): SessionUser | null {
    const account = this.current()
    if (!account) return null
    return { ...account, fingerprint: account.keyid ? fingerprintOf(account.keyid) : null }
  }

  private signedIn(account: Account): Session {
    this.accountId = account.id
    this.audit.record('session.signed_in', account.login, null)
    this.onChange()
    return this.get()
  }
}

