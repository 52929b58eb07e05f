import { useRef, useState, type FormEvent } from 'react'
import { workflowLimits } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'
import { FormField } from '../../ui/form-field'
import { useToast } from '../../ui/toast'
import { NewPasswordFields } from './new-password-fields'
import { newPasswordError, takeValue } from './new-password'
import { useSession } from './session-context'

/** 修改密码 — the signed-in user's own password; the signing key is re-sealed and keeps its fingerprint. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  return (
    <Dialog
      open={open}
      title={t('changePassword.title')}
      onClose={() => {
        if (!busy) onClose()
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </button>
          <button type="submit" form="change-password-form" className="button button--primary" disabled={busy}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {t('changePassword.submit')}
          </button>
        </>
      }
    >
      <ChangePasswordForm busy={busy} setBusy={setBusy} onDone={onClose} />
    </Dialog>
  )
}

function ChangePasswordForm({ busy, setBusy, onDone }: { busy: boolean; setBusy: (busy: boolean) => void; onDone: () => void }) {
  const { t, locale } = useI18n()
  const { apply } = useSession()
  const toast = useToast()
  const oldRef = useRef<HTMLInputElement>(null)
  const newRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLInputElement>(null)
  const [errors, setErrors] = useState<{ old?: string; new?: string }>({})
  const [failure, setFailure] = useState<string>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const oldPassword = takeValue(oldRef.current)
    const newPassword = takeValue(newRef.current)
    const confirm = takeValue(confirmRef.current)
    const found = { old: oldPassword === '' ? t('pwdialog.passwordRequired') : undefined, new: newPasswordError(newPassword, confirm, locale, t) }
    setErrors(found)
    setFailure(undefined)
    if (found.old || found.new) return
    setBusy(true)
    try {
      apply(await call('account.changePassword', { oldPassword, newPassword }))
      toast.show({ message: t('changePassword.done') })
      onDone()
    } catch (error) {
      setFailure(serviceMessage(error, locale, t))
      oldRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form id="change-password-form" className="password-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <p className="dialog__text">{t('changePassword.explanation')}</p>
      <FormField
        label={t('changePassword.old')}
        type="password"
        inputRef={oldRef}
        autoComplete="current-password"
        autoFocus
        maxLength={workflowLimits.password}
        disabled={busy}
        error={errors.old}
      />
      <NewPasswordFields passwordRef={newRef} confirmRef={confirmRef} error={errors.new} disabled={busy} />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  )
}
