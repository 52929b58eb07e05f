import type { AccountView } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { formatAbsolute } from '../../lib/format-time'
import { Fingerprint } from '../../ui/fingerprint'
import { RoleBadges } from '../session/role-badges'
import { useSession } from '../session/session-context'
import { KeyDates, KeyStateBadge } from '../trust/key-state'

/** One row per person; the keys they held before (revoked by a reset) listed under their current one. */
export function AccountsTable({ accounts, onReset }: { accounts: AccountView[]; onReset?: (account: AccountView) => void }) {
  const { t, locale } = useI18n()
  const { session } = useSession()
  return (
    <div className="data-table-card">
      <table className="data-table accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('accounts.col.name')}</th>
            <th scope="col">{t('accounts.col.login')}</th>
            <th scope="col">{t('accounts.col.roles')}</th>
            <th scope="col">{t('accounts.col.key')}</th>
            {onReset && (
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
            return (
              <tr key={account.id} aria-label={account.name}>
                <th scope="row">
                  <div className="accounts-table__name">
                    <span>
                      {account.name}
                      {self && <span className="accounts-table__self">{t('accounts.you')}</span>}
                    </span>
                    <span className="accounts-table__since">{t('accounts.since', { time: formatAbsolute(account.createdAt, locale) })}</span>
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
                {onReset && (
                  <td className="data-table__actions">
                    <button type="button" className="button button--small" onClick={() => onReset(account)} aria-label={t('accounts.resetFor', { name: account.name })}>
                      {t('accounts.reset')}
                    </button>
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
