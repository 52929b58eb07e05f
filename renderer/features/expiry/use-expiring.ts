import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExpiringList } from '../../../shared/api/contract-expiry'
import { call, subscribe } from '../../lib/api'

export type Expiring = { list: ExpiringList | undefined; error: unknown; reload: () => void; apply: (list: ExpiringList) => void }

/** How often an open window asks again, so a list that comes due overnight shows up without a reload. */
const refreshMs = 10 * 60_000

/**
 * 到期撤稿 — the exported bundles whose 公示期 has ended or ends within 3 days, kept fresh: asked again when a
 * notice changes (an export, a take-down), when someone signs in or out, and every ten minutes.
 */
export function useExpiring(): Expiring {
  const [list, setList] = useState<ExpiringList | undefined>()
  const [error, setError] = useState<unknown>()
  const latest = useRef(0)
  const reload = useCallback(() => {
    const request = ++latest.current
    call('notice.expiring', {})
      .then((answer) => {
        if (request !== latest.current) return
        setList(answer)
        setError(undefined)
      })
      .catch((failure: unknown) => {
        if (request === latest.current) setError(failure)
      })
  }, [])
  const apply = useCallback((answer: ExpiringList) => {
    latest.current++
    setList(answer)
    setError(undefined)
  }, [])
  useEffect(() => {
    reload()
    const stopNotice = subscribe('notice.changed', reload)
    const stopSession = subscribe('session.changed', reload)
    const timer = window.setInterval(reload, refreshMs)
    return () => {
      stopNotice()
      stopSession()
      window.clearInterval(timer)
    }
  }, [reload])
  return { list, error, reload, apply }
}
