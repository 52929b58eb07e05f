import { useEffect, useState } from 'react'
import type { ImportReport } from '../../../shared/api/contract-workflow'
import type { EventPayload } from '../../../shared/api/contract'
import { call, subscribe } from '../../lib/api'
import { pickFile } from '../../lib/files'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { useNavigation } from '../shell/navigation'
import { ImportProgress } from './import-progress'
import { ImportReportDialog } from './import-report-dialog'
import './import.css'

/** What the import accepts; anything else is refused by the service with a message naming the file. */
export const importAccept = '.docx,.xlsx,.csv,.html,.htm'

type Progress = EventPayload<'import.progress'>

/**
 * 导入文件: pick a file, send it to `notice.import`, show progress while the service works (the window
 * stays usable: nothing here blocks), then open the new draft with the import report over it.
 */
export function ImportButton({ onImported }: { onImported?: () => void }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const { navigate } = useNavigation()
  const [busy, setBusy] = useState<{ name: string; progress?: Progress } | undefined>()
  const [report, setReport] = useState<{ name: string; report: ImportReport } | undefined>()

  const importing = busy !== undefined
  // one subscription per import, not per progress event
  useEffect(() => {
    if (!importing) return
    return subscribe('import.progress', (progress) => setBusy((current) => (current ? { ...current, progress } : current)))
  }, [importing])

  const start = async () => {
    let file
    try {
      file = await pickFile(importAccept)
    } catch {
      toast.show({ message: t('import.readFailed'), tone: 'error' })
      return
    }
    if (!file) return
    setBusy({ name: file.name })
    try {
      const result = await call('notice.import', { fileName: file.name, data: file.data })
      onImported?.()
      await navigate({ page: 'editor', id: result.notice.id })
      setReport({ name: file.name, report: result.report })
    } catch (error) {
      // the service names the file and the problem (legacy .xls, a corrupt zip, a password…)
      toast.show({ message: t('import.failed', { message: serviceMessage(error, locale, t) }), tone: 'error' })
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void start()} disabled={importing}>
        <Icon name="upload" />
        {t('import.button')}
      </button>
      {busy && <ImportProgress name={busy.name} progress={busy.progress} />}
      <ImportReportDialog open={report !== undefined} name={report?.name ?? ''} report={report?.report} onClose={() => setReport(undefined)} />
    </>
  )
}
