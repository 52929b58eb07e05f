import { useRef, useState, type FormEvent } from 'react'
import type { AccountView } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'
import { Icon } from '../../ui/icon'
import { NewPasswordFields } from '../session/new-password-fields'
import { AdminConfirm } from './admin-confirm'
import { newPasswordError, takeValue } from '../session/new-password'

type Props = { account: AccountView | undefined; onClose: () => void; onDone: (account: AccountView) => void }

const formId = 'reset-password-form'

/**
 * 重置密码 — for someone who forgot theirs. The old key cannot be opened without the old password, so
 * the reset issues a new signing key and revokes the old one: the office's trust list must go out again.
 */
export function ResetPasswordDialog({ account, onClose, onDone }: Props) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  return (
    <Dialog
      open={account !== undefined}
      title={t('reset.title', { name: account?.name ?? '' })}
      onClose={() => {
        if (!busy) onClose()
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy} autoFocus>
            {t('action.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--danger" disabled={busy}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {t('reset.submit')}
          </button>
        </>
      }
    >
      {account && <ResetForm account={account} busy={busy} setBusy={setBusy} onClose={onClose} onDone={onDone} />}
    </Dialog>
  )
}

function ResetForm({ account, busy, setBusy, onClose, onDone }: Omit<Props, 'account'> & { account: AccountView; busy: boolean; setBusy: (busy: boolean) => void }) {
  const { t, locale } = useI18n()
  const [errors, setErrors] = useState<{ password?: string; admin?: string }>({})
  const [failure, setFailure] = useState<string>()
  const passwordRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLInputElement>(null)
  const adminRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const newPassword = takeValue(passwordRef.current)
    const confirm = takeValue(confirmRef.current)
    const adminPassword = takeValue(adminRef.current)
    const found = { password: newPasswordError(newPassword, confirm, locale, t), admin: adminPassword === '' ? t('pwdialog.passwordRequired') : undefined }
    setErrors(found)
    setFailure(undefined)
    if (found.password || found.admin) return
    setBusy(true)
    try {
      const updated = await call('account.reset', { login: account.login, newPassword, adminPassword })
      onDone(updated)
      onClose()
    } catch (error) {
      setFailure(serviceMessage(error, locale, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form id={formId} className="account-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="banner banner--warning">
        <Icon name="warning" size={20} />
        <div className="banner__content">
          <p className="banner__title">{t('reset.warningTitle')}</p>
          <p className="banner__text">{t('reset.warningBody', { name: account.name })}</p>
        </div>
      </div>
      <NewPasswordFields passwordRef={passwordRef} confirmRef={confirmRef} error={errors.password} disabled={busy} forOther />
      <AdminConfirm adminRef={adminRef} error={errors.admin} failure={failure} disabled={busy} />
    </form>
  )
}
