import { memo, useEffect, useRef, useState } from 'react'
import { canMask, isMarker } from '../../../shared/findings/resolution'
import { sameReasons } from '../../../shared/pii/reasons'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { ReasonForm } from './reason-form'
import { reasonText } from './reason-text'
import type { PanelAction, Reviewed } from './review-types'
import { markStateOf } from './tone'
import './finding-item.css'

export type FindingItemProps = {
  item: Reviewed
  /** The value as written (shown to the drafter on this machine, so five health cards can be told apart). */
  value: string
  /** What it is published as with today's decision or proposal; undefined for a marker, which must go. */
  result: string | undefined
  selected: boolean
  editable: boolean
  onSelect: (key: string) => void
  onDecide: (item: Reviewed, action: PanelAction, reason?: string) => Promise<void>
  onUndecide: (item: Reviewed) => Promise<void>
  /** Deletes a marker's words from the text (the only way a marker is cleared). */
  onRemoveMarker: (item: Reviewed) => void
  /** Where the finding is, when that helps (表1 · 第3行 · 身份证号 for a finding in a body table). */
  locate?: (item: Reviewed) => string | undefined
}


function FindingItemView({ item, value, result, selected, editable, onSelect, onDecide, onUndecide, onRemoveMarker, locate }: FindingItemProps) {
  const { t, locale } = useI18n()
  const [asking, setAsking] = useState<'keep' | 'notPersonal' | undefined>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  const ref = useRef<HTMLLIElement>(null)
  const { finding, decision, resolution } = item
  const state = markStateOf(resolution)

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [selected])

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    try {
      await work()
      setAsking(undefined)
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  const choose = (action: PanelAction) => {
    if (action === 'keep' || action === 'notPersonal') setAsking(action)
    else void run(() => onDecide(item, action))
  }
  // 讨论稿, 内部资料…: no decision clears a marker, only deleting its words from the text
  const marker = isMarker(finding.type)
  const actions: readonly PanelAction[] = marker ? [] : [canMask(finding.type) ? 'mask' : 'remove', 'keep', 'notPersonal']
  const resultText = result === undefined ? t('finding.resultMarker') : result === value ? t('finding.resultKept') : result

  const location = locate?.(item)
  const reasons = finding.reasons.map((reason) => reasonText(reason, t)).join('；')
  const badge =
    resolution.status === 'unresolved' || resolution.status === 'blocking'
      ? { kind: resolution.status, text: t(`status.${resolution.status}`) }
      : decision
        ? { kind: `decided-${state}`, text: t(`decision.done.${decision.action}`) }
        : undefined

  return (
    <li ref={ref} className={`finding finding--${state}${selected ? ' finding--selected' : ''}`}>
      <div className="finding__top">
        <button
          type="button"
          className="finding__value"
          aria-label={t('findings.select', { type: t(`entity.${finding.type}`), value })}
          onClick={() => onSelect(finding.key)}
        >
          {value}
        </button>
        {badge && <span className={`finding__badge finding__badge--${badge.kind}`}>{badge.text}</span>}
      </div>
      <p className="finding__result" data-testid="finding-result">
        <span className="finding__result-label">{t('finding.result')}</span>
        <span className={result === undefined ? 'finding__result-value finding__result-value--marker' : 'finding__result-value'}>{resultText}</span>
      </p>
      {marker && <p className="finding__marker">{t('marker.explain')}</p>}
      {marker && editable && (
        <div className="finding__actions">
          <button type="button" className="chip chip--danger" aria-label={t('marker.removeWordsLabel', { value })} onClick={() => onRemoveMarker(item)}>
            {t('marker.removeWords')}
          </button>
        </div>
      )}
      {location && <p className="finding__location">{location}</p>}
      <p className="finding__reasons" title={t('findings.confidence', { percent: Math.round(finding.confidence * 100) })}>
        <span className="visually-hidden">{t('findings.reasons')}：</span>
        {reasons}
      </p>
      {decision?.reason && (
        <p className="finding__decision-reason">
          {t(decision.action === 'notPersonal' ? 'decision.reasonShown.notPersonal' : 'decision.reasonShown.keep', { reason: decision.reason })}
        </p>
      )}
      {editable && !marker && (
        <div className="finding__actions" role="group" aria-label={t('findings.actionsLabel', { value })}>
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={decision?.action === action ? 'chip chip--pressed' : 'chip'}
              aria-pressed={decision?.action === action}
              disabled={busy}
              onClick={() => choose(action)}
            >
              {t(`decision.${action}`)}
            </button>
          ))}
          {decision && (
            <button type="button" className="finding__undo" disabled={busy} aria-label={t('decision.undoLabel', { value })} onClick={() => void run(() => onUndecide(item))}>
              {t('decision.undo')}
            </button>
          )}
        </div>
      )}
      {asking && <ReasonForm action={asking} busy={busy} onSubmit={(reason) => void run(() => onDecide(item, asking, reason))} onCancel={() => setAsking(undefined)} />}
      {error !== undefined && (
        <p className="finding__error" role="alert">
          {t('decision.failed', { message: errorText(error, t, locale) })}
        </p>
      )}
    </li>
  )
}

/** Re-render an item only when what it shows changed: scans replace every finding object, even unchanged ones. */
export const FindingItem = memo(
  FindingItemView,
  (a, b) =>
    a.item.finding.key === b.item.finding.key &&
    a.item.decision === b.item.decision &&
    a.item.resolution.status === b.item.resolution.status &&
    a.item.resolution.publish === b.item.resolution.publish &&
    sameReasons(a.item.finding.reasons, b.item.finding.reasons) &&
    a.value === b.value &&
    a.result === b.result &&
    a.selected === b.selected &&
    a.editable === b.editable &&
    a.onSelect === b.onSelect &&
    a.onDecide === b.onDecide &&
    a.onUndecide === b.onUndecide &&
    a.onRemoveMarker === b.onRemoveMarker,
)
