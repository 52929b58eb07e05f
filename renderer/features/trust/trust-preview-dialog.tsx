import { useState } from 'react'
import type { KeyView, TrustPreview, TrustView } from '../../../shared/api/contract-workflow'
import { fingerprintOf } from '../../../shared/accounts/fingerprint'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'
import { Fingerprint } from '../../ui/fingerprint'
import { Icon } from '../../ui/icon'
import { byState, KeyCard } from './key-card'

type Props = {
  json: string
  fileName: string
  preview: TrustPreview
  /** What is trusted now, to name the keys an import would remove. */
  current: TrustView | undefined
  onClose: () => void
  onImported: (view: TrustView) => void
}

/**
 * What importing a trust list would do, before anything changes: the office, every key with its
 * fingerprint large, what is added, removed or newly revoked, and the instruction to compare the
 * fingerprints with the other office in person. Importing sends the previewed SHA-256 back, so the
 * service refuses if the file changed in between.
 */
export function TrustPreviewDialog({ json, fileName, preview, current, onClose, onImported }: Props) {
  const { t, locale } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const known = new Map<string, KeyView>()
  for (const list of current?.imported ?? []) for (const key of list.keys) known.set(key.keyid, key)
  for (const key of current?.own ?? []) known.set(key.keyid, key)
  for (const key of preview.keys) known.set(key.keyid, key)
  const describe = (id: string) => {
    const key = known.get(id)
    if (key) return { name: key.name, fingerprint: key.fingerprint }
    return { name: '', fingerprint: /^[0-9a-f]{64}$/.test(id) ? fingerprintOf(id) : id }
  }
  const added = new Set(preview.added)
  const revoked = new Set(preview.newlyRevoked)
  const noteOf = (key: KeyView) => {
    if (revoked.has(key.keyid)) return { text: t('trustPreview.noteRevoked'), tone: 'revoked' as const }
    if (preview.replaces && added.has(key.keyid)) return { text: t('trustPreview.noteAdded'), tone: 'added' as const }
    return undefined
  }
  const unchanged = preview.replaces && preview.added.length === 0 && preview.removed.length === 0 && preview.newlyRevoked.length === 0

  const confirm = async () => {
    setBusy(true)
    setError(undefined)
    try {
      onImported(await call('trust.import', { json, sha256: preview.sha256 }))
    } catch (failure) {
      setError(serviceMessage(failure, locale, t))
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      size="large"
      title={t('trustPreview.title', { office: preview.office })}
      onClose={() => {
        if (!busy) onClose()
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy} autoFocus>
            {t('action.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {t('trustPreview.confirm')}
          </button>
        </>
      }
    >
      <div className="trust-preview">
        <div className="banner banner--info trust-preview__instruction">
          <Icon name="users" size={20} />
          <div className="banner__content">
            <p className="banner__title">{t('trustPreview.instructionTitle')}</p>
            <p className="banner__text">{t('trustPreview.instruction', { office: preview.office })}</p>
          </div>
        </div>

        <dl className="trust-preview__facts">
          <div>
            <dt>{t('trustPreview.office')}</dt>
            <dd className="trust-preview__office">{preview.office}</dd>
          </div>
          <div>
            <dt>{t('trustPreview.file')}</dt>
            <dd>
              {fileName}
              <code className="trust-preview__hash">SHA-256 {preview.sha256}</code>
            </dd>
          </div>
          <div>
            <dt>{t('trustPreview.effect')}</dt>
            <dd>
              {preview.replaces ? (unchanged ? t('trustPreview.replacesSame') : t('trustPreview.replaces', { office: preview.office })) : t('trustPreview.new', { count: preview.keys.length })}
            </dd>
          </div>
        </dl>

        {preview.replaces && !unchanged && (
          <section className="trust-preview__changes" aria-label={t('trustPreview.changes')}>
            <ChangeList title={t('trustPreview.added', { count: preview.added.length })} ids={preview.added} describe={describe} tone="added" />
            <ChangeList title={t('trustPreview.removed', { count: preview.removed.length })} ids={preview.removed} describe={describe} tone="removed" />
            <ChangeList title={t('trustPreview.newlyRevoked', { count: preview.newlyRevoked.length })} ids={preview.newlyRevoked} describe={describe} tone="revoked" />
          </section>
        )}

        <h3 className="trust-preview__keys-title">{t('trustPreview.keys', { count: preview.keys.length })}</h3>
        <ul className="key-grid" aria-label={t('trustPreview.keys', { count: preview.keys.length })}>
          {[...preview.keys].sort(byState).map((key) => (
            <KeyCard key={key.keyid} view={key} note={noteOf(key)} />
          ))}
        </ul>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  )
}

function ChangeList({
  title,
  ids,
  describe,
  tone,
}: {
  title: string
  ids: string[]
  describe: (id: string) => { name: string; fingerprint: string }
  tone: 'added' | 'removed' | 'revoked'
}) {
  if (ids.length === 0) return null
  return (
    <div className={`change-list change-list--${tone}`}>
      <h4 className="change-list__title">{title}</h4>
      <ul>
        {ids.map((id) => {
          const key = describe(id)
          return (
            <li key={id}>
              {key.name && <span className="change-list__name">{key.name}</span>}
              <Fingerprint value={key.fingerprint} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
