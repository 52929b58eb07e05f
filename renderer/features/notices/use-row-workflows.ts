import { useEffect, useRef, useState } from 'react'
import type { WorkflowView } from '../../../shared/api/contract-workflow'
import type { NoticeSummary } from '../../../shared/notice/notice'
import { call } from '../../lib/api'

/** Parallel requests while filling a list: enough to be quick, few enough not to crowd out the editor's saves. */
const parallel = 4

/**
 * Who drafted, submitted and reviewed each listed notice (`notice.workflow` per row; the list rows do not
 * carry names). Answers are kept per notice and state, so a list refresh only asks again about notices
 * whose state or text changed. A row whose answer failed simply shows no names.
 */
export function useRowWorkflows(items: readonly NoticeSummary[] | undefined): ReadonlyMap<string, WorkflowView> {
  const cache = useRef(new Map<string, { key: string; view: WorkflowView }>())
  const [views, setViews] = useState<ReadonlyMap<string, WorkflowView>>(new Map())

  useEffect(() => {
    if (!items) return
    let current = true
    const keyOf = (notice: NoticeSummary) => `${notice.state}:${notice.revision}:${notice.updatedAt}`
    const wanted = items.filter((notice) => cache.current.get(notice.id)?.key !== keyOf(notice))
    const publish = () => {
      if (!current) return
      const known = items.flatMap((notice) => {
        const cached = cache.current.get(notice.id)
        return cached ? [[notice.id, cached.view] as const] : []
      })
      setViews(new Map(known))
    }
    publish()
    let next = 0
    const worker = async () => {
      while (current && next < wanted.length) {
        const notice = wanted[next++]
        if (!notice) break
        try {
          const view = await call('notice.workflow', { id: notice.id })
          cache.current.set(notice.id, { key: keyOf(notice), view })
          publish()
        } catch {
          // names are a convenience; the row still opens
        }
      }
    }
    void Promise.all(Array.from({ length: Math.min(parallel, wanted.length) }, worker))
    return () => {
      current = false
    }
  }, [items])

  return views
}
