import { translate } from '../../i18n/translate'

/**
 * Before settings load we do not know the language, so this screen speaks the default (zh-CN) with
 * the English beside it; it is the only place outside the catalogue's normal flow.
 */
export function BootScreen({ state, onRetry }: { state: 'loading' | 'token' | 'service'; onRetry: () => void }) {
  if (state === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <div className="brand-mark brand-mark--large" aria-hidden="true">
          签
        </div>
        <p className="boot__text">{translate('zh-CN', 'boot.loading')}</p>
      </main>
    )
  }
  const titleKey = state === 'token' ? 'boot.noTokenTitle' : 'boot.failedTitle'
  const bodyKey = state === 'token' ? 'boot.noTokenBody' : 'boot.failedBody'
  return (
    <main className="boot">
      <div className="boot__card" role="alert">
        <h1 className="boot__title">{translate('zh-CN', titleKey)}</h1>
        <p className="boot__text">{translate('zh-CN', bodyKey)}</p>
        <p className="boot__text boot__text--secondary" lang="en">
          {translate('en', titleKey)}. {translate('en', bodyKey)}
        </p>
        {state === 'service' && (
          <button type="button" className="button button--primary" onClick={onRetry}>
            {translate('zh-CN', 'action.retry')} Retry
          </button>
        )}
      </div>
    </main>
  )
}
