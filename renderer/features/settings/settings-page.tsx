import { useState } from 'react'
import { localeSchema, type Locale } from '../../../shared/api/contract'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useAppInfo } from '../shell/app-info'
import { Sm2Setting } from './sm2-setting'
import './settings.css'

const locales = localeSchema.options

export function SettingsPage() {
  const { t, locale, setLocale } = useI18n()
  const info = useAppInfo()
  const [error, setError] = useState<unknown>()
  const [saving, setSaving] = useState(false)

  const chooseLocale = async (next: Locale) => {
    if (next === locale) return
    const previous = locale
    // Switch at once (the radio must not lag behind the click), and go back if the setting cannot be stored.
    setLocale(next)
    setSaving(true)
    try {
      const settings = await call('settings.update', { locale: next })
      setLocale(settings.locale)
      setError(undefined)
    } catch (failure) {
      setLocale(previous)
      setError(failure)
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="page settings" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {t('settings.title')}
        </h1>
      </div>

      {info.recovery.length > 0 && (
        <section className="card card--warning" aria-labelledby="recovery-notes">
          <h2 id="recovery-notes" className="card__title">
            <Icon name="warning" />
            {t('recovery.settingsTitle')}
          </h2>
          <p className="card__hint">{t('recovery.body')}</p>
          <ul className="settings__notes">
            {info.recovery.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="language-title">
        <fieldset className="settings__fieldset" disabled={saving}>
          <legend id="language-title" className="card__title">
            {t('settings.language')}
          </legend>
          <p className="card__hint">{t('settings.languageHint')}</p>
          <div className="segmented">
            {locales.map((option) => (
              <label key={option} className={option === locale ? 'segmented__option segmented__option--checked' : 'segmented__option'}>
                <input type="radio" name="locale" value={option} checked={option === locale} onChange={() => void chooseLocale(option)} lang={option} />
                <span lang={option}>{t(`locale.${option}`)}</span>
              </label>
            ))}
          </div>
          {error !== undefined && (
            <p className="settings__error" role="alert">
              {t('settings.saveFailed', { message: errorText(error, t, locale) })}
            </p>
          )}
        </fieldset>
      </section>

      <Sm2Setting />

      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title" className="card__title">
          {t('settings.data')}
        </h2>
        <dl className="settings__facts">
          <div className="settings__fact">
            <dt>{t('settings.dataDir')}</dt>
            <dd>
              <code className="settings__path">{info.dataDir}</code>
              <p className="card__hint">{t('settings.dataDirHint')}</p>
            </dd>
          </div>
          <div className="settings__fact">
            <dt>{t('settings.shell')}</dt>
            <dd>{t(`shell.${info.shell}`)}</dd>
          </div>
          <div className="settings__fact">
            <dt>{t('settings.version')}</dt>
            <dd>{info.version}</dd>
          </div>
        </dl>
      </section>
    </section>
  )
}
