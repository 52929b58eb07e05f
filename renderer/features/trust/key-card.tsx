import type { KeyView } from '../../../shared/api/contract-workflow'
import { Fingerprint } from '../../ui/fingerprint'
import { RoleBadges } from '../session/role-badges'
import { KeyDates, KeyStateBadge } from './key-state'

/** One public key as people compare it: whose it is, what they may sign, the fingerprint large, its validity. */
export function KeyCard({ view, note }: { view: KeyView; note?: { text: string; tone: 'added' | 'revoked' } }) {
  return (
    <li className={view.state === 'active' ? 'key-card' : 'key-card key-card--inactive'} aria-label={view.name}>
      <div className="key-card__who">
        <span className="key-card__name">{view.name}</span>
        <RoleBadges roles={view.roles} />
        <KeyStateBadge state={view.state} />
        {note && <span className={`badge key-card__note--${note.tone}`}>{note.text}</span>}
      </div>
      <Fingerprint value={view.fingerprint} size="large" />
      <KeyDates view={view} />
    </li>
  )
}

/** Active keys first, then the revoked and expired ones (kept so old bundles can still be judged). */
export function byState(a: KeyView, b: KeyView): number {
  const rank = (view: KeyView) => (view.state === 'active' ? 0 : 1)
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN')
}
