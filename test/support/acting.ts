import type { Account } from '../../shared/accounts/index'
import type { Core } from '../../electron/services/core'

/**
 * The account a test acts as when it edits a notice in-process, as its drafter would from the app: every
 * service method that acts takes the acting account (null before the office has accounts, or for a notice
 * made before them).
 */
export function drafterOf(core: Core, noticeId: string): Account | null {
  const drafter = core.store.get<{ drafted_by: string | null }>('SELECT drafted_by FROM notices WHERE id = ?', [noticeId])?.drafted_by ?? null
  // a notice made before accounts existed may be edited by any drafter (common/access assertDrafterOf)
  const listed = core.accounts.list().find((account) => (drafter === null ? account.roles.includes('drafter') && account.deactivatedAt === null : account.id === drafter))
  return listed ? core.accounts.get(listed.login) : null
}
