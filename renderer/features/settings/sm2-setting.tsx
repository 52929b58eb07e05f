import { useEffect, useState } from 'react'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { useSession } from '../session/session-context'

/**
 * 国密 SM2 联合签名 — an SM2/SM3 signature beside the Ed25519 one in every envelope signed here. Only an administrator
 * changes it (settings.update refuses anyone else once accounts exist); others see it switched off, with why.
 */
export function Sm2Setting() {
  const { t, locale } = useI18n()
  const { session, hasRole } = useSession()
  const mayChange = !session.hasAccounts || hasRole('admin')
  const [value, setValue] = useState<boolean>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string>()

  useEffect(() => {
    let live = true
    call('settings.get', {}).then(
      (settings) => {
        if (live) setValue(settings.sm2CoSign)
      },
      (failure: unknown) => {
        if (live) setError(serviceMessage(failure, locale, t))
      },
    )
    return () => {
      live = false
    }
  }, [locale, t])

  const change = async (next: boolean) => {
    setValue(next)
    setSaving(true)
    try {
      setValue((await call('settings.update', { sm2CoSign: next })).sm2CoSign)
      setError(undefined)
    } catch (failure) {
      setValue(!next)
      setError(t('settings.saveFailed', { message: serviceMessage(failure, locale, t) }))
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="card" aria-labelledby="sm2-title">
      <h2 id="sm2-title" className="card__title">
        {t('sm2.title')}
      </h2>
      <label className="switch-row">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          checked={value ?? false}
          disabled={value === undefined || saving || !mayChange}
          onChange={(event) => void change(event.target.checked)}
          aria-describedby={mayChange ? 'sm2-hint' : 'sm2-hint sm2-admin-only'}
        />
        <span className="switch-row__label">{t('sm2.label')}</span>
      </label>
      <p id="sm2-hint" className="card__hint">
        {t('sm2.hint')}
      </p>
      {!mayChange && (
        <p id="sm2-admin-only" className="card__hint">
          {t('sm2.adminOnly')}
        </p>
      )}
      {error && (
        <p className="settings__error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
