import type { ReviewView } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'

function size(bytes: number, locale: string): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB'] as const
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${units[unit] ?? 'GB'}`
}

/**
 * 签名文件 — the files the signatures cover, with their SHA-256, folded away by default: most reviewers
 * never open it, the web publisher or an auditor comparing digests does.
 */
export function SignedFiles({ view }: { view: ReviewView }) {
  const { t, locale } = useI18n()
  return (
    <details className="card review-files">
      <summary className="card__title review-files__summary">{t('review.filesTitle', { count: view.files.length })}</summary>
      <p className="card__hint">{t('review.filesHint')}</p>
      <table className="review-files__table">
        <thead>
          <tr>
            <th scope="col">{t('review.fileName')}</th>
            <th scope="col">{t('review.fileSize')}</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {view.files.map((file) => (
            <tr key={file.name}>
              <td>
                <code>{file.name}</code>
              </td>
              <td className="review-files__size">{size(file.size, locale)}</td>
              <td>
                <code className="review-files__hash">{file.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.contentSha256 && (
        <p className="review-files__content">
          {t('review.contentHash')} <code className="review-files__hash">{view.contentSha256}</code>
        </p>
      )}
    </details>
  )
}
