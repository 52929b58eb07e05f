import { memo, useMemo } from 'react'
import { groupByType } from '../../../shared/findings/group'
import type { ReviewSummary } from '../../../shared/findings/resolution'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { FindingGroup } from './finding-group'
import type { FindingItemProps } from './finding-item'
import type { Reviewed } from './review-types'
import { SummaryBar } from './summary-bar'
import { ManualGroup } from './manual-group'
import type { PlacedManual } from './use-manual-findings'
import './highlights.css'
import './findings-panel.css'

export type FindingsPanelProps = Pick<FindingItemProps, 'editable' | 'onSelect' | 'onDecide' | 'onUndecide' | 'onRemoveMarker' | 'locate'> & {
  id: string
  reviewed: readonly Reviewed[]
  summary: ReviewSummary
  policyLabel: string
  status: 'scanning' | 'ready' | 'failed'
  /** Decisions could not be loaded: the list still shows, with the policy's proposals only. */
  decisionsError: string | undefined
  selectedKey: string | undefined
  /** 人工标记, listed first */
  manual: readonly PlacedManual[]
  onUnmark: (manualId: string) => void
  onClose: () => void
}

/**
 * 个人信息检查 — every finding in 正文, grouped by kind with counts, each with its masked value, why it was
 * flagged and the officer's choices. This list, not the highlights, is what assistive technology reads.
 */
export const FindingsPanel = memo(function FindingsPanel({
  id,
  reviewed,
  summary,
  policyLabel,
  status,
  decisionsError,
  selectedKey,
  manual,
  onUnmark,
  onClose,
  ...itemProps
}: FindingsPanelProps) {
  const { t } = useI18n()
  const groups = useMemo(() => groupByType(reviewed, (item) => item.finding.type), [reviewed])
  return (
    <aside id={id} className="findings" aria-labelledby={`${id}-title`}>
      <div className="findings__header">
        <h2 id={`${id}-title`} className="findings__title">
          {t('findings.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('findings.close')} onClick={onClose}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <p className="findings__policy">{t('findings.policy', { policy: policyLabel })}</p>
      <SummaryBar summary={summary} />
      {!itemProps.editable && <p className="findings__note">{t('findings.readOnly')}</p>}
      {decisionsError && (
        <p className="findings__error" role="alert">
          {t('decision.loadFailed', { message: decisionsError })}
        </p>
      )}
      {status === 'failed' && (
        <p className="findings__error" role="alert">
          {t('findings.failed')}
        </p>
      )}
      {status === 'scanning' && <p className="findings__note">{t('findings.scanning')}</p>}
      {status === 'ready' && groups.length === 0 && manual.length === 0 && (
        <div className="findings__empty">
          <p className="findings__empty-title">{t('findings.none')}</p>
          <p className="findings__empty-body">{t('findings.noneHint')}</p>
        </div>
      )}
      <div className="findings__groups">
        <ManualGroup placed={manual} editable={itemProps.editable} onUnmark={onUnmark} />
        {groups.map((group) => (
          <FindingGroup key={group.type} type={group.type} items={group.items} selectedKey={selectedKey} {...itemProps} />
        ))}
      </div>
    </aside>
  )
})
