import { useState } from 'react'
import { assertNever } from '../../../shared/util/assert-never'
import { EditorPage } from '../editor/editor-page'
import { NoticeListPage } from '../notices/notice-list-page'
import { SettingsPage } from '../settings/settings-page'
import { TrashPage } from '../trash/trash-page'
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
