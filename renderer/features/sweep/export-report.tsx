import { useEffect, useState, type FormEvent } from 'react'
import type { SweepStatus } from '../../../shared/api/contract-sweep'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'

/** How often an export under way is asked how far it has got. */
const pollMs = 400

/**
 * 导出报告 of a finished sweep: report.html and findings.csv written into a folder by the services (on a worker
 * thread), the files written so far shown meanwhile, and 取消导出 to stop it (no half-written report is left).
 */
export function ExportReport({ sweep, onExported }: { sweep: string; onExported: (folder: string) => void }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const [outDir, setOutDir] = useState('')
  const [exporting, setExporting] = useState(false)
  const [progress, setProgress] = useState<SweepStatus['exporting']>()
  const [exportError, setExportError] = useState<string | undefined>()

  useEffect(() => {
    if (!exporting) return
    const timer = setInterval(() => {
      call('sweep.status', { id: sweep }).then(
        (status) => setProgress(status.exporting),
        () => undefined,
      )
    }, pollMs)
    return () => clearInterval(timer)
  }, [exporting, sweep])

  const exportReport = async (event: FormEvent) => {
    event.preventDefault()
    if (!outDir.trim()) return
    setExporting(true)
    setProgress(undefined)
    setExportError(undefined)
    try {
      const done = await call('sweep.export', { id: sweep, outDir: outDir.trim() })
      toast.show({ message: t('sweep.exported', { folder: done.outDir }) })
      onExported(done.outDir)
    } catch (error) {
      setExportError(serviceMessage(error, locale, t))
    } finally {
      setExporting(false)
    }
  }

  return (
    <>
      <div className="sweep__export">
        <form className="sweep__form" onSubmit={(e) => void exportReport(e)}>
          <div className="field">
            <label className="field__label" htmlFor="sweep-out">
              {t('sweep.outDir')}
            </label>
            <input id="sweep-out" className="input" value={outDir} onChange={(e) => setOutDir(e.target.value)} spellCheck={false} aria-describedby="sweep-out-hint" />
          </div>
          <button type="submit" className="button" disabled={exporting || !outDir.trim()}>
            <Icon name="download" />
            {t('sweep.export')}
          </button>
          {exporting && (
            <button type="button" className="button" onClick={() => void call('sweep.cancelExport', { id: sweep }).catch(() => undefined)}>
              {t('sweep.cancelExport')}
            </button>
          )}
        </form>
        {exporting && (
          <p className="sweep__note" role="status">
            {progress ? t('sweep.exportProgress', { done: progress.done, total: progress.total }) : t('sweep.exporting')}
          </p>
        )}
        <p id="sweep-out-hint" className="sweep__note">
          {t('sweep.outDirHint')}
        </p>
      </div>
      {exportError && (
        <div className="banner banner--error" role="alert">
          <p className="banner__text">{t('sweep.exportFailed', { message: exportError })}</p>
        </div>
      )}
    </>
  )
}
