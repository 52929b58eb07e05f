import { useCallback, useEffect, useState } from 'react'
import type { Notice } from '../../../shared/notice/notice'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useNavigation } from '../shell/navigation'
import { NoticeEditor } from './notice-editor'
import './editor.css'

type Load = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; notice: Notice; generation: number }

/** Loads a notice and hands it to the editor; `reload` starts a fresh editor (after a conflict). */
export function EditorPage({ id }: { id: string }) {
  const { t, locale } = useI18n()
  const { navigate, returnTo } = useNavigation()
  const [load, setLoad] = useState<Load>({ status: 'loading' })

  const fetchNotice = useCallback(async () => {
    try {
      const notice = await call('notice.get', { id })
      setLoad((previous) => ({ status: 'ready', notice, generation: previous.status === 'ready' ? previous.generation + 1 : 0 }))
    } catch (error) {
      setLoad({ status: 'failed', error })
    }
  }, [id])

  useEffect(() => {
    void fetchNotice()
  }, [fetchNotice])

  if (load.status === 'ready') return <NoticeEditor key={load.generation} notice={load.notice} onReload={() => void fetchNotice()} />
  return (
    <section className="page">
      <button type="button" className="button button--ghost" onClick={() => void navigate(returnTo)}>
        <Icon name="back" />
        {t('editor.back')}
      </button>
      {load.status === 'loading' ? (
        <p className="page__loading">{t('editor.loading')}</p>
      ) : (
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{t('editor.loadFailed', { message: errorText(load.error, t, locale) })}</p>
        </div>
      )}
    </section>
  )
}
