import { useState } from 'react'
import type { AccountView } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { serviceMessage } from '../../lib/service-message'
import { Icon } from '../../ui/icon'
import { useSession } from '../session/session-context'
import { useNavigation } from '../shell/navigation'
import { AccountsTable } from './accounts-table'
import { AddAccountDialog } from './add-account-dialog'
import { DeactivateDialog } from './deactivate-dialog'
import { RolesDialog } from './roles-dialog'
import { ResetPasswordDialog } from './reset-password-dialog'
import { useAccounts } from './use-accounts'
import '../../ui/data-table.css'
import '../../ui/page-tools.css'
import './accounts.css'

/**
 * 账户 — everyone sees who may draft, review and administer, with each person's signing key; only an
 * administrator adds accounts and resets passwords (the services refuse anyone else in any case).
 */
export function AccountsPage() {
  const { t, locale } = useI18n()
  const { hasRole } = useSession()
  const { navigate } = useNavigation()
  const { state, reload } = useAccounts()
  const [adding, setAdding] = useState(false)
  const [resetting, setResetting] = useState<AccountView>()
  const [editing, setEditing] = useState<AccountView>()
  const [deactivating, setDeactivating] = useState<AccountView>()
  const [lastReset, setLastReset] = useState<string>()
  const isAdmin = hasRole('admin')

  return (
    <section className="page accounts" aria-labelledby="page-title">
      <div className="page__header page__header--actions">
        <h1 id="page-title" className="page__title">
          {t('accounts.title')}
        </h1>
        {state.status === 'ready' && <span className="page__count">{t('accounts.count', { count: state.accounts.length })}</span>}
        {isAdmin && (
          <button type="button" className="button button--primary page__action" onClick={() => setAdding(true)}>
            <Icon name="userPlus" />
            {t('accounts.add')}
          </button>
        )}
      </div>
      <p className="page__intro">{t(isAdmin ? 'accounts.introAdmin' : 'accounts.introReadOnlyRoles')}</p>

      {lastReset && (
        <section className="banner banner--warning" role="status" aria-labelledby="reset-done-title">
          <Icon name="key" size={20} />
          <div className="banner__content">
            <h2 id="reset-done-title" className="banner__title">
              {t('accounts.resetDoneTitle', { name: lastReset })}
            </h2>
            <p className="banner__text">{t('accounts.resetDoneBody')}</p>
            <div className="banner__actions">
              <button type="button" className="button button--small" onClick={() => void navigate({ page: 'trust' })}>
                {t('accounts.goToTrust')}
              </button>
              <button type="button" className="button button--small button--ghost" onClick={() => setLastReset(undefined)}>
                {t('recovery.dismiss')}
              </button>
            </div>
          </div>
        </section>
      )}

      {state.status === 'loading' && <p className="page__loading">{t('list.loading')}</p>}
      {state.status === 'failed' && (
        <div className="banner banner--error" role="alert">
          <Icon name="warning" size={20} />
          <p className="banner__text">{t('accounts.loadFailed', { message: serviceMessage(state.error, locale, t) })}</p>
        </div>
      )}
      {state.status === 'ready' && (
        <AccountsTable accounts={state.accounts} actions={isAdmin ? { onReset: setResetting, onRoles: setEditing, onDeactivate: setDeactivating } : undefined} />
      )}

      {isAdmin && (
        <>
          <AddAccountDialog open={adding} onClose={() => setAdding(false)} onCreated={() => void reload()} />
          <RolesDialog
            account={editing}
            lastAdmin={state.status === 'ready' && state.accounts.filter((a) => a.deactivatedAt === null && a.roles.includes('admin')).length <= 1}
            onClose={() => setEditing(undefined)}
            onDone={() => void reload()}
          />
          <DeactivateDialog account={deactivating} onClose={() => setDeactivating(undefined)} onDone={() => void reload()} />
          <ResetPasswordDialog
            account={resetting}
            onClose={() => setResetting(undefined)}
            onDone={(account) => {
              setLastReset(account.name)
              void reload()
            }}
          />
        </>
      )}
    </section>
  )
}
