import { memo, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { EntityType } from '../../../shared/pii/index'
import type { ReviewFinding, ReviewView } from '../../../shared/api/contract-workflow'
import { groupByType } from '../../../shared/findings/group'
import { useI18n } from '../../i18n/i18n'
import { severityOf } from '../findings/tone'
import '../findings/findings-panel.css'
import '../findings/finding-item.css'
import '../findings/summary-bar.css'

type Props = {
  view: ReviewView
  selected: number | undefined
  onSelect: (index: number) => void
}

function ReviewFindingItem({ finding, selected, onSelect }: { finding: ReviewFinding; selected: boolean; onSelect: (index: number) => void }) {
  const { t } = useI18n()
  const ref = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  const state = finding.action === 'keep' ? 'shown' : 'hidden'
  return (
    <li ref={ref} className={`finding finding--${state}${selected ? ' finding--selected' : ''}`} data-testid="review-finding">
      <div className="finding__top">
        <button
          type="button"
          className="finding__value"
          aria-label={t('review.findingSelect', { type: t(`entity.${finding.type}`), value: finding.wholeColumn ? t('review.wholeColumn') : finding.published })}
          onClick={() => onSelect(finding.index)}
        >
          {finding.wholeColumn ? t('review.wholeColumn') : finding.published}
        </button>
        <span className={`finding__badge finding__badge--${state === 'hidden' ? 'decided-hidden' : 'kept'}`}>{t(`review.action.${finding.action}`)}</span>
      </div>
      <p className="review-finding__meta">
        {finding.field !== 'body' && <span className="review-finding__field">{t(`review.field.${finding.field}`)}</span>}
        {finding.manual && <span className="review-finding__field">{t('manual.badge')} · {t(`entity.${finding.type}`)}</span>}
        <span className={`review-finding__by review-finding__by--${finding.decidedBy}`}>{t(`review.decidedBy.${finding.decidedBy}`)}</span>
      </p>
      {finding.reason && <p className="finding__decision-reason">{t('review.reason', { reason: finding.reason })}</p>}
    </li>
  )
}

/** A long table can hold hundreds of one type; the rest wait behind a button so the screen stays quick. */
const firstShown = 20

function ReviewFindingGroup({ type, items, selected, onSelect }: { type: EntityType | 'manual'; items: readonly ReviewFinding[]; selected: number | undefined; onSelect: (index: number) => void }) {
  const { t } = useI18n()
  const headingId = useId()
  const [showAll, setShowAll] = useState(false)
  const selectedAt = items.findIndex((finding) => finding.index === selected)
  const limit = showAll || selectedAt >= firstShown ? items.length : firstShown
  return (
    <div className={`finding-group finding-group--${type === 'manual' ? 'high' : severityOf(type)}`} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-group__title">
        <span className="finding-group__dot" aria-hidden="true" />
        <span className="finding-group__name">{type === 'manual' ? t('manual.group') : t(`entity.${type}`)}</span>
        <span className="finding-group__count">{t('findings.groupCount', { count: items.length })}</span>
      </h3>
      <ul className="finding-group__list">
        {items.slice(0, limit).map((finding) => (
          <ReviewFindingItem key={finding.index} finding={finding} selected={finding.index === selected} onSelect={onSelect} />
        ))}
      </ul>
      {items.length > limit && (
        <button type="button" className="finding-group__more" onClick={() => setShowAll(true)}>
          {t('findings.showAll', { count: items.length - limit })}
        </button>
      )}
    </div>
  )
}

/**
 * 发现项 — every finding the reviewer signs off on: its kind, what the published text shows, what happens to
 * it (已遮盖 / 已删除 / 保留), whether the policy or the drafter decided, and the drafter's written reason.
 */
export const ReviewFindings = memo(function ReviewFindings({ view, selected, onSelect }: Props) {
  const { t } = useI18n()
  const titleId = useId()
  // 人工标记 in a group of their own, after the engine's findings by type
  const groups = useMemo(() => {
    const byType: { type: EntityType | 'manual'; items: ReviewFinding[] }[] = groupByType(
      view.findings.filter((finding): finding is ReviewFinding & { type: EntityType } => !finding.manual && finding.type !== 'OTHER'),
      (finding) => finding.type,
    )
    const manual = view.findings.filter((finding) => finding.manual || finding.type === 'OTHER')
    return manual.length ? [...byType, { type: 'manual' as const, items: manual }] : byType
  }, [view.findings])
  const { masked, removed, kept } = view.counts
  const byDrafter = view.findings.filter((finding) => finding.decidedBy === 'drafter').length
  return (
    <aside className="findings review-findings" aria-labelledby={titleId}>
      <div className="findings__header">
        <h2 id={titleId} className="findings__title">
          {t('review.findingsTitle')}
        </h2>
      </div>
      <ul className="summary" aria-label={t('summary.label')}>
        <li className={masked > 0 ? 'summary__item summary__item--masked' : 'summary__item'}>
          <span className="summary__dot" aria-hidden="true" />
          {t('summary.masked', { count: masked })}
        </li>
        <li className={removed > 0 ? 'summary__item summary__item--removed' : 'summary__item'}>
          <span className="summary__dot" aria-hidden="true" />
          {t('summary.removed', { count: removed })}
        </li>
        <li className={kept > 0 ? 'summary__item summary__item--kept-review' : 'summary__item'}>
          <span className="summary__dot" aria-hidden="true" />
          {t('summary.kept', { count: kept })}
        </li>
      </ul>
      <p className="findings__note">{view.findings.length === 0
          ? t('review.noFindings')
          : byDrafter === 0
            ? t('review.findingsNotePolicy', { count: view.findings.length })
            : t('review.findingsNote', { count: view.findings.length, drafter: byDrafter })}</p>
      <div className="findings__groups">
        {groups.map((group) => (
          <ReviewFindingGroup key={group.type} type={group.type} items={group.items} selected={selected} onSelect={onSelect} />
        ))}
      </div>
    </aside>
  )
})
