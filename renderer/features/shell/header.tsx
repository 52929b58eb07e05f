import { useState } from 'react'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { limits } from '../../../shared/notice/notice'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { useSession } from '../session/session-context'
import { ImportButton } from '../import/import-button'
import { UserMenu } from '../session/user-menu'
import { useNavigation } from './navigation'

export type HeaderProps = { query: string; onQueryChange: (query: string) => void }

/**
 * Search, 导入文件 and 新建公告, on every page: the two things an officer reaches for from anywhere (导入 and 新建公告 only
 * for drafters: the service refuses anyone else), then who is signed in.
 */
export function Header({ query, onQueryChange }: HeaderProps) {
  const { t, locale } = useI18n()
  const { route, navigate } = useNavigation()
  const toast = useToast()
  const { hasRole } = useSession()
  const [creating, setCreating] = useState(false)

  const changeQuery = (next: string) => {
    onQueryChange(next)
    // Searching from the editor or settings shows the drafts it finds rather than doing nothing visible.
    if (next && route.page !== 'list' && route.page !== 'trash') void navigate({ page: 'list', view: 'draft' })
  }

  const create = async () => {
    setCreating(true)
    try {
      const notice = await call('notice.create', {})
      onQueryChange('')
      await navigate({ page: 'editor', id: notice.id })
    } catch (error) {
      toast.show({ message: errorText(error, t, locale), tone: 'error' })
    } finally {
      setCreating(false)
    }
  }

  return (
    <header className="header">
      <div className="search" role="search">
        <Icon name="search" />
        <input
          className="search__input"
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          maxLength={limits.query}
          onChange={(event) => changeQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault()
              onQueryChange('')
            }
          }}
        />
        {query && (
          <button type="button" className="search__clear" aria-label={t('search.clear')} onClick={() => onQueryChange('')}>
            <Icon name="close" size={16} />
          </button>
        )}
      </div>
      {hasRole('drafter') && (
        <>
          <ImportButton onImported={() => onQueryChange('')} />
          <button type="button" className="button button--primary" onClick={() => void create()} disabled={creating}>
            <Icon name="plus" />
            {t('notice.new')}
          </button>
        </>
      )}
      <UserMenu />
    </header>
  )
}
