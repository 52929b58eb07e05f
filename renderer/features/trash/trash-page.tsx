import { useState } from 'react'
import type { NoticeSummary } from '../../../shared/notice/notice'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { useNow } from '../../lib/use-now'
import { useI18n } from '../../i18n/i18n'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { EmptyState } from '../../ui/empty-state'
import { useToast } from '../../ui/toast'
import { useNoticeList } from '../notices/use-notice-list'
import { TrashRow } from './trash-row'
import '../notices/notices.css'

/** 回收站: deleted notices wait here to be restored (恢复) or deleted for good (彻底删除, after a confirmation). */
export function TrashPage({ query }: { query: string }) {
  const { t } = useI18n()
  const toast = useToast()
  const now = useNow()
  const list = useNoticeList({ view: 'trash', query })
  const [purging, setPurging] = useState<NoticeSummary | undefined>()
  const [busy, setBusy] = useState(false)
  const items = list.items
  const titleOf = (notice: NoticeSummary) => notice.title || t('notice.untitled')

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await action()
      toast.show({ message: done })
      list.reload()
    } catch (error) {
      toast.show({ message: t('trash.failed', { message: errorText(error, t) }), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  const restore = (notice: NoticeSummary) => void run(() => call('notice.restore', { id: notice.id }), t('trash.restored', { title: titleOf(notice) }))
  const purge = (notice: NoticeSummary) => {
    setPurging(undefined)
    void run(() => call('notice.purge', { id: notice.id }), t('trash.purged', { title: titleOf(notice) }))
  }

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {t('nav.trash')}
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
          <EmptyState icon="trash" title={t('empty.trash.title')} body={t('empty.trash.body')} />
        ))}
      {items && items.length > 0 && (
        <ul className="notice-list" aria-labelledby="page-title">
          {items.map((notice) => (
            <TrashRow key={notice.id} notice={notice} now={now} busy={busy} onRestore={() => restore(notice)} onPurge={() => setPurging(notice)} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={purging !== undefined}
        title={t('purge.title')}
        body={t('purge.body', { title: purging ? titleOf(purging) : '' })}
        confirmLabel={t('purge.confirm')}
        cancelLabel={t('action.cancel')}
        danger
        onConfirm={() => purging && purge(purging)}
        onCancel={() => setPurging(undefined)}
      />
    </section>
  )
}
