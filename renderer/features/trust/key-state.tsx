import type { KeyView } from '../../../shared/api/contract-workflow'
import { assertNever } from '../../../shared/util/assert-never'
import { useI18n } from '../../i18n/i18n'
import { formatAbsolute } from '../../lib/format-time'
import './trust.css'

/** 有效 / 已吊销 / 已过期, coloured so a revoked or expired key cannot be mistaken for a usable one. */
export function KeyStateBadge({ state }: { state: KeyView['state'] }) {
  const { t } = useI18n()
  switch (state) {
    case 'active':
      return <span className="badge key-state key-state--active">{t('key.state.active')}</span>
    case 'revoked':
      return <span className="badge key-state key-state--revoked">{t('key.state.revoked')}</span>
    case 'expired':
      return <span className="badge key-state key-state--expired">{t('key.state.expired')}</span>
    default:
      return assertNever(state)
  }
}

/** 启用于 … · 吊销于 … — when a key was (and stopped being) valid. */
export function KeyDates({ view }: { view: Pick<KeyView, 'validFrom' | 'validUntil' | 'revokedAt' | 'revocationReason'> }) {
  const { t, locale } = useI18n()
  const parts = [t('key.validFrom', { time: formatAbsolute(view.validFrom, locale) })]
  if (view.revokedAt) {
    const time = formatAbsolute(view.revokedAt, locale)
    // no reason stated counts as compromised, as the verifier treats it
    parts.push(view.revocationReason === 'superseded' ? t('key.revokedSuperseded', { time }) : t('key.revokedCompromised', { time }))
  }
  else if (view.validUntil) parts.push(t('key.validUntil', { time: formatAbsolute(view.validUntil, locale) }))
  return <span className="key-dates">{parts.join(' · ')}</span>
}
