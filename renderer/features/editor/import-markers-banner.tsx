import { useI18n } from '../../i18n/i18n'

/** How many import markers are left, and what to do about them. */
export function ImportMarkersBanner({ count }: { count: number }) {
  const { t } = useI18n()
  if (count === 0) return null
  return (
    <div className="banner banner--warning editor__banner import-markers-banner" role="note">
      <p className="banner__text">{t('markers.banner', { count })}</p>
    </div>
  )
}
