import type { NoticeState } from '../../../shared/notice/notice'
import { errorText } from '../../lib/error-text'
import { useNow } from '../../lib/use-now'
import { useI18n } from '../../i18n/i18n'
import { EmptyState } from '../../ui/empty-state'
import { useNavigation, type ListView } from '../shell/navigation'
import { NoticeRow } from './notice-row'
import { useNoticeList } from './use-notice-list'
import './notices.css'

/** Which states each list shows: a notice sent back by its reviewer (已退回) is the drafter's to fix, so it is with the drafts. */
const statesOf: Record<ListView, readonly NoticeState[]> = {
  draft: ['draft', 'rejected'],
  submitted: ['submitted'],
  approved: ['approved'],
  exported: ['exported'],
}

export function NoticeListPage({ view, query }: { view: ListView; query: string }) {
  const { t } = useI18n()
  const { navigate } = useNavigation()
  const now = useNow()
  const list = useNoticeList({ view: 'active', states: statesOf[view], query })
  const items = list.items

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {t(`nav.${view}`)}
        </h1>
        {items && items.length > 0 && (
          <p className="page__count">{list.query ? t('list.searchCount', { count: items.length, query: list.query }) : t('list.count', { count: items.length })}</p>
        )}
      </div>
      {list.error !== undefined && (
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{t('list.failed', { message: errorText(list.error, t) })}</p>
          <button type="button" className="button button--small" onClick={list.reload}>
            {t('action.retry')}
          </button>
        </div>
      )}
      {items === undefined && list.error === undefined && <p className="page__loading">{t('list.loading')}</p>}
      {items?.length === 0 &&
        (list.query ? (
          <EmptyState icon="search" title={t('empty.search.title', { query: list.query })} body={t('empty.search.body')} />
        ) : (
          <EmptyState icon={view} title={t(`empty.${view}.title`)} body={t(`empty.${view}.body`)} />
        ))}
      {items && items.length > 0 && (
        <ul className="notice-list" aria-labelledby="page-title">
          {items.map((notice) => (
            <NoticeRow key={notice.id} notice={notice} now={now} onOpen={() => void navigate({ page: 'editor', id: notice.id })} />
          ))}
        </ul>
      )}
    </section>
  )
}
