import { useCallback, useEffect, useState } from 'react'
import type { AuditEntryView } from '../../../shared/api/contract-workflow'
import type { Response } from '../../../shared/api/contract'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { translateError } from '../../i18n/errors'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { AuditTable, type Names } from './audit-table'
import '../../ui/data-table.css'
import '../../ui/page-tools.css'
import './audit.css'

const pageSize = 50

type Verify = Response<'audit.verify'>
type State = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; entries: AuditEntryView[]; more: boolean }

/** Who and what the log names, in words: people by name, notices by title (both looked up once). */
async function loadNames(): Promise<Names> {
  const [accounts, active, trash] = await Promise.all([
    call('account.list', {}).catch(() => []),
    call('notice.list', {}).catch(() => []),
    call('notice.list', { view: 'trash' }).catch(() => []),
  ])
  return {
    people: new Map(accounts.map((account) => [account.login, account.name])),
    notices: new Map([...active, ...trash].map((notice) => [notice.id, notice.title])),
  }
}

/**
 * 审计日志 — every event, newest first, a page at a time, and 校验日志: the hash chain recomputed from
 * the first entry, which shows whether anything was changed or removed after it was written.
 */
export function AuditPage() {
  const { t, locale } = useI18n()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [names, setNames] = useState<Names>({ people: new Map(), notices: new Map() })
  const [loadingMore, setLoadingMore] = useState(false)
  const [verify, setVerify] = useState<{ status: 'idle' } | { status: 'running' } | { status: 'done'; result: Verify } | { status: 'failed'; error: unknown }>({
    status: 'idle',
  })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      const [page, found] = await Promise.all([call('audit.list', { limit: pageSize }), loadNames()])
      setNames(found)
      setState({ status: 'ready', entries: page.entries, more: hasMore(page.entries) })
    } catch (error) {
      setState({ status: 'failed', error })
    }
  }, [])
  useEffect(() => {
    void load()
  }, [load])

  const loadMore = async () => {
    if (state.status !== 'ready') return
    const last = state.entries.at(-1)
    if (!last) return
    setLoadingMore(true)
    try {
      const page = await call('audit.list', { before: last.seq, limit: pageSize })
      setState({ status: 'ready', entries: [...state.entries, ...page.entries], more: hasMore(page.entries) })
    } catch (error) {
      setState({ status: 'failed', error })
    } finally {
      setLoadingMore(false)
    }
  }

  const runVerify = async () => {
    setVerify({ status: 'running' })
    try {
      setVerify({ status: 'done', result: await call('audit.verify', {}) })
    } catch (error) {
      setVerify({ status: 'failed', error })
    }
  }

  const brokenAt = verify.status === 'done' && !verify.result.ok ? verify.result.brokenAt : null
  return (
    <section className="page audit" aria-labelledby="page-title">
      <div className="page__header page__header--actions">
        <h1 id="page-title" className="page__title">
          {t('audit.title')}
        </h1>
        <div className="page__actions">
          <button type="button" className="button button--ghost" onClick={() => void load()} disabled={state.status === 'loading'}>
            <Icon name="history" />
            {t('audit.refresh')}
          </button>
          <button type="button" className="button" onClick={() => void runVerify()} disabled={verify.status === 'running'}>
            {verify.status === 'running' ? <span className="spinner" aria-hidden="true" /> : <Icon name="shieldCheck" />}
            {t('audit.verify')}
          </button>
        </div>
      </div>
      <p className="page__intro">{t('audit.intro')}</p>

      {verify.status === 'done' && <VerifyResult result={verify.result} />}
      {verify.status === 'failed' && (
        <div className="banner banner--error" role="alert">
          <Icon name="warning" size={20} />
          <p className="banner__text">{t('audit.verifyFailed', { message: serviceMessage(verify.error, locale, t) })}</p>
        </div>
      )}

      {state.status === 'loading' && <p className="page__loading">{t('list.loading')}</p>}
      {state.status === 'failed' && (
        <div className="banner banner--error" role="alert">
          <Icon name="warning" size={20} />
          <p className="banner__text">{t('audit.loadFailed', { message: serviceMessage(state.error, locale, t) })}</p>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          {state.entries.length === 0 ? (
            <p className="audit__empty">{t('audit.empty')}</p>
          ) : (
            <AuditTable entries={state.entries} names={names} brokenAt={brokenAt} />
          )}
          <div className="audit__footer">
            <span className="page__count">{t('audit.shown', { count: state.entries.length })}</span>
            {state.more && (
              <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore && <span className="spinner" aria-hidden="true" />}
                {t('audit.more')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  )
}

/** Entries are numbered from 1, so a page whose last entry is above 1 has older ones behind it. */
function hasMore(entries: AuditEntryView[]): boolean {
  const last = entries.at(-1)
  return last !== undefined && last.seq > 1
}

function VerifyResult({ result }: { result: Verify }) {
  const { t, locale } = useI18n()
  const detail = result.detail ? translateError(locale, result.detail) : undefined
  if (result.ok) {
    return (
      <div className="banner banner--pass audit__verdict" role="status">
        <Icon name="checkCircle" size={20} />
        <div className="banner__content">
          <p className="banner__title">{t('audit.intact')}</p>
          <p className="banner__text">{t('audit.intactBody', { count: result.entries })}</p>
        </div>
      </div>
    )
  }
  return (
    <div className="banner banner--error audit__verdict" role="alert">
      <Icon name="xCircle" size={20} />
      <div className="banner__content">
        <p className="banner__title">{result.brokenAt !== null ? t('audit.brokenAt', { seq: result.brokenAt }) : t('audit.broken')}</p>
        <p className="banner__text">{t('audit.brokenBody')}</p>
        {detail && <p className="banner__text audit__detail">{detail}</p>}
      </div>
    </div>
  )
}
