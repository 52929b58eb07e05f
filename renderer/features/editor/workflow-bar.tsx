import { useState, type ReactNode } from 'react'
import type { WorkflowView } from '../../../shared/api/contract-workflow'
import { formatAbsolute, formatRelative } from '../../lib/format-time'
import { useNow } from '../../lib/use-now'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import type { WorkflowState } from '../review/use-workflow'
import { useNavigation } from '../shell/navigation'
import { SubmitButton, type SubmitButtonProps } from './submit-button'
import { TransferActions } from './transfer-actions'
import { WithdrawButton } from './withdraw-button'
import '../review/workflow.css'
import './workflow-bar.css'

export type WorkflowBarProps = {
  workflow: WorkflowState
  /** Everything 提交审核 needs from the editor: findings summary, scan and save state. */
  submit: Omit<SubmitButtonProps, 'onSubmitted' | 'id'>
}

function When({ iso, label }: { iso: string; label: (time: string) => string }) {
  const { t, locale } = useI18n()
  const now = useNow()
  return (
    <time dateTime={iso} title={formatAbsolute(iso, locale)}>
      {label(formatRelative(iso, now, locale, t))}
    </time>
  )
}

/** Who did what, and when: 起草人 · 提交于 · 审核人 · 批准于/退回于 · 导出于. */
function People({ view }: { view: WorkflowView }) {
  const { t } = useI18n()
  const s = view.submission
  const items: ReactNode[] = []
  if (view.drafter) items.push(<span key="drafter">{t('workflow.drafterIs', { name: view.drafter.name })}</span>)
  if (s && view.state !== 'draft' && view.state !== 'rejected') items.push(<When key="submitted" iso={s.submittedAt} label={(time) => t('workflow.submittedAt', { time })} />)
  if (s?.reviewer && (view.state === 'approved' || view.state === 'exported')) {
    items.push(<span key="reviewer">{t(s.remote ? 'workflow.reviewerRemote' : 'workflow.reviewerIs', { name: s.reviewer.name })}</span>)
    if (s.reviewedAt) items.push(<When key="reviewed" iso={s.reviewedAt} label={(time) => t('workflow.approvedAt', { time })} />)
  }
  if (s?.exportedAt && view.state === 'exported') items.push(<When key="exported" iso={s.exportedAt} label={(time) => t('workflow.exportedAt', { time })} />)
  return <span className="workflow-bar__people">{items}</span>
}

/**
 * 审批状态 — the strip under the editor's toolbar: the notice's state, who drafted and reviewed it and
 * when, and the next step for the signed-in user (提交审核, 去审核, 导出签名包, files for another machine).
 */
export function WorkflowBar({ workflow, submit }: WorkflowBarProps) {
  const { t, locale } = useI18n()
  const { navigate } = useNavigation()
  const [note, setNote] = useState<{ tone: 'info' | 'success' | 'error'; text: string } | undefined>()
  const view = workflow.view

  if (!view) {
    return (
      <div className="workflow-bar" aria-label={t('workflow.label')} role="region">
        {workflow.error === undefined ? (
          <span className="workflow-bar__people">{t('workflow.loading')}</span>
        ) : (
          <span className="workflow-bar__hint workflow-bar__hint--error" role="alert">
            {t('workflow.loadFailed', { message: serviceMessage(workflow.error, locale, t) })}
            <button type="button" className="button button--small" onClick={workflow.reload}>
              {t('action.retry')}
            </button>
          </span>
        )}
      </div>
    )
  }

  const canReview = view.state === 'submitted' && (view.can.approve || view.can.reject)
  return (
    <div className="workflow-bar-wrap">
      <div className="workflow-bar" aria-label={t('workflow.label')} role="region" data-state={view.state}>
        <span className={`state-badge state-badge--${view.state}`} data-testid="workflow-state">
          {t(`state.${view.state}`)}
        </span>
        <People view={view} />
        <div className="workflow-bar__actions">
          {(view.state === 'draft' || view.state === 'rejected') && view.can.submit && <SubmitButton id={view.id} {...submit} onSubmitted={workflow.set} />}
          {(view.state === 'draft' || view.state === 'rejected') && !view.can.submit && view.drafter && (
            <span className="workflow-bar__hint">{t('workflow.onlyDrafter', { name: view.drafter.name })}</span>
          )}
          {view.state === 'submitted' && !canReview && <span className="workflow-bar__hint">{t('workflow.waiting')}</span>}
          {view.state === 'submitted' && view.can.withdraw && <WithdrawButton id={view.id} onWithdrawn={workflow.set} />}
          {canReview && (
            <button type="button" className="button button--primary" onClick={() => void navigate({ page: 'review', id: view.id })}>
              <Icon name="eye" />
              {t('workflow.goReview')}
            </button>
          )}
          <TransferActions view={view} onNote={setNote} onChanged={workflow.set} />
        </div>
      </div>
      {note && (
        <div className={`workflow-bar__note workflow-bar__note--${note.tone}`} role={note.tone === 'error' ? 'alert' : 'status'}>
          <Icon name={note.tone === 'error' ? 'warning' : note.tone === 'success' ? 'check' : 'exported'} size={16} />
          <span>{note.text}</span>
          <button type="button" className="icon-button" aria-label={t('action.close')} onClick={() => setNote(undefined)}>
            <Icon name="close" size={14} />
          </button>
        </div>
      )}
    </div>
  )
}
