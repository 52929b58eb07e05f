import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'

/** Someone else saved first: nothing of ours was written; let the officer choose which text survives. */
export function ConflictBanner({ onSaveAsNew, onReload, busy }: { onSaveAsNew: () => void; onReload: () => void; busy: boolean }) {
  const { t } = useI18n()
  return (
    <section className="banner banner--error editor__banner" role="alert" aria-labelledby="conflict-title">
      <Icon name="warning" size={20} />
      <div className="banner__content">
        <h2 id="conflict-title" className="banner__title">
          {t('conflict.title')}
        </h2>
        <p className="banner__text">{t('conflict.body')}</p>
        <div className="banner__actions">
          <button type="button" className="button button--primary button--small" onClick={onSaveAsNew} disabled={busy}>
            {t('conflict.saveAsNew')}
          </button>
          <button type="button" className="button button--small" onClick={onReload} disabled={busy}>
            {t('conflict.reload')}
          </button>
        </div>
      </div>
    </section>
  )
}
