import type { PendingRecovery } from '../../lib/api'
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

/**
 * The browser shell's recovery screen: the store refused to start because a journal is damaged in the
 * middle. It shows the refusal and one button that says exactly what choosing it drops; not choosing
 * changes nothing (the same screen comes back at every start).
 */
export function StoreRecoveryScreen({ recovery, onRecover }: { recovery: PendingRecovery; onRecover: () => void }) {
  const params = { after: recovery.afterRecord, lost: recovery.lost }
  return (
    <main className="boot">
      <div className="boot__card" role="alert" aria-labelledby="store-recovery-title">
        <h1 id="store-recovery-title" className="boot__title">
          {translate('zh-CN', 'storeRecovery.title')}
        </h1>
        <p className="boot__text">{translate('zh-CN', 'storeRecovery.body', params)}</p>
        <p className="boot__text boot__text--secondary" lang="en">
          {translate('en', 'storeRecovery.title')}. {translate('en', 'storeRecovery.body', params)}
        </p>
        <pre className="boot__text boot__text--secondary">{recovery.message}</pre>
        <button type="button" className="button button--danger" onClick={onRecover}>
          {translate('zh-CN', 'storeRecovery.drop', params)} / {translate('en', 'storeRecovery.drop', params)}
        </button>
      </div>
    </main>
  )
}
