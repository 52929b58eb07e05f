import { useCallback, useEffect, useRef, useState } from 'react'
import type { RemoteReview } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'

export type RemoteList = { items: RemoteReview[] | undefined; error: unknown; reload: () => void }

/** The review requests imported on this machine, newest first; stale answers are dropped. */
export function useRemoteList(): RemoteList {
  const [items, setItems] = useState<RemoteReview[] | undefined>()
  const [error, setError] = useState<unknown>()
  const latest = useRef(0)
  const reload = useCallback(() => {
    const request = ++latest.current
    call('review.remoteList', {})
      .then((list) => {
        if (request !== latest.current) return
        setItems([...list].sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0)))
        setError(undefined)
      })
      .catch((failure: unknown) => {
        if (request === latest.current) setError(failure)
      })
  }, [])
  useEffect(() => reload(), [reload])
  return { items, error, reload }
}
