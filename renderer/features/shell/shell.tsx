import { useState } from 'react'
import { assertNever } from '../../../shared/util/assert-never'
import { AccountsPage } from '../accounts/accounts-page'
import { AuditPage } from '../audit/audit-page'
import { EditorPage } from '../editor/editor-page'
import { ExpiryPage } from '../expiry/expiry-page'
import { NoticeListPage } from '../notices/notice-list-page'
import { RemotePage } from '../remote/remote-page'
import { RemoteReviewPage } from '../remote/remote-review-page'
import { ReviewPage } from '../review/review-page'
import { SettingsPage } from '../settings/settings-page'
import { SweepPage } from '../sweep/sweep-page'
import { TrashPage } from '../trash/trash-page'
import { TrustPage } from '../trust/trust-page'
import { VerifyPage } from '../verify/verify-page'
import { Header } from './header'
import { Nav } from './nav'
import { useNavigation, type Route } from './navigation'
import { RecoveryBanner } from './recovery-banner'
import './shell.css'

function Page({ route, query }: { route: Route; query: string }) {
  switch (route.page) {
    case 'list':
      return <NoticeListPage view={route.view} query={query} />
    case 'editor':
      // Keyed so switching notices starts a fresh editor (fresh autosave state) instead of reusing one.
      return <EditorPage key={route.id} id={route.id} />
    case 'trash':
      return <TrashPage query={query} />
    case 'settings':
      return <SettingsPage />
    case 'review':
      return <ReviewPage key={route.id} id={route.id} />
    case 'remote':
      return <RemotePage />
    case 'remoteReview':
      return <RemoteReviewPage key={route.id} id={route.id} />
    case 'verify':
      return <VerifyPage />
    case 'accounts':
      return <AccountsPage />
    case 'trust':
      return <TrustPage />
    case 'audit':
      return <AuditPage />
    case 'expiring':
      return <ExpiryPage />
    case 'sweep':
      return <SweepPage />
    default:
      return assertNever(route)
  }
}

/** The window frame: navigation on the left, search and 新建公告 on top, the current page below. */
export function Shell() {
  const { route } = useNavigation()
  const [query, setQuery] = useState('')
  return (
    <div className="shell">
      <Nav />
      <Header query={query} onQueryChange={setQuery} />
      <main className="shell__main" id="main">
        <RecoveryBanner />
        <Page route={route} query={query} />
      </main>
    </div>
  )
}
