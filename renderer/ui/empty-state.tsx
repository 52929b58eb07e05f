import type { ReactNode } from 'react'
import { Icon, type IconName } from './icon'

/** The explanation a list shows instead of rows: what will appear here, and how to get it there. */
export function EmptyState({ icon, title, body, action }: { icon: IconName; title: string; body: string; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <div className="empty-state__icon">
        <Icon name={icon} size={28} />
      </div>
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__body">{body}</p>
      {action}
    </div>
  )
}
