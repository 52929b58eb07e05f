import { useMemo, useState } from 'react'
import type { WorkflowView } from '../../../shared/api/contract-workflow'
import type { ReviewSummary } from '../../../shared/findings/resolution'
import { submitPreconditions, type PreconditionFields } from '../../../shared/workflow/preconditions'
import type { Reviewed } from '../findings/review-types'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { PasswordDialog } from '../../ui/password-dialog'
import { useToast } from '../../ui/toast'
import type { SaveStatus } from './autosaver'

export type SubmitButtonProps = {
  id: string
  /** 标题, 文号, 发布单位 and 正文 as typed: the preconditions look at them before any password is asked */
  fields: PreconditionFields
  /** every finding of those fields, as the panel lists them */
  reviewed: readonly Reviewed[]
  summary: ReviewSummary
  scan: 'scanning' | 'ready' | 'failed'
  save: SaveStatus
  /** Saves what is typed; resolves false when that failed. */
  flush: () => Promise<boolean>
  onSubmitted: (view: WorkflowView) => void
}

/**
 * Why 提交审核 cannot be pressed yet, or undefined when it can: the same preconditions the service checks at
 * submit (shared/workflow submitPreconditions), so every one of them is known before a password is asked.
 * Those that need no scan (title, body, import marks) are named even while the scan runs.
 */
function blockedReason({ fields, reviewed, summary, scan, save }: Pick<SubmitButtonProps, 'fields' | 'reviewed' | 'summary' | 'scan' | 'save'>, t: ReturnType<typeof useI18n>['t']): string | undefined {
  if (save.kind === 'conflict' || save.kind === 'failed') return t('workflow.submitUnsaved')
  const scanned = scan === 'ready'
  const [first] = submitPreconditions({ fields, findings: scanned ? reviewed : [], summary: scanned ? summary : { unresolved: 0, blocking: 0 } })
  if (first) return t(`precondition.${first.code}`, { count: first.count })
  if (scan === 'failed') return t('workflow.submitScanFailed')
  if (scan === 'scanning') return t('workflow.submitScanning')
  return undefined
}

/**
 * 提交审核 — disabled, with the reason beside it, while findings wait for a decision or block publication.
 * The password dialog says what submitting does: the drafter's key signs the redacted notice, and the
 * text is frozen for the reviewer.
 */
export function SubmitButton(props: SubmitButtonProps) {
  const { t } = useI18n()
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const [preparing, setPreparing] = useState(false)
  const { fields, reviewed, summary: counts, scan, save } = props
  // the preconditions read the whole body: once per change of what they read, not on every render of the bar
  const reason = useMemo(() => blockedReason({ fields, reviewed, summary: counts, scan, save }, t), [fields, reviewed, counts, scan, save, t])
  const { summary } = props

  const start = async () => {
    setPreparing(true)
    try {
      // What is signed is what is stored: save the last keystrokes first.
      if (await props.flush()) {
        // the printer starts its browser while the password is typed; a failure here is only a slower submit
        call('notice.prepareSubmit', { id: props.id }).catch(() => undefined)
        setOpen(true)
      }
    } finally {
      setPreparing(false)
    }
  }

  return (
    <>
      {reason && (
        <span className="workflow-bar__hint" id="submit-blocked">
          <Icon name="warning" size={16} />
          {reason}
        </span>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={reason !== undefined || preparing}
        aria-describedby={reason ? 'submit-blocked' : undefined}
        onClick={() => void start()}
      >
        <Icon name="submitted" />
        {t('workflow.submit')}
      </button>
      <PasswordDialog
        open={open}
        title={t('workflow.submitTitle')}
        explanation={
          <>
            <p>{t('workflow.submitExplain', { title: props.fields.title || t('notice.untitled') })}</p>
            <p className="workflow-dialog__counts">
              {t('workflow.submitCounts', { masked: summary.masked, removed: summary.removed, kept: summary.kept })}
            </p>
            <p>{t('workflow.submitLock')}</p>
          </>
        }
        confirmLabel={t('workflow.submitConfirm')}
        onSubmit={async ({ password }) => {
          const view = await call('notice.submit', { id: props.id, password })
          setOpen(false)
          props.onSubmitted(view)
          toast.show({ message: t('workflow.submitted') })
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  )
}
