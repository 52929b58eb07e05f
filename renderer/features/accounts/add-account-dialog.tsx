import { useRef, useState, type FormEvent } from 'react'
import { nameLimits, roles as allRoles, type Role } from '../../../shared/accounts/roles'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'
import { FormField } from '../../ui/form-field'
import { useToast } from '../../ui/toast'
import { NewPasswordFields } from '../session/new-password-fields'
import { AdminConfirm } from './admin-confirm'
import { loginError, nameError, newPasswordError, takeValue } from '../session/new-password'

type Props = { open: boolean; onClose: () => void; onCreated: () => void }
type Errors = Partial<Record<'login' | 'name' | 'roles' | 'password' | 'admin', string>>

const formId = 'add-account-form'

/** 添加账户 — a colleague's login, name, roles and first password; the admin confirms with their own. */
export function AddAccountDialog({ open, onClose, onCreated }: Props) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  // Created, but another account has the same name: said here, where it cannot be missed, before closing.
  const [warning, setWarning] = useState<string>()
  const close = () => {
    setWarning(undefined)
    onClose()
  }
  if (warning !== undefined) {
    return (
      <Dialog
        open={open}
        title={t('addAccount.createdWithWarning')}
        onClose={close}
        footer={
          <button type="button" className="button button--primary" onClick={close} autoFocus>
            {t('addAccount.warningUnderstood')}
          </button>
        }
      >
        <div className="banner banner--warning" role="alert">
          <p className="banner__text">{warning}</p>
        </div>
      </Dialog>
    )
  }
  return (
    <Dialog
      open={open}
      size="large"
      title={t('addAccount.title')}
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
            {t('addAccount.submit')}
          </button>
        </>
      }
    >
      <AddAccountForm busy={busy} setBusy={setBusy} onClose={onClose} onCreated={onCreated} onWarning={setWarning} />
    </Dialog>
  )
}

function AddAccountForm({
  busy,
  setBusy,
  onClose,
  onCreated,
  onWarning,
}: Omit<Props, 'open'> & { busy: boolean; setBusy: (busy: boolean) => void; onWarning: (message: string) => void }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const [login, setLogin] = useState('')
  const [name, setName] = useState('')
  const [roles, setRoles] = useState<Role[]>(['drafter'])
  const [errors, setErrors] = useState<Errors>({})
  const [failure, setFailure] = useState<string>()
  const passwordRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLInputElement>(null)
  const adminRef = useRef<HTMLInputElement>(null)

  const toggle = (role: Role, on: boolean) => setRoles((current) => allRoles.filter((r) => (r === role ? on : current.includes(r))))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const password = passwordRef.current?.value ?? ''
    const confirm = confirmRef.current?.value ?? ''
    const adminPassword = adminRef.current?.value ?? ''
    const found: Errors = {
      login: loginError(login.trim(), t),
      name: nameError(name, t),
      roles: roles.length === 0 ? t('addAccount.rolesRequired') : undefined,
      password: newPasswordError(password, confirm, locale, t),
      admin: adminPassword === '' ? t('pwdialog.passwordRequired') : undefined,
    }
    setErrors(found)
    setFailure(undefined)
    const invalid = Object.values(found).some(Boolean)
    // Passwords leave the inputs once they are sent, or when they themselves are wrong.
    if (!invalid || found.password) {
      takeValue(passwordRef.current)
      takeValue(confirmRef.current)
    }
    if (!invalid) takeValue(adminRef.current)
    if (invalid) return
    setBusy(true)
    try {
      const account = await call('account.create', { login: login.trim(), name: name.trim(), roles, password, adminPassword })
      onCreated()
      const same = account.warnings.find((w) => w.code === 'same-name')
      if (same) {
        onWarning(t('addAccount.sameName', { login: account.login, name: account.name, others: same.logins.join('、') }))
        return
      }
      toast.show({ message: t('addAccount.done', { login: account.login, name: account.name }) })
      onClose()
    } catch (error) {
      setFailure(serviceMessage(error, locale, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form id={formId} className="account-form account-form--columns" onSubmit={(event) => void submit(event)} noValidate>
      <div className="account-form__column">
        <FormField
          label={t('field.name')}
          value={name}
          onChange={setName}
          placeholder={t('addAccount.namePlaceholder')}
          error={errors.name}
          maxLength={nameLimits.max}
          autoFocus
          disabled={busy}
        />
        <FormField
          label={t('field.login')}
          value={login}
          onChange={setLogin}
          placeholder={t('addAccount.loginPlaceholder')}
          hint={t('field.loginHint')}
          error={errors.login}
          maxLength={32}
          autoComplete="off"
          disabled={busy}
          mono
        />
        <fieldset className="account-form__roles" disabled={busy} aria-describedby={errors.roles ? 'add-account-roles-error' : undefined}>
          <legend className="field__label">{t('addAccount.roles')}</legend>
          {allRoles.map((role) => (
            <label key={role} className="role-option">
              <input type="checkbox" checked={roles.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
              <span className="role-option__text">
                <span className="role-option__name">{t(`role.${role}`)}</span>
                <span className="role-option__hint">{t(`role.${role}.hint`)}</span>
              </span>
            </label>
          ))}
          {errors.roles && (
            <p id="add-account-roles-error" className="field__error">
              {errors.roles}
            </p>
          )}
        </fieldset>
      </div>
      <div className="account-form__column">
        <NewPasswordFields passwordRef={passwordRef} confirmRef={confirmRef} label={t('addAccount.initialPassword')} error={errors.password} disabled={busy} forOther />
        <AdminConfirm adminRef={adminRef} error={errors.admin} failure={failure} disabled={busy} />
      </div>
    </form>
  )
}
