import { useState } from 'react'
import type { NoticeSummary } from '../../../shared/notice/notice'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { useNow } from '../../lib/use-now'
import { useI18n } from '../../i18n/i18n'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { useToast } from '../../ui/toast'
import { ListPageFrame } from '../notices/list-page-frame'
import { useNoticeList } from '../notices/use-notice-list'
import { TrashRow } from './trash-row'
import '../notices/notices.css'

/** 回收站: deleted notices wait here to be restored (恢复) or deleted for good (彻底删除, after a confirmation). */
export function TrashPage({ query }: { query: string }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const now = useNow()
  const list = useNoticeList({ view: 'trash', query })
  const [purging, setPurging] = useState<NoticeSummary | undefined>()
  const [busy, setBusy] = useState(false)
  const titleOf = (notice: NoticeSummary) => notice.title || t('notice.untitled')

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await action()
      toast.show({ message: done })
      list.reload()
    } catch (error) {
      toast.show({ message: t('trash.failed', { message: errorText(error, t, locale) }), tone: 'error' })
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
      <ListPageFrame
        title={t('nav.trash')}
        list={list}
        empty={{ icon: 'trash', title: t('empty.trash.title'), body: t('empty.trash.body') }}
        renderRow={(notice) => (
          <TrashRow key={notice.id} notice={notice} now={now} busy={busy} onRestore={() => restore(notice)} onPurge={() => setPurging(notice)} />
        )}
      />
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
