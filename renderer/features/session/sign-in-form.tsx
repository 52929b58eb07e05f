import { useEffect, useRef, useState, type FormEvent } from 'react'
import { workflowLimits } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { isApiError } from '../../lib/api-error'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { FormField } from '../../ui/form-field'
import { takeValue } from './new-password'
import { useSession } from './session-context'

/** Seconds the service asked us to wait (“try again in N s”), a parameter of its coded error. */
function waitSeconds(error: unknown): number {
  if (!isApiError(error) || error.detail?.code !== 'login.wrongWait') return 0
  const seconds = Number(error.detail.params.seconds)
  return Number.isFinite(seconds) ? seconds : 0
}

/** 登录: login and password; a wrong password or the back-off after several says so plainly. */
export function SignInForm() {
  const { t, locale } = useI18n()
  const { session, apply } = useSession()
  const [login, setLogin] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  // The back-off of one login: the button waits out the seconds the service named.
  const [lock, setLock] = useState<{ login: string; until: number }>()
  const [now, setNow] = useState(() => Date.now())
  const passwordRef = useRef<HTMLInputElement>(null)

  const remaining = lock && lock.login === login.trim() ? Math.max(0, Math.ceil((lock.until - now) / 1000)) : 0
  useEffect(() => {
    if (remaining <= 0) return
    const timer = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(timer)
  }, [remaining])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const name = login.trim()
    if (name === '') {
      setError(t('signIn.loginRequired'))
      return
    }
    if (passwordRef.current?.value === '') {
      setError(t('pwdialog.passwordRequired'))
      passwordRef.current.focus()
      return
    }
    const password = takeValue(passwordRef.current)
    setBusy(true)
    try {
      apply(await call('session.signIn', { login: name, password }))
    } catch (failure) {
      setError(serviceMessage(failure, locale, t))
      const wait = waitSeconds(failure)
      if (wait > 0) {
        setLock({ login: name, until: Date.now() + wait * 1000 })
        setNow(Date.now())
      }
      setBusy(false)
      passwordRef.current?.focus()
    }
  }

  return (
    <form className="gate__form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="gate-title">
      <header className="gate__header">
        <h1 id="gate-title" className="gate__title">
          {t('signIn.title')}
        </h1>
        {session.office && <p className="gate__office">{session.office}</p>}
      </header>
      <FormField
        label={t('field.login')}
        value={login}
        onChange={setLogin}
        autoComplete="username"
        autoFocus
        maxLength={64}
        disabled={busy}
        mono
      />
      <FormField label={t('field.password')} type="password" inputRef={passwordRef} autoComplete="current-password" maxLength={workflowLimits.password} disabled={busy} />
      {error && (
        <div className="form-error" role="alert">
          <p>{error}</p>
          {remaining > 0 && <p className="form-error__detail">{t('signIn.waiting', { seconds: remaining })}</p>}
        </div>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy || remaining > 0}>
        {busy && <span className="spinner" aria-hidden="true" />}
        {remaining > 0 ? t('signIn.retryIn', { seconds: remaining }) : t('signIn.submit')}
      </button>
      <p className="gate__hint">{t('signIn.forgot')}</p>
    </form>
  )
}
