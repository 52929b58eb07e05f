import type { AccountView } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { formatAbsolute } from '../../lib/format-time'
import { Fingerprint } from '../../ui/fingerprint'
import { RoleBadges } from '../session/role-badges'
import { useSession } from '../session/session-context'
import { KeyDates, KeyStateBadge } from '../trust/key-state'

/** What an administrator can do on a row; absent for everyone else (the services refuse them in any case). */
export type AccountActions = { onReset: (account: AccountView) => void; onRoles: (account: AccountView) => void; onDeactivate: (account: AccountView) => void }

/**
 * One row per person; the keys they held before (revoked by a reset, a role change or deactivation) listed under
 * their current one. A deactivated account is marked so and has no actions.
 */
export function AccountsTable({ accounts, actions }: { accounts: AccountView[]; actions?: AccountActions }) {
  const { t, locale } = useI18n()
  const { session } = useSession()
  const activeAdmins = accounts.filter((a) => a.deactivatedAt === null && a.roles.includes('admin')).length
  return (
    <div className="data-table-card">
      <table className="data-table accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('accounts.col.name')}</th>
            <th scope="col">{t('accounts.col.login')}</th>
            <th scope="col">{t('accounts.col.roles')}</th>
            <th scope="col">{t('accounts.col.key')}</th>
            {actions && (
              <th scope="col" className="data-table__actions">
                <span className="visually-hidden">{t('accounts.col.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const active = account.keys.find((key) => key.keyid === account.keyid)
            const history = account.keys.filter((key) => key.keyid !== account.keyid)
            const self = account.id === session.user?.id
            const deactivated = account.deactivatedAt !== null
            const lastAdmin = !deactivated && account.roles.includes('admin') && activeAdmins <= 1
            const cannotDeactivate = self ? t('accounts.selfDeactivate') : lastAdmin ? t('accounts.lastAdmin') : undefined
            return (
              <tr key={account.id} aria-label={account.name} className={deactivated ? 'accounts-table__row--deactivated' : undefined}>
                <th scope="row">
                  <div className="accounts-table__name">
                    <span>
                      {account.name}
                      {self && <span className="accounts-table__self">{t('accounts.you')}</span>}
                    </span>
                    <span className="accounts-table__since">{t('accounts.since', { time: formatAbsolute(account.createdAt, locale) })}</span>
                    {account.deactivatedAt !== null && (
                      <span className="accounts-table__deactivated">
                        <span className="badge badge--warning">{t('accounts.deactivated')}</span> {t('accounts.deactivatedAt', { time: formatAbsolute(account.deactivatedAt, locale) })}
                      </span>
                    )}
                  </div>
                </th>
                <td className="data-table__mono">{account.login}</td>
                <td>
                  <RoleBadges roles={account.roles} />
                </td>
                <td>
                  <div className="accounts-table__key">
                    {active ? (
                      <>
                        <span className="accounts-table__key-line">
                          <Fingerprint value={active.fingerprint} />
                          <KeyStateBadge state={active.state} />
                        </span>
                        <KeyDates view={active} />
                      </>
                    ) : (
                      <span className="data-table__muted">{t('accounts.noKey')}</span>
                    )}
                  </div>
                  {history.length > 0 && (
                    <details className="accounts-table__history">
                      <summary>{t('accounts.history', { count: history.length })}</summary>
                      <ul>
                        {history.map((key) => (
                          <li key={key.keyid} className="accounts-table__old-key">
                            <span className="accounts-table__key-line">
                              <Fingerprint value={key.fingerprint} />
                              <KeyStateBadge state={key.state} />
                            </span>
                            <KeyDates view={key} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                {actions && (
                  <td className="data-table__actions">
                    {!deactivated && (
                      <div className="accounts-table__actions">
                        <button type="button" className="button button--small" onClick={() => actions.onRoles(account)} aria-label={t('accounts.editRolesFor', { name: account.name })}>
                          {t('accounts.editRoles')}
                        </button>
                        <button type="button" className="button button--small" onClick={() => actions.onReset(account)} aria-label={t('accounts.resetFor', { name: account.name })}>
                          {t('accounts.reset')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger-ghost"
                          onClick={() => actions.onDeactivate(account)}
                          disabled={cannotDeactivate !== undefined}
                          title={cannotDeactivate}
                          aria-label={t('accounts.deactivateFor', { name: account.name })}
                          aria-describedby={cannotDeactivate ? `deactivate-why-${account.id}` : undefined}
                        >
                          {t('accounts.deactivate')}
                        </button>
                        {cannotDeactivate && (
                          <span id={`deactivate-why-${account.id}`} className="visually-hidden">
                            {cannotDeactivate}
                          </span>
                        )}
                      </div>
                    )}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
