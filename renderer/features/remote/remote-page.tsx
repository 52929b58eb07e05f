import { useState } from 'react'
import { call } from '../../lib/api'
import { formatAbsolute, formatRelative } from '../../lib/format-time'
import { pickFile } from '../../lib/files'
import { serviceMessage } from '../../lib/service-message'
import { useNow } from '../../lib/use-now'
import { useI18n } from '../../i18n/i18n'
import { EmptyState } from '../../ui/empty-state'
import { Icon } from '../../ui/icon'
import { useNavigation } from '../shell/navigation'
import { reviewFileAccept } from './review-files'
import { useRemoteList } from './use-remote-list'
import '../notices/notices.css'
import '../review/workflow.css'
import './remote.css'

/**
 * 外来审核 — on a leader's own offline machine: the review requests carried in from the drafter's machine.
 * Importing checks the file (signatures, trust list); a refused file says why, nothing is imported.
 */
export function RemotePage() {
  const { t, locale } = useI18n()
  const { navigate } = useNavigation()
  const now = useNow()
  const list = useRemoteList()
  const [busy, setBusy] = useState(false)
  const [refused, setRefused] = useState<{ file: string; reason: string } | undefined>()

  const importRequest = async () => {
    setBusy(true)
    setRefused(undefined)
    let name = ''
    try {
      const picked = await pickFile(reviewFileAccept)
      if (!picked) return
      name = picked.name
      const imported = await call('review.importRequest', { data: picked.data })
      list.reload()
      await navigate({ page: 'remoteReview', id: imported.id })
    } catch (error) {
      setRefused({ file: name, reason: serviceMessage(error, locale, t) })
    } finally {
      setBusy(false)
    }
  }

  const items = list.items
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page__header remote__header">
        <h1 id="page-title" className="page__title">
          {t('remote.title')}
        </h1>
        {items && items.length > 0 && <p className="page__count">{t('list.count', { count: items.length })}</p>}
        <button type="button" className="button button--primary remote__import" disabled={busy} onClick={() => void importRequest()}>
          <Icon name="folder" />
          {t('remote.import')}
        </button>
      </div>
      <p className="remote__intro">{t('remote.intro')}</p>
      {refused && (
        <div className="banner banner--error" role="alert" data-testid="remote-refused">
          <Icon name="warning" size={20} />
          <div className="banner__content">
            <p className="banner__title">{refused.file ? t('remote.refusedFile', { file: refused.file }) : t('remote.refused')}</p>
            <p className="banner__text">{refused.reason}</p>
          </div>
        </div>
      )}
      {list.error !== undefined && (
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{t('list.failed', { message: serviceMessage(list.error, locale, t) })}</p>
          <button type="button" className="button button--small" onClick={list.reload}>
            {t('action.retry')}
          </button>
        </div>
      )}
      {items === undefined && list.error === undefined && <p className="page__loading">{t('list.loading')}</p>}
      {items?.length === 0 && <EmptyState icon="folder" title={t('remote.emptyTitle')} body={t('remote.emptyBody')} />}
      {items && items.length > 0 && (
        <ul className="notice-list" aria-labelledby="page-title">
          {items.map((item) => (
            <li key={item.id} className="notice-row">
              <button type="button" className="notice-row__button" onClick={() => void navigate({ page: 'remoteReview', id: item.id })}>
                <span className="notice-row__top">
                  <span className="notice-row__title">{item.title || t('notice.untitled')}</span>
                  <span className={`state-badge state-badge--${item.state === 'pending' ? 'submitted' : item.state}`}>{t(`remote.state.${item.state}`)}</span>
                  <time className="notice-row__time" dateTime={item.importedAt} title={formatAbsolute(item.importedAt, locale)}>
                    {t('remote.importedAt', { time: formatRelative(item.importedAt, now, locale, t) })}
                  </time>
                </span>
                <span className="notice-row__meta">
                  <span>{t('remote.from', { office: item.office, drafter: item.drafter })}</span>
                  {item.decidedAt && <span className="notice-row__issuer">{t('remote.decidedAt', { time: formatAbsolute(item.decidedAt, locale) })}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
