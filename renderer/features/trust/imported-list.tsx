import type { TrustView } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { formatAbsolute } from '../../lib/format-time'
import { byState, KeyCard } from './key-card'

type Imported = TrustView['imported'][number]

/** A trust list imported from another office: who, when, which file (its SHA-256), and its keys. */
export function ImportedList({ list, onRemove }: { list: Imported; onRemove?: (office: string) => void }) {
  const { t, locale } = useI18n()
  const titleId = `imported-${list.sha256.slice(0, 12)}`
  return (
    <article className="imported-list" aria-labelledby={titleId}>
      <header className="imported-list__header">
        <div className="imported-list__title-block">
          <h3 id={titleId} className="imported-list__office">
            {list.office}
          </h3>
          <p className="imported-list__meta">
            {t('trust.importedAt', { time: formatAbsolute(list.importedAt, locale) })} · {t('trust.keyCount', { count: list.keys.length })} · SHA-256{' '}
            <code className="imported-list__hash">{list.sha256.slice(0, 16)}…</code>
          </p>
        </div>
        {onRemove && (
          <button type="button" className="button button--small button--danger-ghost" onClick={() => onRemove(list.office)}>
            {t('trust.remove')}
          </button>
        )}
      </header>
      <ul className="key-grid">
        {[...list.keys].sort(byState).map((key) => (
          <KeyCard key={key.keyid} view={key} />
        ))}
      </ul>
    </article>
  )
}
