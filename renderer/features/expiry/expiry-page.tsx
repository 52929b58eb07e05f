import { useState } from 'react'
import type { ExpiringBundle } from '../../../shared/api/contract-expiry'
import { call } from '../../lib/api'
import { formatDateText } from '../../lib/date-field'
import { formatAbsolute } from '../../lib/format-time'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { EmptyState } from '../../ui/empty-state'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { usePeopleNames } from '../accounts/use-people-names'
import { useSession } from '../session/session-context'
import { useExpiring } from './use-expiring'
import '../notices/notices.css'
import './expiry.css'

/** 已过期 3 天 / 今天到期 / 还剩 2 天, with the tone that goes with it. */
function DaysLeft({ days }: { days: number }) {
  const { t } = useI18n()
  if (days < 0) return <span className="expiry__days expiry__days--overdue">{t('expiry.overdue', { days: -days })}</span>
  if (days === 0) return <span className="expiry__days expiry__days--due">{t('expiry.today')}</span>
  return <span className="expiry__days expiry__days--due">{t('expiry.left', { days })}</span>
}

/**
 * 到期撤稿 — exported notices whose 公示期 has ended or ends within 3 days and that nobody has recorded as taken
 * down. Titles are as published (redacted). A drafter or an administrator records 已撤下 once the page is off
 * the website; the services check who may and write it to the audit log.
 */
export function ExpiryPage() {
  const { t, locale } = useI18n()
  const toast = useToast()
  const { hasRole } = useSession()
  const expiring = useExpiring()
  const nameOf = usePeopleNames()
  const [asking, setAsking] = useState<ExpiringBundle | undefined>()
  const [busy, setBusy] = useState(false)
  const [refused, setRefused] = useState<string | undefined>()
  const mayRecord = hasRole('drafter') || hasRole('admin')

  const takeDown = async (item: ExpiringBundle) => {
    setBusy(true)
    setRefused(undefined)
    try {
      expiring.apply(await call('notice.takeDown', { id: item.noticeId }))
      toast.show({ message: t('expiry.takenDown') })
    } catch (error) {
      setRefused(serviceMessage(error, locale, t))
      expiring.reload()
    } finally {
      setBusy(false)
      setAsking(undefined)
    }
  }

  const items = expiring.list?.items
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {t('expiry.title')}
        </h1>
        {items && items.length > 0 && <p className="page__count">{t('expiry.count', { count: items.length })}</p>}
      </div>
      <p className="expiry__intro">{t('expiry.intro')}</p>
      {!mayRecord && items && items.length > 0 && <p className="expiry__note">{t('expiry.onlyDrafter')}</p>}
      {refused && (
        <div className="banner banner--error" role="alert">
          <Icon name="warning" size={20} />
          <p className="banner__text">{refused}</p>
        </div>
      )}
      {expiring.error !== undefined && (
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{t('expiry.failed', { message: serviceMessage(expiring.error, locale, t) })}</p>
          <button type="button" className="button button--small" onClick={expiring.reload}>
            {t('action.retry')}
          </button>
        </div>
      )}
      {expiring.list === undefined && expiring.error === undefined && <p className="page__loading">{t('expiry.loading')}</p>}
      {items?.length === 0 && <EmptyState icon="clock" title={t('expiry.emptyTitle')} body={t('expiry.emptyBody')} />}
      {items && items.length > 0 && (
        <ul className="notice-list" aria-labelledby="page-title">
          {items.map((item) => (
            <li key={item.noticeId} className="notice-row expiry__row">
              <div className="notice-row__body">
                <span className="notice-row__top">
                  <span className={item.title ? 'notice-row__title' : 'notice-row__title notice-row__title--empty'}>{item.title || t('notice.untitled')}</span>
                  <DaysLeft days={item.daysLeft} />
                </span>
                <span className="notice-row__meta">
                  <span className="expiry__until">{t('expiry.until', { date: formatDateText(item.publishUntil) })}</span>
                  <span className="notice-row__issuer">{t('expiry.exportedAt', { time: formatAbsolute(item.exportedAt, locale) })}</span>
                  {item.exportedBy && <span className="notice-row__issuer">{t('expiry.exportedBy', { login: nameOf(item.exportedBy) })}</span>}
                </span>
              </div>
              {mayRecord && (
                <div className="notice-row__actions">
                  <button type="button" className="button button--small" disabled={busy} onClick={() => setAsking(item)}>
                    <Icon name="check" />
                    {t('expiry.takeDown')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={asking !== undefined}
        title={t('expiry.takeDownTitle')}
        body={t('expiry.takeDownBody', { title: asking?.title || t('notice.untitled') })}
        confirmLabel={t('expiry.takeDownConfirm')}
        cancelLabel={t('action.cancel')}
        busy={busy}
        onConfirm={() => {
          if (asking) void takeDown(asking)
        }}
        onCancel={() => setAsking(undefined)}
      />
    </section>
  )
}
