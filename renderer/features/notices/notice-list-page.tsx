import type { NoticeState, NoticeSummary } from '../../../shared/notice/notice'
import { useNow } from '../../lib/use-now'
import { useI18n } from '../../i18n/i18n'
import { useSession } from '../session/session-context'
import { useNavigation, type ListView, type Route } from '../shell/navigation'
import { ListPageFrame } from './list-page-frame'
import { NoticeRow } from './notice-row'
import { useNoticeList } from './use-notice-list'
import { useRowWorkflows } from './use-row-workflows'
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
  const { hasRole } = useSession()
  const now = useNow()
  const list = useNoticeList({ view: 'active', states: statesOf[view], query })
  const workflows = useRowWorkflows(list.items)
  const reviewer = hasRole('reviewer')
  const drafter = hasRole('drafter')

  // 待审核 is where a reviewer finds work: a submitted notice opens on the review screen for them.
  const target = (notice: NoticeSummary): Route => (notice.state === 'submitted' && reviewer ? { page: 'review', id: notice.id } : { page: 'editor', id: notice.id })

  return (
    <section className="page" aria-labelledby="page-title">
      <ListPageFrame
        title={t(`nav.${view}`)}
        list={list}
        empty={{
          icon: view,
          title: t(view === 'submitted' && reviewer ? 'list.empty.submitted.reviewerTitle' : `empty.${view}.title`),
          body: t(
            view === 'submitted' && reviewer
              ? 'list.empty.submitted.reviewerBody'
              : view === 'draft' && !drafter
                ? 'list.empty.draft.reviewerBody'
                : `list.empty.${view}.body`,
          ),
        }}
        renderRow={(notice) => (
          <NoticeRow key={notice.id} notice={notice} now={now} listState={statesOf[view][0]} workflow={workflows.get(notice.id)} onOpen={() => void navigate(target(notice))} />
        )}
      />
    </section>
  )
}
