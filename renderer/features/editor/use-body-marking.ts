import { useCallback, useRef, useState, type RefObject } from 'react'
import type { ManualAction, ManualKind } from '../../../shared/findings/manual'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { useToast } from '../../ui/toast'
import type { ManualFindings } from '../findings/use-manual-findings'

type Marking = { start: number; end: number; text: string }

export type BodyMarking = {
  /** The words being marked (the dialog is open while set). */
  marking: Marking | undefined
  /** Where the selection is in 正文 (body offsets), whichever block or grid cell holds it. */
  trackSelection: (start: number, end: number) => void
  /** 标记为个人信息: opens the dialog for the selected words, or says how to select them. */
  start: () => void
  mark: (kind: ManualKind, action: ManualAction) => Promise<void>
  unmark: (manualId: string) => void
  cancel: () => void
}

/**
 * 人工标记 of words selected in 正文: saved first (flush), so the service checks them against the stored text.
 */
export function useBodyMarking(
  body: string,
  textareaRef: RefObject<HTMLTextAreaElement | null>,
  flush: () => Promise<boolean>,
  manual: ManualFindings,
): BodyMarking {
  const { t, locale } = useI18n()
  const toast = useToast()
  const [marking, setMarking] = useState<Marking | undefined>()
  const bodySelection = useRef<{ start: number; end: number }>({ start: 0, end: 0 })
  const trackSelection = useCallback((start: number, end: number) => {
    bodySelection.current = { start, end }
  }, [])

  const start = () => {
    const area = textareaRef.current
    const from = area ? area.selectionStart : bodySelection.current.start
    const to = area ? area.selectionEnd : bodySelection.current.end
    const text = body.slice(from, to)
    if (to <= from || text.trim() === '') {
      toast.show({ message: t('manual.hint') })
      return
    }
    setMarking({ start: from, end: to, text })
  }
  const mark = async (kind: ManualKind, action: ManualAction) => {
    if (!marking) return
    if (!(await flush())) return
    await manual.mark({ field: 'body', start: marking.start, end: marking.end, text: marking.text, kind, action })
    setMarking(undefined)
    toast.show({ message: t('manual.saved') })
  }
  const { unmark: unmarkManual } = manual
  const unmark = useCallback(
    (manualId: string) => {
      unmarkManual(manualId).catch((error: unknown) => toast.show({ message: errorText(error, t, locale), tone: 'error' }))
    },
    [unmarkManual, toast, t],
  )
  return { marking, trackSelection, start, mark, unmark, cancel: () => setMarking(undefined) }
}
