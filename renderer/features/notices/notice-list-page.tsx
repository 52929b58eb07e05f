import type { NoticeState } from '../../../shared/notice/notice'
import { useNow } from '../../lib/use-now'
import { useI18n } from '../../i18n/i18n'
import { useNavigation, type ListView } from '../shell/navigation'
import { ListPageFrame } from './list-page-frame'
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

  return (
    <section className="page" aria-labelledby="page-title">
      <ListPageFrame
        title={t(`nav.${view}`)}
        list={list}
        empty={{ icon: view, title: t(`empty.${view}.title`), body: t(`empty.${view}.body`) }}
        renderRow={(notice) => <NoticeRow key={notice.id} notice={notice} now={now} onOpen={() => void navigate({ page: 'editor', id: notice.id })} />}
      />
    </section>
  )
}
