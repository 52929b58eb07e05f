import { useRef, useState, type FormEvent } from 'react'
import { nameLimits } from '../../../shared/accounts/roles'
import { workflowLimits } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { FormField } from '../../ui/form-field'
import { NewPasswordFields } from './new-password-fields'
import { loginError, nameError, newPasswordError, takeValue } from './new-password'
import { useSession } from './session-context'

type Errors = Partial<Record<'office' | 'login' | 'name' | 'password', string>>

/** 初始设置 — first run: the office's name and its first administrator, who is signed in at once. */
export function SetupForm() {
  const { t, locale } = useI18n()
  const { apply } = useSession()
  const [office, setOffice] = useState('')
  const [login, setLogin] = useState('admin')
  const [name, setName] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [failure, setFailure] = useState<string>()
  const [busy, setBusy] = useState(false)
  const passwordRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const password = passwordRef.current?.value ?? ''
    const confirm = confirmRef.current?.value ?? ''
    const found: Errors = {
      office: office.trim() === '' ? t('setup.officeRequired') : undefined,
      login: loginError(login.trim(), t),
      name: nameError(name, t),
      password: newPasswordError(password, confirm, locale, t),
    }
    setErrors(found)
    setFailure(undefined)
    // The password stays in its inputs only while another field needs fixing; from here on it is gone.
    if (found.password || !Object.values(found).some(Boolean)) {
      takeValue(passwordRef.current)
      takeValue(confirmRef.current)
    }
    if (Object.values(found).some(Boolean)) return
    setBusy(true)
    try {
      apply(await call('session.setup', { office: office.trim(), login: login.trim(), name: name.trim(), password }))
    } catch (error) {
      setFailure(serviceMessage(error, locale, t))
      setBusy(false)
    }
  }

  return (
    <form className="gate__form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="gate-title">
      <header className="gate__header">
        <h1 id="gate-title" className="gate__title">
          {t('setup.title')}
        </h1>
        <p className="gate__intro">{t('setup.intro')}</p>
      </header>
      <FormField
        label={t('setup.office')}
        value={office}
        onChange={setOffice}
        placeholder={t('setup.officePlaceholder')}
        hint={t('setup.officeHint')}
        error={errors.office}
        maxLength={workflowLimits.office}
        autoFocus
        disabled={busy}
      />
      <div className="gate__pair">
        <FormField
          label={t('field.login')}
          value={login}
          onChange={setLogin}
          hint={t('field.loginHint')}
          error={errors.login}
          maxLength={32}
          autoComplete="username"
          disabled={busy}
          mono
        />
        <FormField label={t('field.name')} value={name} onChange={setName} placeholder={t('setup.namePlaceholder')} error={errors.name} maxLength={nameLimits.max} disabled={busy} />
      </div>
      <NewPasswordFields passwordRef={passwordRef} confirmRef={confirmRef} label={t('field.password')} error={errors.password} disabled={busy} />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy && <span className="spinner" aria-hidden="true" />}
        {t('setup.submit')}
      </button>
    </form>
  )
}
