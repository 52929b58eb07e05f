import { useState } from 'react'
import type { WorkflowView } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'

/**
 * 撤回提交 — the drafter takes a submitted notice back before the reviewer decides (back to 草稿; the
 * service checks who may and records it in the audit log). Signs nothing, so no password.
 */
export function WithdrawButton({ id, onWithdrawn }: { id: string; onWithdrawn: (view: WorkflowView) => void }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    try {
      onWithdrawn(await call('notice.withdraw', { id }))
      setOpen(false)
      toast.show({ message: t('withdraw.done') })
    } catch (error) {
      toast.show({ message: errorText(error, t, locale), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <Icon name="back" />
        {t('withdraw.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('withdraw.title')}
        body={t('withdraw.body')}
        confirmLabel={t('withdraw.confirm')}
        cancelLabel={t('action.cancel')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      />
    </>
  )
}
