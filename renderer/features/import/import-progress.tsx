import type { EventPayload } from '../../../shared/api/contract'
import { useI18n } from '../../i18n/i18n'

/** A non-modal status while the service imports: the officer can keep reading or working meanwhile. */
export function ImportProgress({ name, progress }: { name: string; progress?: EventPayload<'import.progress'> }) {
  const { t } = useI18n()
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p className="import-progress__title">{t('import.busy', { name })}</p>
      <progress
        className="import-progress__bar"
        aria-label={t('import.progressLabel')}
        max={1}
        // without a value the bar is indeterminate until the first event arrives
        value={progress?.fraction}
      />
      <p className="import-progress__stage">{progress ? t(`import.stage.${progress.stage}`) : t('import.stage.reading')}</p>
    </div>
  )
}
