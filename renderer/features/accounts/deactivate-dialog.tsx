import { useRef, useState, type FormEvent } from 'react'
import type { AccountView } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { AdminConfirm } from './admin-confirm'
import { takeValue } from '../session/new-password'

type Props = { account: AccountView | undefined; onClose: () => void; onDone: () => void }

const formId = 'deactivate-form'

/**
 * 停用账户 — someone who left: no more sign-in, the key retired as superseded so what they signed stays verifiable.
 * The administrator confirms with their own password.
 */
export function DeactivateDialog({ account, onClose, onDone }: Props) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  return (
    <Dialog
      open={account !== undefined}
      title={t('deactivate.title', { name: account?.name ?? '' })}
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
            {t('deactivate.submit')}
          </button>
        </>
      }
    >
      {account && <DeactivateForm account={account} busy={busy} setBusy={setBusy} onClose={onClose} onDone={onDone} />}
    </Dialog>
  )
}

function DeactivateForm({ account, busy, setBusy, onClose, onDone }: Omit<Props, 'account'> & { account: AccountView; busy: boolean; setBusy: (busy: boolean) => void }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const [error, setError] = useState<string>()
  const [failure, setFailure] = useState<string>()
  const adminRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const adminPassword = takeValue(adminRef.current)
    setError(adminPassword === '' ? t('pwdialog.passwordRequired') : undefined)
    setFailure(undefined)
    if (adminPassword === '') return
    setBusy(true)
    try {
      await call('account.deactivate', { login: account.login, adminPassword })
      toast.show({ message: t('deactivate.done', { name: account.name }) })
      onDone()
      onClose()
    } catch (failed) {
      setFailure(serviceMessage(failed, locale, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form id={formId} className="account-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="banner banner--warning">
        <Icon name="warning" size={20} />
        <div className="banner__content">
          <p className="banner__title">{t('deactivate.warningTitle')}</p>
          <p className="banner__text">{t('deactivate.warningBody', { name: account.name })}</p>
        </div>
      </div>
      <AdminConfirm adminRef={adminRef} error={error} failure={failure} disabled={busy} />
    </form>
  )
}
