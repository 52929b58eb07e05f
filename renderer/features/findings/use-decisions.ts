import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Request } from '../../../shared/api/contract'
import type { FindingDecision } from '../../../shared/findings/decision'
import { call } from '../../lib/api'

export type DecideRequest = Omit<Request<'notice.decide'>, 'id'>

export type Decisions = {
  byKey: ReadonlyMap<string, FindingDecision>
  loaded: boolean
  loadError: unknown
  /** Stores a decision; rejects with the service's refusal (the caller shows it). */
  decide: (request: DecideRequest) => Promise<void>
  undecide: (key: string) => Promise<void>
}

/** The stored decisions of one notice, kept in step with what the service accepted. */
export function useDecisions(noticeId: string): Decisions {
  const [list, setList] = useState<readonly FindingDecision[]>([])
  const [loaded, setLoaded] = useState(false)
  const [loadError, setLoadError] = useState<unknown>(undefined)

  useEffect(() => {
    let current = true
    call('notice.decisions', { id: noticeId })
      .then((decisions) => {
        if (!current) return
        setList(decisions)
        setLoaded(true)
      })
      .catch((error: unknown) => {
        if (current) setLoadError(error)
      })
    return () => {
      current = false
    }
  }, [noticeId])

  const decide = useCallback(
    async (request: DecideRequest) => {
      const stored = await call('notice.decide', { id: noticeId, ...request })
      setList((previous) => [...previous.filter((decision) => decision.key !== stored.key), stored])
    },
    [noticeId],
  )

  const undecide = useCallback(
    async (key: string) => {
      await call('notice.undecide', { id: noticeId, key })
      setList((previous) => previous.filter((decision) => decision.key !== key))
    },
    [noticeId],
  )

  const byKey = useMemo(() => new Map(list.map((decision) => [decision.key, decision])), [list])
  return { byKey, loaded, loadError, decide, undecide }
}
