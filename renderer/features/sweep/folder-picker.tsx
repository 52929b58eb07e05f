import { useCallback, useEffect, useState } from 'react'
import type { FolderListing } from '../../../shared/api/contract-sweep'
import { call, hasElectronBridge } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'
import { Icon } from '../../ui/icon'

/**
 * 选择文件夹 in the browser shell: the services list one folder's subfolders (names only) and the page walks the
 * tree — into a folder, 上一级, a breadcrumb, the home folder or the root/drives — until 选择此文件夹.
 */
function FolderBrowser({ open, start, onChoose, onClose }: { open: boolean; start: string | undefined; onChoose: (folder: string) => void; onClose: () => void }) {
  const { t, locale } = useI18n()
  const [listing, setListing] = useState<FolderListing | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [loading, setLoading] = useState(false)

  const go = useCallback(
    async (folder: string | undefined) => {
      setLoading(true)
      setError(undefined)
      try {
        setListing(await call('sweep.folders', folder === undefined ? {} : { path: folder }))
      } catch (failure) {
        setError(serviceMessage(failure, locale, t))
      } finally {
        setLoading(false)
      }
    },
    [locale, t],
  )

  useEffect(() => {
    if (!open) return
    // the folder already typed, if it can be listed; else the home folder
    void (async () => {
      setListing(undefined)
      if (start) {
        try {
          setError(undefined)
          setListing(await call('sweep.folders', { path: start }))
          return
        } catch {
          // not a folder (yet): start at home
        }
      }
      await go(undefined)
    })()
  }, [open, start, go])

  return (
    <Dialog
      open={open}
      title={t('sweep.browse.title')}
      onClose={onClose}
      size="large"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('sweep.browse.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={!listing || loading} onClick={() => listing && onChoose(listing.path)}>
            {t('sweep.browse.choose')}
          </button>
        </>
      }
    >
      <div className="folder-browser">
        <div className="folder-browser__tools">
          <button type="button" className="button button--small" disabled={!listing?.parent || loading} onClick={() => listing?.parent && void go(listing.parent)}>
            <Icon name="back" />
            {t('sweep.browse.up')}
          </button>
          {listing?.roots.map((root) => (
            <button key={root.path} type="button" className="button button--small" disabled={loading} onClick={() => void go(root.path)}>
              {root.name}
            </button>
          ))}
        </div>
        {listing && (
          <nav aria-label={t('sweep.browse.where')}>
            <ol className="folder-browser__crumbs">
              {listing.crumbs.map((crumb, i) => (
                <li key={crumb.path}>
                  {i === listing.crumbs.length - 1 ? (
                    <span aria-current="location">{crumb.name}</span>
                  ) : (
                    <button type="button" className="folder-browser__crumb" disabled={loading} onClick={() => void go(crumb.path)}>
                      {crumb.name}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        {listing && (
          <>
            {listing.folders.length === 0 ? (
              <p className="sweep__note">{t('sweep.browse.empty')}</p>
            ) : (
              <ul className="folder-browser__list" aria-label={t('sweep.browse.list')}>
                {listing.folders.map((folder) => (
                  <li key={folder.path}>
                    <button type="button" className="folder-browser__item" disabled={loading} onClick={() => void go(folder.path)}>
                      <Icon name="folder" size={16} />
                      {folder.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {listing.more > 0 && <p className="sweep__note">{t('sweep.browse.more', { count: listing.more })}</p>}
            <p className="sweep__note">{t('sweep.browse.current', { folder: listing.path })}</p>
          </>
        )}
      </div>
    </Dialog>
  )
}

/**
 * 选择文件夹…: the system's folder dialog in the desktop app (opened by the main process), the in-app folder
 * browser in the browser shell. `onChoose` gets the folder chosen; nothing happens when it is cancelled.
 */
export function FolderPicker({ current, onChoose, disabled }: { current: string; onChoose: (folder: string) => void; disabled?: boolean }) {
  const { t, locale } = useI18n()
  const [browsing, setBrowsing] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const native = hasElectronBridge()
  const choose = async () => {
    setError(undefined)
    if (!native) return setBrowsing(true)
    try {
      const { folder } = await call('sweep.chooseFolder', {})
      if (folder) onChoose(folder)
    } catch (failure) {
      setError(serviceMessage(failure, locale, t))
    }
  }
  return (
    <>
      <button type="button" className="button" disabled={disabled} onClick={() => void choose()}>
        <Icon name="folder" />
        {t('sweep.browse.open')}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {!native && (
        <FolderBrowser
          open={browsing}
          start={current.trim() || undefined}
          onClose={() => setBrowsing(false)}
          onChoose={(folder) => {
            setBrowsing(false)
            onChoose(folder)
          }}
        />
      )}
    </>
  )
}
