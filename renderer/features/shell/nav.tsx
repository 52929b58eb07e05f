import { useI18n } from '../../i18n/i18n'
import { useExpiring } from '../expiry/use-expiring'
import type { MessageKey } from '../../i18n/messages'
import { Icon, type IconName } from '../../ui/icon'
import { useNavigation, type Route } from './navigation'

type Item = { key: string; route: Route; label: MessageKey; icon: IconName }

const items: Item[] = [
  { key: 'draft', route: { page: 'list', view: 'draft' }, label: 'nav.draft', icon: 'draft' },
  { key: 'submitted', route: { page: 'list', view: 'submitted' }, label: 'nav.submitted', icon: 'submitted' },
  { key: 'approved', route: { page: 'list', view: 'approved' }, label: 'nav.approved', icon: 'approved' },
  { key: 'exported', route: { page: 'list', view: 'exported' }, label: 'nav.exported', icon: 'exported' },
  { key: 'expiring', route: { page: 'expiring' }, label: 'nav.expiring', icon: 'clock' },
  { key: 'trash', route: { page: 'trash' }, label: 'nav.trash', icon: 'trash' },
]
/** Publishing tools: reviews carried in from another machine, checking a bundle, the office's keys and log. */
const toolItems: Item[] = [
  { key: 'remote', route: { page: 'remote' }, label: 'nav.remote', icon: 'inbox' },
  { key: 'verify', route: { page: 'verify' }, label: 'nav.verify', icon: 'shieldCheck' },
  { key: 'sweep', route: { page: 'sweep' }, label: 'nav.sweep', icon: 'search' },
  { key: 'trust', route: { page: 'trust' }, label: 'nav.trust', icon: 'key' },
  { key: 'accounts', route: { page: 'accounts' }, label: 'nav.accounts', icon: 'users' },
  { key: 'audit', route: { page: 'audit' }, label: 'nav.audit', icon: 'list' },
]
const settingsItem: Item = { key: 'settings', route: { page: 'settings' }, label: 'nav.settings', icon: 'settings' }

function sameSection(a: Route, b: Route): boolean {
  if (a.page === 'list' && b.page === 'list') return a.view === b.view
  return a.page === b.page
}

export function Nav() {
  const { t } = useI18n()
  const { route, returnTo, navigate } = useNavigation()
  // 到期撤稿: how many exported notices are due to come off the website, on every screen
  const due = useExpiring().list?.items.length ?? 0
  // In the editor the section it was opened from stays highlighted.
  const current = route.page === 'editor' || route.page === 'review' || route.page === 'remoteReview' ? returnTo : route

  const renderItem = (item: Item) => {
    const active = sameSection(item.route, current)
    return (
      <li key={item.key}>
        <button
          type="button"
          className={active ? 'nav__item nav__item--active' : 'nav__item'}
          aria-current={active ? 'page' : undefined}
          onClick={() => void navigate(item.route)}
        >
          <Icon name={item.icon} size={20} />
          <span className="nav__label">{t(item.label)}</span>
          {item.key === 'expiring' && due > 0 && (
            <span className="nav__badge" data-testid="expiring-count" title={t('expiry.badge', { count: due })}>
              {due}
            </span>
          )}
        </button>
      </li>
    )
  }

  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <div className="nav__brand">
        <div className="brand-mark" aria-hidden="true">
          签
        </div>
        <div className="nav__brand-text">
          <span className="nav__brand-name">{t('app.name')}</span>
          <span className="nav__brand-sub">{t('app.subtitle')}</span>
        </div>
      </div>
      <ul className="nav__list">{items.map(renderItem)}</ul>
      <ul className="nav__list">{toolItems.map(renderItem)}</ul>
      <ul className="nav__list nav__list--bottom">{renderItem(settingsItem)}</ul>
    </nav>
  )
}
