import type { NoticeSummary } from '../../../shared/notice/notice'
import { formatAbsolute, formatRelative } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'

export type NoticeRowProps = { notice: NoticeSummary; now: Date; onOpen: () => void }

/** One notice in a list: title, 文号, type and time on top, the start of the text below. */
export function NoticeRow({ notice, now, onOpen }: NoticeRowProps) {
  const { t, locale } = useI18n()
  return (
    <li className="notice-row">
      <button type="button" className="notice-row__button" onClick={onOpen}>
        <span className="notice-row__top">
          <span className={notice.title ? 'notice-row__title' : 'notice-row__title notice-row__title--empty'}>{notice.title || t('notice.untitled')}</span>
          {notice.state === 'rejected' && <span className="badge badge--warning">{t('state.rejected')}</span>}
          <time className="notice-row__time" dateTime={notice.updatedAt} title={formatAbsolute(notice.updatedAt, locale)}>
            {formatRelative(notice.updatedAt, now, locale, t)}
          </time>
        </span>
        <span className="notice-row__meta">
          <span className="badge">{t(`type.${notice.noticeType}`)}</span>
          {notice.docNumber && <span className="notice-row__doc">{notice.docNumber}</span>}
          {notice.issuer && <span className="notice-row__issuer">{notice.issuer}</span>}
        </span>
        <span className="notice-row__excerpt">{notice.excerpt || t('notice.emptyBody')}</span>
      </button>
    </li>
  )
}
