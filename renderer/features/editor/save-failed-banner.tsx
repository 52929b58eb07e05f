import { isApiError } from '../../lib/api-error'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'

/** Why the last save failed, that nothing typed is lost, and a way to try again now. */
export function SaveFailedBanner({ error, willRetry, onRetry }: { error: unknown; willRetry: boolean; onRetry: () => void }) {
  const { t, locale } = useI18n()
  const reason = isApiError(error) && error.code === 'invalid_request' ? t('save.tooLong') : errorText(error, t, locale)
  return (
    <section className="banner banner--error editor__banner" role="alert" aria-labelledby="save-failed-title">
      <Icon name="warning" size={20} />
      <div className="banner__content">
        <h2 id="save-failed-title" className="banner__title">
          {t('save.failedTitle', { reason })}
        </h2>
        <p className="banner__text">{willRetry ? t('save.failedHint') : t('save.failedKept')}</p>
      </div>
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('save.retry')}
      </button>
    </section>
  )
}
