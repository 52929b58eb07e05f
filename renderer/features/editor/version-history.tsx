import { useEffect, useState } from 'react'
import type { NoticeVersionSummary } from '../../../shared/notice/notice'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { formatAbsolute, formatSavedAt } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { VersionDialog } from './version-dialog'
import './history.css'

export type VersionHistoryProps = { id: string; noticeId: string; revision: number; onClose: () => void }

/** 版本历史: every save, newest first; refreshed whenever a new save lands. Opening one is read-only. */
export function VersionHistory({ id, noticeId, revision, onClose }: VersionHistoryProps) {
  const { t, locale } = useI18n()
  const [versions, setVersions] = useState<NoticeVersionSummary[] | undefined>()
  const [error, setError] = useState<unknown>()
  const [viewing, setViewing] = useState<number | undefined>()

  useEffect(() => {
    let current = true
    call('notice.versions', { id: noticeId })
      .then((list) => {
        if (!current) return
        setVersions(list)
        setError(undefined)
      })
      .catch((failure: unknown) => {
        if (current) setError(failure)
      })
    return () => {
      current = false
    }
  }, [noticeId, revision])

  return (
    <aside id={id} className="history" aria-labelledby="history-title">
      <div className="history__header">
        <h2 id="history-title" className="history__title">
          {t('history.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('history.close')} onClick={onClose}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <p className="history__hint">{t('history.hint')}</p>
      {error !== undefined && (
        <p className="history__error" role="alert">
          {t('history.failed', { message: errorText(error, t, locale) })}
        </p>
      )}
      {versions === undefined && error === undefined && <p className="history__hint">{t('history.loading')}</p>}
      {versions && (
        <ol className="history__list">
          {versions.map((version) => (
            <li key={version.revision}>
              <button type="button" className="history__item" onClick={() => setViewing(version.revision)}>
                <span className="history__item-top">
                  <span className="history__revision">{t('history.revision', { revision: version.revision })}</span>
                  {version.revision === revision && <span className="badge badge--accent">{t('history.current')}</span>}
                  <span className="history__length">{t('history.length', { count: version.length.toLocaleString() })}</span>
                </span>
                <time className="history__time" dateTime={version.savedAt} title={formatAbsolute(version.savedAt, locale)}>
                  {formatSavedAt(version.savedAt, new Date(), locale, t)}
                </time>
                <span className="history__meta">{version.title || t('notice.untitled')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <VersionDialog noticeId={noticeId} revision={viewing} onClose={() => setViewing(undefined)} />
    </aside>
  )
}
