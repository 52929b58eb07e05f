import { useCallback, useEffect, useState } from 'react'
import type { Notice, NoticeFields } from '../../../shared/notice/notice'
import { call } from '../../lib/api'
import { createAutosaver, pickFields, type SaveStatus } from './autosaver'

export type Autosave = {
  fields: NoticeFields
  status: SaveStatus
  /** The revision of the last successful save: the version history refreshes when it moves. */
  revision: number
  change: (patch: Partial<NoticeFields>) => void
  flush: () => Promise<boolean>
  retry: () => void
}

/** React glue for `createAutosaver`: one saver per mounted editor (the editor is keyed by notice id). */
export function useAutosave(initial: Notice, editable: boolean): Autosave {
  const [fields, setFields] = useState<NoticeFields>(() => pickFields(initial))
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: initial.updatedAt })
  const [revision, setRevision] = useState(initial.revision)
  const [saver] = useState(() =>
    createAutosaver({
      notice: initial,
      save: (request) => call('notice.update', request),
      onStatus: setStatus,
      onSaved: (notice) => setRevision(notice.revision),
    }),
  )

  useEffect(() => () => saver.dispose(), [saver])

  const change = useCallback(
    (patch: Partial<NoticeFields>) => {
      if (editable) setFields(saver.change(patch))
    },
    [saver, editable],
  )
  const flush = useCallback(() => (editable ? saver.flush() : Promise.resolve(true)), [saver, editable])
  const retry = useCallback(() => saver.retry(), [saver])

  return { fields, status, revision, change, flush, retry }
}
