import { useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useAppInfo } from './app-info'

/** Start-up recovery must not go unnoticed: the officer should check the notices edited last. */
export function RecoveryBanner() {
  const { t } = useI18n()
  const { recovery } = useAppInfo()
  const [dismissed, setDismissed] = useState(false)
  if (recovery.length === 0 || dismissed) return null
  return (
    <section className="banner banner--warning" role="alert" aria-labelledby="recovery-title">
      <Icon name="warning" size={20} />
      <div className="banner__content">
        <h2 id="recovery-title" className="banner__title">
          {t('recovery.title')}
        </h2>
        <p className="banner__text">{t('recovery.body')}</p>
        <ul className="banner__list">
          {recovery.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--small" onClick={() => setDismissed(true)}>
        {t('recovery.dismiss')}
      </button>
    </section>
  )
}
