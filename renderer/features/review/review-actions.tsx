import { useState } from 'react'
import { workflowLimits } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { PasswordDialog } from '../../ui/password-dialog'

export type ReviewActionsProps = {
  /** What the drafter will publish, for the confirmation text: 标题 and counts. */
  title: string
  /** Why approving is not possible for this user (不能审批自己起草的公告); the button is disabled. */
  approveBlocked: string | undefined
  canApprove: boolean
  canReject: boolean
  /** Signs the approval; rejects with the service's refusal, which the dialog shows. */
  onApprove: (password: string, comment: string) => Promise<void>
  onReject: (password: string, reason: string) => Promise<void>
  /** The place the reviewer selected in the published text, quoted for the 退回 reason; undefined when none. */
  markedPlace?: () => string | undefined
}

/** 批准 and 退回, each confirmed with the reviewer's password (批准 signs what is on screen). */
export function ReviewActions({ title, approveBlocked, canApprove, canReject, onApprove, onReject, markedPlace }: ReviewActionsProps) {
  const { t } = useI18n()
  const [open, setOpen] = useState<'approve' | 'reject' | undefined>()
  const [initial, setInitial] = useState('')
  const [hint, setHint] = useState(false)
  return (
    <>
      {hint && (
        <span className="review__mark-hint" role="status">
          {t('reviewMark.hint')}
        </span>
      )}
      {markedPlace && (
        <button
          type="button"
          className="button"
          disabled={!canReject}
          // keep the selection in the published text: the button reads it on click
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const quote = markedPlace()
            setHint(quote === undefined)
            if (quote === undefined) return
            setInitial(quote)
            setOpen('reject')
          }}
        >
          <Icon name="warning" />
          {t('reviewMark.button')}
        </button>
      )}
      <button
        type="button"
        className="button"
        disabled={!canReject}
        onClick={() => {
          setInitial('')
          setOpen('reject')
        }}
      >
        <Icon name="back" />
        {t('review.reject')}
      </button>
      <button
        type="button"
        className="button button--primary"
        disabled={!canApprove || approveBlocked !== undefined}
        title={approveBlocked}
        onClick={() => setOpen('approve')}
      >
        <Icon name="approved" />
        {t('review.approve')}
      </button>
      <PasswordDialog
        open={open === 'approve'}
        title={t('review.approveTitle')}
        explanation={
          <>
            <p>{t('review.approveExplain', { title: title || t('notice.untitled') })}</p>
            <p>{t('review.approveExplain2')}</p>
          </>
        }
        confirmLabel={t('review.approveConfirm')}
        extra={{ label: t('review.commentLabel'), placeholder: t('review.commentPlaceholder'), maxLength: workflowLimits.comment }}
        onSubmit={async ({ password, extra }) => {
          await onApprove(password, extra)
          setOpen(undefined)
        }}
        onCancel={() => setOpen(undefined)}
      />
      <PasswordDialog
        open={open === 'reject'}
        title={t('review.rejectTitle')}
        danger
        explanation={<p>{t('review.rejectExplain')}</p>}
        confirmLabel={t('review.rejectConfirm')}
        extra={{
          label: t('review.reasonLabel'),
          placeholder: t('review.reasonPlaceholder'),
          required: true,
          requiredMessage: t('review.reasonRequired'),
          maxLength: workflowLimits.reason,
          initial,
        }}
        onSubmit={async ({ password, extra }) => {
          await onReject(password, extra)
          setOpen(undefined)
        }}
        onCancel={() => setOpen(undefined)}
      />
    </>
  )
}
