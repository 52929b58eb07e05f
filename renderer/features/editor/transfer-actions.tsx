import { useState } from 'react'
import type { WorkflowView } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { pickFile, saveFile } from '../../lib/files'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { reviewFileAccept } from '../remote/review-files'

type Props = {
  view: WorkflowView
  /** A file was saved or imported: what the officer should do with it, shown in the bar's note. */
  onNote: (note: { tone: 'info' | 'success' | 'error'; text: string } | undefined) => void
  onChanged: (view: WorkflowView) => void
}

/**
 * Files that leave or enter this machine: 导出签名包 for an approved notice, and for a leader reviewing on
 * their own offline machine, 导出审核请求 (to carry there) and 导入审核结果 (carried back).
 */
export function TransferActions({ view, onNote, onChanged }: Props) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const [busy, setBusy] = useState(false)

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    onNote(undefined)
    try {
      await work()
    } catch (error) {
      onNote({ tone: 'error', text: serviceMessage(error, locale, t) })
    } finally {
      setBusy(false)
    }
  }

  const exportBundle = () =>
    run(async () => {
      const file = await call('notice.export', { id: view.id })
      saveFile(file)
      toast.show({ message: t('workflow.exported', { file: file.fileName }) })
      onNote({ tone: 'success', text: t('workflow.exportedNote', { file: file.fileName }) })
    })

  const exportRequest = () =>
    run(async () => {
      const file = await call('review.exportRequest', { id: view.id })
      saveFile(file)
      onNote({ tone: 'info', text: t('workflow.requestSaved', { file: file.fileName }) })
    })

  const importDecision = () =>
    run(async () => {
      const picked = await pickFile(reviewFileAccept)
      if (!picked) return
      const next = await call('review.importDecision', { data: picked.data })
      onChanged(next)
      const reviewer = next.submission?.reviewer?.name ?? ''
      onNote({ tone: 'success', text: t(next.state === 'rejected' ? 'workflow.decisionRejected' : 'workflow.decisionApproved', { name: reviewer }) })
    })

  if (view.state === 'approved' || view.state === 'exported') {
    return (
      <button type="button" className="button button--primary" disabled={busy || !view.can.export} onClick={() => void exportBundle()}>
        <Icon name="exported" />
        {t(view.state === 'exported' ? 'workflow.exportAgain' : 'workflow.export')}
      </button>
    )
  }
  if (view.state === 'submitted' && view.can.approve === false && view.can.reject === false) {
    return (
      <>
        <button type="button" className="button" disabled={busy} onClick={() => void exportRequest()}>
          <Icon name="exported" />
          {t('workflow.exportRequest')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void importDecision()}>
          <Icon name="folder" />
          {t('workflow.importDecision')}
        </button>
      </>
    )
  }
  return null
}
