import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { withoutSpan } from '../../../shared/findings/marker-removal'
import type { NoticeFields } from '../../../shared/notice/notice'
import { useI18n } from '../../i18n/i18n'
import { useToast } from '../../ui/toast'
import type { Reviewed } from '../findings/review-types'
import type { Autosave } from './use-autosave'
import { BodyHistory } from './body-history'

export type BodyEdits = {
  /** The fields form's changes: a body change is a step in the undo history. */
  change: (patch: Partial<NoticeFields>) => void
  /** A whole-body rewrite (整列遮盖), saved at once: one step. */
  replaceBody: (body: string) => void
  /** 删除标记: deletes a marker's words from the field it is in. */
  removeMarker: (item: Reviewed) => void
  /** A grid row or column went: a step of its own, said in a toast with 撤销. */
  structure: (message: string, before: string, after: string) => void
  /** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) inside 正文, for text blocks and grid cells alike. */
  onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => void
}

/**
 * Every change to 正文 goes through here, so there is one undo history for the text and the grids, as in WPS and
 * Word (body-history.ts). The browser's own per-field undo is not used inside 正文: it knows nothing of a deleted
 * row, and a cell's input is a new element once its row scrolls away. Decisions on findings (遮盖, 删除, 保留) are
 * not text edits: they are stored with the notice, and each card undoes its own.
 */
export function useBodyEdits(autosave: Autosave): BodyEdits {
  const { t } = useI18n()
  const toast = useToast()
  const { change: save, flush } = autosave
  const [history] = useState(() => new BodyHistory())
  // the body as this editor last set it: anything else (a reload) starts the history again
  const known = useRef(autosave.fields.body)
  const fields = useRef(autosave.fields)
  fields.current = autosave.fields
  const structural = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (autosave.fields.body !== known.current) {
      history.clear()
      known.current = autosave.fields.body
    }
  }, [autosave.fields.body, history])

  const setBody = useCallback(
    (body: string) => {
      known.current = body
      save({ body })
    },
    [save],
  )

  const change = useCallback(
    (patch: Partial<NoticeFields>) => {
      if (patch.body !== undefined && patch.body !== known.current) {
        const kind = structural.current === patch.body ? 'structure' : 'typing'
        structural.current = undefined
        history.record(known.current, patch.body, kind)
        known.current = patch.body
      }
      save(patch)
    },
    [save, history],
  )

  const replaceBody = useCallback(
    (body: string) => {
      history.record(known.current, body, 'structure')
      setBody(body)
      void flush()
    },
    [history, setBody, flush],
  )

  const step = useCallback(
    (direction: 'undo' | 'redo'): boolean => {
      const body = direction === 'undo' ? history.undo(known.current) : history.redo(known.current)
      if (body === undefined) return false
      history.seal()
      setBody(body)
      return true
    },
    [history, setBody],
  )

  const removeMarker = useCallback(
    (item: Reviewed) => {
      const field = item.field ?? 'body'
      const text = fields.current[field]
      const { start, end } = item.finding
      // typed on since the scan: the next scan shows the marker where it now is
      if (text.slice(start, end) !== item.finding.text) return
      const next = withoutSpan(text, start, end)
      if (field === 'body') replaceBody(next)
      else {
        save({ [field]: next })
        void flush()
      }
      toast.show({ message: t('marker.removed', { value: item.finding.text }) })
    },
    [replaceBody, save, flush, toast, t],
  )

  const structure = useCallback(
    (message: string, before: string, after: string) => {
      // the grid says so before it changes the body: that change is then recorded as a step of its own
      if (known.current === before) structural.current = after
      else history.seal()
      toast.show({
        message,
        action: {
          label: t('action.undo'),
          run: () => {
            // only while nothing else changed: typing since must not be thrown away
            if (known.current !== after || !step('undo')) toast.show({ message: t('grid.undoStale') })
            else void flush()
          },
        },
      })
      // saved once the grid's change is in
      window.setTimeout(() => void flush(), 0)
    },
    [history, toast, t, step, flush],
  )

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.nativeEvent.isComposing) return
      const key = event.key.toLowerCase()
      const undo = key === 'z' && !event.shiftKey
      const redo = key === 'y' || (key === 'z' && event.shiftKey)
      if (!undo && !redo) return
      const target = event.target as HTMLElement
      if (!target.closest('.field--body') || (target as HTMLInputElement).readOnly) return
      event.preventDefault()
      step(undo ? 'undo' : 'redo')
    },
    [step],
  )

  return { change, replaceBody, removeMarker, structure, onKeyDownCapture }
}
