import type { ReactNode } from 'react'
import type { NoticeSummary } from '../../../shared/notice/notice'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { EmptyState } from '../../ui/empty-state'
import type { IconName } from '../../ui/icon'
import type { NoticeList } from './use-notice-list'

type Props = {
  title: string
  list: NoticeList
  empty: { icon: IconName; title: string; body: string }
  renderRow: (notice: NoticeSummary) => ReactNode
}

/**
 * The frame every notice list shares (drafts, review, approved, exported, recycle bin): heading with
 * count, load error with retry, loading line, the empty and no-search-result states, and the rows.
 */
export function ListPageFrame({ title, list, empty, renderRow }: Props) {
  const { t, locale } = useI18n()
  const items = list.items
  return (
    <>
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {title}
        </h1>
        {items && items.length > 0 && (
          <p className="page__count">{list.query ? t('list.searchCount', { count: items.length, query: list.query }) : t('list.count', { count: items.length })}</p>
        )}
      </div>
      {list.error !== undefined && (
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{t('list.failed', { message: errorText(list.error, t, locale) })}</p>
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
          <EmptyState icon={empty.icon} title={empty.title} body={empty.body} />
        ))}
      {items && items.length > 0 && (
        <ul className="notice-list" aria-labelledby="page-title">
          {items.map(renderRow)}
        </ul>
      )}
    </>
  )
}
