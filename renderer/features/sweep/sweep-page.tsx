import { useEffect, useState, type FormEvent } from 'react'
import type { SweepFileDetail, SweepFileSummary, SweepRecord, SweepStatus } from '../../../shared/api/contract-sweep'
import { call } from '../../lib/api'
import { formatAbsolute } from '../../lib/format-time'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { usePeopleNames } from '../accounts/use-people-names'
import { useSession } from '../session/session-context'
import { useNavigation } from '../shell/navigation'
import { ExportReport } from './export-report'
import { FolderPicker } from './folder-picker'
import { useSweep } from './use-sweep'
import '../notices/notices.css'
import './sweep.css'

/** What the import reads, so 生成更正稿 is offered: web pages and office files. */
const draftable = /\.(html?|shtml|docx|xlsx|csv)$/i

/** One swept file: its path, the types found with their counts, and (opened) every masked value with its place. */
function FileRow({ sweep, file }: { sweep: SweepStatus; file: SweepFileSummary }) {
  const { t, locale } = useI18n()
  const [detail, setDetail] = useState<SweepFileDetail | undefined>()
  const [failed, setFailed] = useState<string | undefined>()
  const [drafting, setDrafting] = useState(false)
  const toast = useToast()
  const { hasRole } = useSession()
  const { navigate } = useNavigation()
  const draft = async () => {
    setDrafting(true)
    setFailed(undefined)
    try {
      const made = await call('sweep.draft', { id: sweep.id, path: file.path })
      toast.show({ message: t('sweep.drafted') })
      await navigate({ page: 'editor', id: made.id })
    } catch (error) {
      setFailed(t('sweep.draftFailed', { message: serviceMessage(error, locale, t) }))
    } finally {
      setDrafting(false)
    }
  }
  const toggle = async () => {
    if (detail) return setDetail(undefined)
    setFailed(undefined)
    try {
      setDetail(await call('sweep.file', { id: sweep.id, path: file.path }))
    } catch (error) {
      setFailed(serviceMessage(error, locale, t))
    }
  }
  const counts = file.counts.map((c) => t('sweep.typeCount', { type: t(`entity.${c.type}`), count: c.count })).join('，')
  return (
    <li className="notice-row sweep__row">
      <div className="sweep__head">
        <div className="notice-row__body">
          <span className="notice-row__top">
            <span className="notice-row__title sweep__path">{file.path}</span>
            {file.findingCount > 0 && <span className="sweep__count">{t('sweep.findingCount', { count: file.findingCount })}</span>}
          </span>
          <span className="notice-row__meta">
            {file.status !== 'scanned' && (
              <span className="sweep__status">
                {t(`sweep.status.${file.status}`)}
                {file.reason ? `：${file.reason}` : ''}
              </span>
            )}
            <span>{counts || (file.status === 'scanned' ? t('sweep.nothing') : '')}</span>
            {file.publicity && <span>{t('sweep.publicity', { date: file.publicity.end })}</span>}
            {file.publicity?.overdue && <span className="sweep__overdue">{t('sweep.overdue')}</span>}
          </span>
        </div>
        {file.findingCount > 0 && (
          <div className="notice-row__actions">
            <button type="button" className="button button--small" aria-expanded={detail !== undefined} onClick={() => void toggle()}>
              <Icon name="eye" />
              {detail ? t('sweep.close') : t('sweep.open')}
            </button>
            {hasRole('drafter') && file.status === 'scanned' && draftable.test(file.path) && (
              <button type="button" className="button button--small" disabled={drafting} onClick={() => void draft()}>
                <Icon name="draft" />
                {drafting ? t('sweep.drafting') : t('sweep.draft')}
              </button>
            )}
          </div>
        )}
      </div>
      {failed && (
        <p className="field__error" role="alert">
          {failed}
        </p>
      )}
      {detail && (
        <ul className="sweep__findings" aria-label={t('sweep.findings', { file: file.path })}>
          {detail.findings.map((f, i) => (
            <li key={i}>{t('sweep.finding', { type: t(`entity.${f.type}`), value: f.masked, place: f.place })}</li>
          ))}
        </ul>
      )}
    </li>
  )
}

/**
 * 以往的排查 — this login's past sweeps, kept by the services across restarts: folder, when, by whom, the counts,
 * and where the report was exported (the files stay there). 查看结果 while the services still hold the results.
 */
function SweepHistory({ refresh, current, onShow }: { refresh: string; current: string | undefined; onShow: (id: string) => void }) {
  const { t, locale } = useI18n()
  const [items, setItems] = useState<SweepRecord[] | undefined>()
  const nameOf = usePeopleNames()
  useEffect(() => {
    let stale = false
    call('sweep.history', {})
      .then((answer) => !stale && setItems(answer.items))
      .catch(() => !stale && setItems(undefined))
    return () => {
      stale = true
    }
  }, [refresh])
  if (!items?.length) return null
  return (
    <>
      <h2 id="sweep-history" className="sweep__heading">
        {t('sweep.history')}
      </h2>
      <ul className="notice-list" aria-labelledby="sweep-history">
        {items.map((item) => (
          <li key={item.id} className="notice-row sweep__row">
            <div className="sweep__head">
              <div className="notice-row__body">
                <span className="notice-row__top">
                  <span className="notice-row__title sweep__path">{item.folder}</span>
                  <span className="sweep__count">{t(`sweep.history.state.${item.state}`)}</span>
                </span>
                <span className="notice-row__meta">
                  <span>{t('sweep.history.when', { time: formatAbsolute(item.startedAt, locale), who: item.startedBy ? nameOf(item.startedBy) : '—' })}</span>
                  <span>{t('sweep.history.counts', { total: item.total, swept: item.swept, count: item.needsAction, findings: item.findings })}</span>
                  {item.overdue > 0 && <span className="sweep__overdue">{t('sweep.history.overdue', { count: item.overdue })}</span>}
                  <span>{item.reportDir ? t('sweep.history.report', { folder: item.reportDir }) : t('sweep.history.noReport')}</span>
                </span>
              </div>
              {item.open && item.id !== current && (
                <div className="notice-row__actions">
                  <button type="button" className="button button--small" onClick={() => onShow(item.id)}>
                    <Icon name="eye" />
                    {t('sweep.history.show')}
                  </button>
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}

/**
 * 已发布信息排查 — a folder holding an offline copy of the website is swept file by file on the services' side;
 * the page shows the progress, then the files by risk (masked values only), one file's findings, and exports
 * the report (report.html, findings.csv) into a folder.
 */
export function SweepPage() {
  const { t, locale } = useI18n()
  const sweep = useSweep()
  const [folder, setFolder] = useState('')
  const [exportedTo, setExportedTo] = useState('')
  const status = sweep.status
  const running = status?.state === 'running'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (folder.trim()) void sweep.start(folder.trim())
  }
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {t('sweep.title')}
        </h1>
      </div>
      <p className="sweep__intro">{t('sweep.intro')}</p>
      <form className="sweep__form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor="sweep-folder">
            {t('sweep.folder')}
          </label>
          <input id="sweep-folder" className="input" value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={t('sweep.folderHint')} spellCheck={false} />
        </div>
        <FolderPicker current={folder} onChoose={setFolder} disabled={sweep.starting || running} />
        <button type="submit" className="button button--primary" disabled={sweep.starting || running || !folder.trim()}>
          <Icon name="search" />
          {sweep.starting ? t('sweep.starting') : t('sweep.start')}
        </button>
      </form>
      {sweep.error !== undefined && (
        <div className="banner banner--error" role="alert">
          <Icon name="warning" size={20} />
          <p className="banner__text">{t('sweep.failed', { message: serviceMessage(sweep.error, locale, t) })}</p>
        </div>
      )}
      {status?.state === 'failed' && status.error && (
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{status.error}</p>
        </div>
      )}
      {status && (
        <div className="sweep__progress" role="status">
          {running && <p>{t('sweep.running', { folder: status.folder })}</p>}
          {status.listing && <p>{t('sweep.listing', { count: status.listed })}</p>}
          <progress max={Math.max(status.total, 1)} value={status.total ? status.done : 1} aria-label={t('sweep.progress', { done: status.done, total: status.total })} />
          <p>
            {status.state === 'done'
              ? t('sweep.doneSummary', { total: status.total, count: status.needsAction })
              : t('sweep.progress', { done: status.done, total: status.total })}
          </p>
        </div>
      )}
      {status?.state === 'done' && status.total === 0 && <p className="sweep__note">{t('sweep.noFiles')}</p>}
      {status && status.files.length > 0 && (
        <>
          <h2 id="sweep-results" className="sweep__heading">
            {t('sweep.results')}
          </h2>
          {status.swept > status.files.length && <p className="sweep__note">{t('sweep.limited', { shown: status.files.length, total: status.swept })}</p>}
          <ul className="notice-list" aria-labelledby="sweep-results">
            {status.files.map((file) => (
              <FileRow key={`${status.id}:${file.path}`} sweep={status} file={file} />
            ))}
          </ul>
        </>
      )}
      {status && status.state !== 'running' && status.total > 0 && <ExportReport key={status.id} sweep={status.id} onExported={(folder) => setExportedTo(`${status.id}:${folder}`)} />}
      <SweepHistory refresh={`${status?.id ?? ''}:${status?.state ?? ''}:${exportedTo}`} current={status?.id} onShow={(id) => void sweep.show(id)} />
    </section>
  )
}
