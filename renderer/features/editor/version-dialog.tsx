import { useEffect, useState } from 'react'
import type { NoticeVersion } from '../../../shared/notice/notice'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { formatAbsolute } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'

export type VersionDialogProps = { noticeId: string; revision: number | undefined; onClose: () => void }

/** One saved version in full, read-only: plain text, nothing to type into. */
export function VersionDialog({ noticeId, revision, onClose }: VersionDialogProps) {
  const { t, locale } = useI18n()
  const [version, setVersion] = useState<NoticeVersion | undefined>()
  const [error, setError] = useState<unknown>()

  useEffect(() => {
    setVersion(undefined)
    setError(undefined)
    if (revision === undefined) return
    let current = true
    call('notice.version', { id: noticeId, revision })
      .then((loaded) => {
        if (current) setVersion(loaded)
      })
      .catch((failure: unknown) => {
        if (current) setError(failure)
      })
    return () => {
      current = false
    }
  }, [noticeId, revision])

  return (
    <Dialog
      open={revision !== undefined}
      size="large"
      title={t('version.title', { revision: revision ?? 0 })}
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('action.close')}
        </button>
      }
    >
      {error !== undefined && <p role="alert">{errorText(error, t, locale)}</p>}
      {!version && error === undefined && <p>{t('version.loading')}</p>}
      {version && (
        <div className="version">
          <p className="version__note">
            {t('version.savedAt', { time: formatAbsolute(version.savedAt, locale) })} · {t('version.readOnly')}
          </p>
          <h3 className="version__title">{version.title || t('notice.untitled')}</h3>
          <dl className="version__meta">
            <div>
              <dt>{t('editor.docNumber')}</dt>
              <dd>{version.docNumber || '—'}</dd>
            </div>
            <div>
              <dt>{t('editor.issuer')}</dt>
              <dd>{version.issuer || '—'}</dd>
            </div>
            <div>
              <dt>{t('editor.noticeType')}</dt>
              <dd>{t(`type.${version.noticeType}`)}</dd>
            </div>
          </dl>
          <div className="version__body" aria-label={t('editor.body')} role="document" tabIndex={0}>
            {version.body || t('notice.emptyBody')}
          </div>
        </div>
      )}
    </Dialog>
  )
}
