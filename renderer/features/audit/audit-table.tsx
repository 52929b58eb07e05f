import type { AuditEntryView } from '../../../shared/api/contract-workflow'
import type { Locale } from '../../../shared/api/contract'
import { useI18n } from '../../i18n/i18n'
import { detailTexts, eventLabel, isKnownEvent } from './audit-events'

/** Logins → names and notice ids → titles, so a row reads 李主任 批准了《…》 rather than ids. */
export type Names = { people: Map<string, string>; notices: Map<string, string> }

function formatStamp(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(iso))
}

export function AuditTable({ entries, names, brokenAt }: { entries: AuditEntryView[]; names: Names; brokenAt: number | null }) {
  const { t, locale } = useI18n()

  const person = (login: string) => {
    const name = names.people.get(login)
    return name ? (
      <>
        {name} <span className="audit__login">{login}</span>
      </>
    ) : (
      <span className="data-table__mono">{login}</span>
    )
  }
  const subject = (entry: AuditEntryView) => {
    if (entry.subject === null) return <span className="data-table__muted">—</span>
    if (entry.event.startsWith('notice.') || entry.event.startsWith('finding.') || entry.event.startsWith('review.')) {
      const title = names.notices.get(entry.subject)
      return (
        <>
          {title !== undefined && <span className="audit__title">{title || t('notice.untitled')}</span>}
          <span className="audit__id" title={entry.subject}>
            {entry.subject.slice(0, 8)}
          </span>
        </>
      )
    }
    if (names.people.has(entry.subject)) return person(entry.subject)
    return <span className="data-table__mono">{entry.subject}</span>
  }

  return (
    <div className="data-table-card">
      <table className="data-table audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.col.time')}</th>
            <th scope="col">{t('audit.col.event')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const details = detailTexts(entry, t)
            const broken = brokenAt !== null && entry.seq >= brokenAt
            return (
              <tr key={entry.seq} className={broken ? 'audit-row audit-row--broken' : 'audit-row'}>
                <td>
                  <div className="audit__time">
                    <span>{formatStamp(entry.at, locale)}</span>
                    <span className="audit__seq">#{entry.seq}</span>
                  </div>
                </td>
                <td>
                  <span className={isKnownEvent(entry.event) ? 'audit__event' : 'audit__event audit__event--raw'}>{eventLabel(entry.event, t)}</span>
                  {details.length > 0 && <span className="audit__details">{details.join(' · ')}</span>}
                </td>
                <td>{entry.actor ? person(entry.actor) : <span className="data-table__muted">{t('audit.system')}</span>}</td>
                <td className="audit__subject">{subject(entry)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
