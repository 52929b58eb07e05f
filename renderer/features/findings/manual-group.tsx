import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import { shownValue } from './masked-value'
import type { PlacedManual } from './use-manual-findings'

/**
 * 人工标记 — the values the drafter marked by hand, each with its kind, what it is published as, and 取消标记;
 * a mark whose value has left the text says so (it no longer applies).
 */
export function ManualGroup({ placed, editable, onUnmark }: { placed: readonly PlacedManual[]; editable: boolean; onUnmark: (manualId: string) => void }) {
  const { t } = useI18n()
  const headingId = useId()
  if (placed.length === 0) return null
  return (
    <div className="finding-group finding-group--high" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="finding-group__title">
        <span className="finding-group__dot" aria-hidden="true" />
        <span className="finding-group__name">{t('manual.group')}</span>
        <span className="finding-group__count">{t('findings.groupCount', { count: placed.length })}</span>
      </h3>
      <ul className="finding-group__list">
        {placed.map(({ manual, span, result }) => (
          <li key={manual.id} className="finding finding--hidden" data-testid="manual-finding">
            <div className="finding__top">
              <span className="finding__value">{shownValue(manual.anchor.text)}</span>
              <span className="finding__badge finding__badge--decided-hidden">{t(`manual.kind.${manual.kind}`)}</span>
            </div>
            <p className="finding__result">
              <span className="finding__result-label">{t('finding.result')}</span>
              <span className="finding__result-value">{result}</span>
            </p>
            {!span && <p className="finding__error">{t('manual.lost')}</p>}
            {editable && (
              <div className="finding__actions">
                <button type="button" className="finding__undo" onClick={() => onUnmark(manual.id)}>
                  {t('manual.undo')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
