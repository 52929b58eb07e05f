import type { WorkflowView } from '../../../shared/api/contract-workflow'
import type { NoticeState, NoticeSummary } from '../../../shared/notice/notice'
import { formatAbsolute, formatRelative } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import '../review/workflow.css'

export type NoticeRowProps = {
  notice: NoticeSummary
  now: Date
  onOpen: () => void
  workflow?: WorkflowView | undefined
  /** The state the list itself stands for (草稿 in 草稿): rows in it need no badge, the others stand out. */
  listState?: NoticeState
}

/** Who the row is about: 王小明 起草 · 李主任 批准 — the names behind the state. */
function WhoLine({ view, now }: { view: WorkflowView; now: Date }) {
  const { t, locale } = useI18n()
  const s = view.submission
  const drafter = view.drafter?.name
  const parts: string[] = []
  if (drafter) {
    if (s && view.state === 'submitted') parts.push(t('list.submittedBy', { name: drafter, time: formatRelative(s.submittedAt, now, locale, t) }))
    else parts.push(t('list.draftedBy', { name: drafter }))
  }
  if (s?.reviewer && s.reviewedAt && (view.state === 'approved' || view.state === 'exported')) parts.push(t('list.approvedBy', { name: s.reviewer.name }))
  if (s?.reviewer && view.state === 'rejected') parts.push(t('list.rejectedBy', { name: s.reviewer.name }))
  if (parts.length === 0) return null
  return <span className="notice-row__who">{parts.join(' · ')}</span>
}

/** One notice in a list: title, state, 文号, type and time on top; who drafted and reviewed it; the start of the text. */
export function NoticeRow({ notice, now, onOpen, workflow, listState }: NoticeRowProps) {
  const { t, locale } = useI18n()
  return (
    <li className="notice-row">
      <button type="button" className="notice-row__button" onClick={onOpen}>
        <span className="notice-row__top">
          <span className={notice.title ? 'notice-row__title' : 'notice-row__title notice-row__title--empty'}>{notice.title || t('notice.untitled')}</span>
          {notice.state !== listState && <span className={`state-badge state-badge--${notice.state}`}>{t(`state.${notice.state}`)}</span>}
          <time className="notice-row__time" dateTime={notice.updatedAt} title={formatAbsolute(notice.updatedAt, locale)}>
            {formatRelative(notice.updatedAt, now, locale, t)}
          </time>
        </span>
        <span className="notice-row__meta">
          <span className="badge">{t(`type.${notice.noticeType}`)}</span>
          {notice.docNumber && <span className="notice-row__doc">{notice.docNumber}</span>}
          {notice.issuer && <span className="notice-row__issuer">{notice.issuer}</span>}
          {workflow && <WhoLine view={workflow} now={now} />}
        </span>
        {/* The excerpt is of the draft as written: once submitted, what counts is the redacted text on the review screen. */}
        {(notice.state === 'draft' || notice.state === 'rejected') && <span className="notice-row__excerpt">{notice.excerpt || t('notice.emptyBody')}</span>}
      </button>
    </li>
  )
}
