import type { ReviewView } from '../../../shared/api/contract-workflow'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { ReviewBody } from './review-view'

/** Where loading a review view stands; the remote review carries its request along. */
export type ReviewLoad<Extra = object> = { status: 'loading' } | { status: 'failed'; error: unknown } | ({ status: 'ready'; view: ReviewView } & Extra)

/** The review text once loaded, or the loading line, or the failure with a retry — for both review screens. */
export function ReviewLoaded({ load, onRetry }: { load: ReviewLoad; onRetry: () => void }) {
  const { t, locale } = useI18n()
  if (load.status === 'loading') return <p className="page__loading review__loading">{t('review.loading')}</p>
  if (load.status === 'failed') {
    return (
      <div className="review__banners">
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{t('review.loadFailed', { message: serviceMessage(load.error, locale, t) })}</p>
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('action.retry')}
          </button>
        </div>
      </div>
    )
  }
  return <ReviewBody view={load.view} />
}
