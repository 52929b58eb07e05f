import { formatSaveTime } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import type { SaveStatus } from './autosaver'

/** 保存中… / 已保存 14:05:09 / 保存失败, announced politely to screen readers. The failure is explained in a banner. */
export function SaveStatusView({ status }: { status: SaveStatus }) {
  const { t, locale } = useI18n()
  const failed = status.kind === 'failed' || status.kind === 'conflict'
  return (
    <span role="status" className={`save-status save-status--${status.kind}`}>
      {status.kind === 'saved' && <Icon name="check" size={16} />}
      {failed && <Icon name="warning" size={16} />}
      {status.kind === 'saving' && <span className="spinner" aria-hidden="true" />}
      {status.kind === 'pending' && <span className="save-status__dot" aria-hidden="true" />}
      {status.kind === 'saved' && t('save.saved', { time: formatSaveTime(status.at, new Date(), locale) })}
      {status.kind === 'saving' && t('save.saving')}
      {status.kind === 'pending' && t('save.pending')}
      {failed && t('save.failed')}
    </span>
  )
}
