import { useCallback, useEffect, useState } from 'react'
import type { TrustPreview, TrustView } from '../../../shared/api/contract-workflow'
import { call, subscribe } from '../../lib/api'
import { base64ToText, pickFile, saveFile } from '../../lib/files'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { useSession } from '../session/session-context'
import { ImportedList } from './imported-list'
import { byState, KeyCard } from './key-card'
import { TrustPreviewDialog } from './trust-preview-dialog'
import '../../ui/page-tools.css'
import './trust.css'

type State = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; view: TrustView }

/**
 * 信任列表 — this office's public keys (to export for the web publisher and other offices) and the
 * lists imported from other offices, with fingerprints large enough to compare aloud in person.
 */
export function TrustPage() {
  const { t, locale } = useI18n()
  const { hasRole } = useSession()
  const toast = useToast()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [busy, setBusy] = useState<'export' | 'pick' | undefined>()
  const [preview, setPreview] = useState<{ json: string; fileName: string; preview: TrustPreview }>()
  const [removing, setRemoving] = useState<string>()
  const [removeBusy, setRemoveBusy] = useState(false)
  const isAdmin = hasRole('admin')

  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', view: await call('trust.get', {}) })
    } catch (error) {
      setState({ status: 'failed', error })
    }
  }, [])
  useEffect(() => {
    void load()
    return subscribe('session.changed', () => void load())
  }, [load])

  const fail = (error: unknown) => toast.show({ message: serviceMessage(error, locale, t), tone: 'error' })

  const exportList = async () => {
    setBusy('export')
    try {
      const file = await call('trust.export', {})
      saveFile(file)
      toast.show({ message: t('trust.exported', { file: file.fileName }) })
    } catch (error) {
      fail(error)
    } finally {
      setBusy(undefined)
    }
  }

  const importList = async () => {
    setBusy('pick')
    try {
      const picked = await pickFile('.json,application/json')
      if (!picked) return
      let json: string
      try {
        json = base64ToText(picked.data)
      } catch {
        toast.show({ message: t('trust.unreadable', { file: picked.name }), tone: 'error' })
        return
      }
      setPreview({ json, fileName: picked.name, preview: await call('trust.preview', { json }) })
    } catch (error) {
      fail(error)
    } finally {
      setBusy(undefined)
    }
  }

  const remove = async (office: string) => {
    setRemoveBusy(true)
    try {
      setState({ status: 'ready', view: await call('trust.remove', { office }) })
      toast.show({ message: t('trust.removed', { office }) })
      setRemoving(undefined)
    } catch (error) {
      fail(error)
    } finally {
      setRemoveBusy(false)
    }
  }

  const view = state.status === 'ready' ? state.view : undefined
  return (
    <section className="page trust" aria-labelledby="page-title">
      <div className="page__header page__header--actions">
        <h1 id="page-title" className="page__title">
          {t('trust.title')}
        </h1>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => void exportList()} disabled={busy !== undefined}>
            <Icon name="download" />
            {t('trust.export')}
          </button>
          {isAdmin && (
            <button type="button" className="button" onClick={() => void importList()} disabled={busy !== undefined}>
              <Icon name="upload" />
              {t('trust.import')}
            </button>
          )}
        </div>
      </div>
      <p className="page__intro">{t('trust.intro')}</p>

      {state.status === 'loading' && <p className="page__loading">{t('list.loading')}</p>}
      {state.status === 'failed' && (
        <div className="banner banner--error" role="alert">
          <Icon name="warning" size={20} />
          <p className="banner__text">{t('trust.loadFailed', { message: serviceMessage(state.error, locale, t) })}</p>
        </div>
      )}

      {view && (
        <>
          <section className="trust__section" aria-labelledby="own-keys-title">
            <div className="trust__section-header">
              <h2 id="own-keys-title" className="trust__section-title">
                {t('trust.own')}
              </h2>
              <span className="trust__office">{view.office || t('trust.noOffice')}</span>
              <span className="page__count">{t('trust.keyCount', { count: view.own.length })}</span>
            </div>
            <p className="card__hint">{t('trust.ownHint')}</p>
            {view.own.length > 0 ? (
              <ul className="key-grid" aria-labelledby="own-keys-title">
                {[...view.own].sort(byState).map((key) => (
                  <KeyCard key={key.keyid} view={key} />
                ))}
              </ul>
            ) : (
              <p className="trust__empty">{t('trust.ownEmpty')}</p>
            )}
          </section>

          <section className="trust__section" aria-labelledby="imported-title">
            <div className="trust__section-header">
              <h2 id="imported-title" className="trust__section-title">
                {t('trust.imported')}
              </h2>
              <span className="page__count">{t('trust.importedCount', { count: view.imported.length })}</span>
            </div>
            {view.imported.length === 0 ? (
              <p className="trust__empty">{t(isAdmin ? 'trust.importedEmptyAdmin' : 'trust.importedEmpty')}</p>
            ) : (
              view.imported.map((list) => <ImportedList key={list.office} list={list} onRemove={isAdmin ? setRemoving : undefined} />)
            )}
          </section>
        </>
      )}

      {preview && (
        <TrustPreviewDialog
          json={preview.json}
          fileName={preview.fileName}
          preview={preview.preview}
          current={view}
          onClose={() => setPreview(undefined)}
          onImported={(next) => {
            setState({ status: 'ready', view: next })
            toast.show({ message: t('trust.importedDone', { office: preview.preview.office }) })
            setPreview(undefined)
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== undefined}
        title={t('trust.removeTitle', { office: removing ?? '' })}
        body={t('trust.removeBody')}
        confirmLabel={t('trust.remove')}
        cancelLabel={t('action.cancel')}
        danger
        busy={removeBusy}
        onConfirm={() => {
          if (removing !== undefined) void remove(removing)
        }}
        onCancel={() => setRemoving(undefined)}
      />
    </section>
  )
}
