import { hasRole, type Account, type Role } from '../../../shared/accounts/index'
import { serviceError, type ServiceError } from '../../../shared/api/result'
import type { Store } from '../store/index'
import { refusalError } from './refusals'

/**
 * Who acts on a call: the account a front door established (the window's session), or null when nobody is
 * signed in. Every handler map (Electron IPC, the browser host, the tests' dispatch) passes it to the
 * service, which decides itself whether that account may do what it asks. A method called without one
 * (`undefined`) is an in-process call: another service, or a test fixture seeding data.
 */
export type Acting = Account | null

export const roleNames: Record<Role, string> = { drafter: '起草人', reviewer: '审核人', admin: '管理员' }

/** The refusal for an account without `role`. */
export function lacksRole(account: Account, role: Role): ServiceError {
  return serviceError('forbidden', 'session.lacksRole', { login: account.login, role })
}

/** The signed-in account, refused when nobody is; with `role`, refused unless the account holds it. */
export function signedIn(by: Acting, role?: Role): Account {
  if (!by) throw serviceError('forbidden', 'session.signInFirst')
  if (role && !hasRole(by, role)) throw lacksRole(by, role)
  return by
}

/**
 * 谁可以做什么 — the rules every service applies to the acting account. Before the office has accounts
 * (first run, contracts §1) anyone at the machine acts; afterwards only a signed-in account, and a notice
 * changes only at its drafter's hand.
 */
export class Access {
  constructor(
    private readonly store: Store,
    private readonly hasAccounts: () => boolean,
  ) {}

  /** The signed-in account, refused when nobody is; with `role`, refused unless the account holds it. */
  signedIn(by: Acting, role?: Role): Account {
    return signedIn(by, role)
  }

  /** The workflow's own screens (the audit log, trust lists, reviews, bundle checks): anyone signed in, always. */
  user(by: Acting | undefined): void {
    if (by !== undefined) this.signedIn(by)
  }

  /** Reads notices and their decisions: anyone signed in, once the office has accounts. */
  reader(by: Acting | undefined): void {
    if (by !== undefined && this.hasAccounts()) this.signedIn(by)
  }

  /** With `role` once the office has accounts; null (nobody to name) before. */
  role(by: Acting, role: Role): Account | null {
    if (!this.hasAccounts()) return null
    return this.signedIn(by, role)
  }

  /**
   * The workflow actor for a new draft: the acting drafter once the office has accounts (nobody signed in is
   * told, as WorkflowService.create tells it, that a drafter must sign in), nobody before.
   */
  drafter(by: Acting): { account: Account } | undefined {
    if (by === null && this.hasAccounts()) throw serviceError('forbidden', 'workflow.needsDrafter')
    const account = this.role(by, 'drafter')
    return account ? { account } : undefined
  }

  /** 只有起草人可以修改 — saves, decisions, the recycle bin: the notice's drafter, once the office has accounts. */
  editor(id: string, by: Acting): void {
    if (this.hasAccounts()) this.assertDrafter(id, this.signedIn(by))
  }

  /**
   * Refuses anyone but the notice's drafter (a notice made before accounts existed may be edited by any
   * drafter).
   */
  assertDrafter(id: string, account: Account): void {
    assertDrafterOf(this.store, id, account)
  }
}

/** 只有起草人可以修改: refuses anyone but the notice's drafter (any drafter for a notice made before accounts existed). */
export function assertDrafterOf(store: Store, id: string, account: Account): void {
  if (!hasRole(account, 'drafter')) throw lacksRole(account, 'drafter')
  const drafter = store.get<{ drafted_by: string | null }>('SELECT drafted_by FROM notices WHERE id = ?', [id])?.drafted_by ?? null
  if (drafter !== null && drafter !== account.id) throw refusalError('forbidden', 'not_drafter')
}
