import { useCallback, useEffect, useRef, useState } from 'react'
import type { WorkflowView } from '../../../shared/api/contract-workflow'
import { call, subscribe } from '../../lib/api'

export type WorkflowState = {
  view: WorkflowView | undefined
  error: unknown
  /** Loads again (after an action, or when the notice changed). */
  reload: () => void
  /** An action answered with the new view: show it without another round trip. */
  set: (view: WorkflowView) => void
}

/**
 * 审批状态 of one notice, kept fresh: reloaded whenever the notice changes (a save, a submission, an
 * approval). Answers that arrive out of order are dropped, so a slow old answer never replaces a newer one.
 */
export function useWorkflow(id: string): WorkflowState {
  const [view, setView] = useState<WorkflowView | undefined>()
  const [error, setError] = useState<unknown>()
  const latest = useRef(0)

  const reload = useCallback(() => {
    const request = ++latest.current
    call('notice.workflow', { id })
      .then((next) => {
        if (request !== latest.current) return
        setView(next)
        setError(undefined)
      })
      .catch((failure: unknown) => {
        if (request === latest.current) setError(failure)
      })
  }, [id])

  const set = useCallback((next: WorkflowView) => {
    latest.current += 1
    setView(next)
    setError(undefined)
  }, [])

  useEffect(() => {
    reload()
    return subscribe('notice.changed', (event) => {
      if (event.id === id) reload()
    })
  }, [id, reload])

  return { view, error, reload, set }
}
