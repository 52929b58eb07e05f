import { useRef, useState, type FormEvent } from 'react'
import { roles as allRoles, type Role } from '../../../shared/accounts/roles'
import type { AccountView } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { AdminConfirm } from './admin-confirm'
import { takeValue } from '../session/new-password'

type Props = { account: AccountView | undefined; lastAdmin: boolean; onClose: () => void; onDone: () => void }

const formId = 'roles-form'

/**
 * 修改角色 — the administrator ticks the roles and confirms with their own password. The service refuses taking the
 * admin role from the last administrator; here the box is locked with the reason beside it.
 */
export function RolesDialog({ account, lastAdmin, onClose, onDone }: Props) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  return (
    <Dialog
      open={account !== undefined}
      title={t('roles.title', { name: account?.name ?? '' })}
      onClose={() => {
        if (!busy) onClose()
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {t('roles.submit')}
          </button>
        </>
      }
    >
      {account && <RolesForm key={account.id} account={account} lastAdmin={lastAdmin} busy={busy} setBusy={setBusy} onClose={onClose} onDone={onDone} />}
    </Dialog>
  )
}

function RolesForm({ account, lastAdmin, busy, setBusy, onClose, onDone }: Omit<Props, 'account'> & { account: AccountView; busy: boolean; setBusy: (busy: boolean) => void }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const [roles, setRoles] = useState<Role[]>(account.roles)
  const [errors, setErrors] = useState<{ roles?: string; admin?: string }>({})
  const [failure, setFailure] = useState<string>()
  const adminRef = useRef<HTMLInputElement>(null)
  const toggle = (role: Role, on: boolean) => setRoles((current) => allRoles.filter((r) => (r === role ? on : current.includes(r))))
  const lockAdmin = lastAdmin && account.roles.includes('admin')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const adminPassword = takeValue(adminRef.current)
    const found = { roles: roles.length === 0 ? t('addAccount.rolesRequired') : undefined, admin: adminPassword === '' ? t('pwdialog.passwordRequired') : undefined }
    setErrors(found)
    setFailure(undefined)
    if (found.roles || found.admin) return
    if (roles.join(',') === account.roles.join(',')) {
      setFailure(t('roles.unchanged'))
      return
    }
    setBusy(true)
    try {
      await call('account.setRoles', { login: account.login, roles, adminPassword })
      toast.show({ message: t('roles.done', { name: account.name }) })
      onDone()
      onClose()
    } catch (error) {
      setFailure(serviceMessage(error, locale, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form id={formId} className="account-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="account-form__roles" disabled={busy}>
        <legend className="field__label">{t('addAccount.roles')}</legend>
        {allRoles.map((role) => {
          const locked = role === 'admin' && lockAdmin
          return (
            <label key={role} className="role-option">
              <input type="checkbox" checked={roles.includes(role)} disabled={locked} onChange={(event) => toggle(role, event.target.checked)} />
              <span className="role-option__text">
                <span className="role-option__name">{t(`role.${role}`)}</span>
                <span className="role-option__hint">{locked ? t('roles.lastAdmin', { name: account.name }) : t(`role.${role}.hint`)}</span>
              </span>
            </label>
          )
        })}
        {errors.roles && <p className="field__error">{errors.roles}</p>}
      </fieldset>
      <div className="banner banner--info">
        <Icon name="key" size={20} />
        <p className="banner__text">{t('roles.keyNote', { name: account.name })}</p>
      </div>
      <AdminConfirm adminRef={adminRef} error={errors.admin} failure={failure} disabled={busy} />
    </form>
  )
}
