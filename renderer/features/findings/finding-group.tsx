import { useId, useState } from 'react'
import type { EntityType } from '../../../shared/pii/index'
import { useI18n } from '../../i18n/i18n'
import { FindingItem, type FindingItemProps } from './finding-item'
import { publishedValue, shownValue } from './masked-value'
import type { Reviewed } from './review-types'
import { severityOf } from './tone'

/** A long table can hold hundreds of one type; the rest wait behind a button so the panel stays quick. */
const firstShown = 20

export type FindingGroupProps = Omit<FindingItemProps, 'item' | 'value' | 'result' | 'selected'> & {
  type: EntityType
  items: readonly Reviewed[]
  selectedKey: string | undefined
}

/** One kind of information: its name and count, the policy's proposal and why, then each finding. */
export function FindingGroup({ type, items, selectedKey, ...itemProps }: FindingGroupProps) {
  const { t, locale } = useI18n()
  const headingId = useId()
  const [showAll, setShowAll] = useState(false)
  const selectedIndex = items.findIndex((item) => item.finding.key === selectedKey)
  const limit = showAll || selectedIndex >= firstShown ? items.length : firstShown
  const proposal = items[0]?.proposal
  return (
    <div className={`finding-group finding-group--${severityOf(type)}`} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-group__title">
        <span className="finding-group__dot" aria-hidden="true" />
        <span className="finding-group__name">{t(`entity.${type}`)}</span>
        <span className="finding-group__count">{t('findings.groupCount', { count: items.length })}</span>
      </h3>
      {proposal && (
        <p className="finding-group__proposal">
          <span className={`proposal proposal--${proposal.action}`}>{t('findings.proposal', { action: t(`policyAction.${proposal.action}`) })}</span>
          {proposal.why[locale]}
        </p>
      )}
      <ul className="finding-group__list">
        {items.slice(0, limit).map((item) => (
          <FindingItem key={item.finding.key} item={item} value={shownValue(item.finding.text)} result={publishedValue(item)} selected={item.finding.key === selectedKey} {...itemProps} />
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
