import type { NoticeSummary } from '../../../shared/notice/notice'
import { formatAbsolute, formatRelative } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'

export type TrashRowProps = { notice: NoticeSummary; now: Date; busy: boolean; onRestore: () => void; onPurge: () => void }

export function TrashRow({ notice, now, busy, onRestore, onPurge }: TrashRowProps) {
  const { t, locale } = useI18n()
  const deletedAt = notice.deletedAt ?? notice.updatedAt
  const title = notice.title || t('notice.untitled')
  return (
    <li className="notice-row notice-row--trash" aria-label={title}>
      <div className="notice-row__body">
        <span className="notice-row__top">
          <span className={notice.title ? 'notice-row__title' : 'notice-row__title notice-row__title--empty'}>{title}</span>
          <time className="notice-row__time" dateTime={deletedAt} title={formatAbsolute(deletedAt, locale)}>
            {t('trash.deletedAt', { time: formatRelative(deletedAt, now, locale, t) })}
          </time>
        </span>
        <span className="notice-row__meta">
          <span className="badge">{t(`type.${notice.noticeType}`)}</span>
          {notice.docNumber && <span className="notice-row__doc">{notice.docNumber}</span>}
        </span>
        <span className="notice-row__excerpt">{notice.excerpt || t('notice.emptyBody')}</span>
      </div>
      <div className="notice-row__actions">
        <button type="button" className="button button--small" onClick={onRestore} disabled={busy}>
          <Icon name="restore" size={16} />
          {t('trash.restore')}
        </button>
        <button type="button" className="button button--small button--danger-ghost" onClick={onPurge} disabled={busy}>
          <Icon name="trash" size={16} />
          {t('trash.purge')}
        </button>
      </div>
    </li>
  )
}
