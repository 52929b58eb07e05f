import { useCallback, useEffect, useRef, useState } from 'react'
import type { SweepStatus } from '../../../shared/api/contract-sweep'
import { call } from '../../lib/api'

/** How often a running sweep is asked how far it has got. */
const pollMs = 400

/**
 * The window's latest sweep, so leaving the page (to the editor after 生成更正稿) and coming back shows it again.
 * Only its id: the results stay with the services, which show a sweep to the login that started it only.
 */
let remembered: string | undefined

export type Sweep = {
  status: SweepStatus | undefined
  error: unknown
  starting: boolean
  start: (folder: string) => Promise<void>
  /** shows another sweep of this login whose results the services still hold */
  show: (id: string) => Promise<void>
}

/**
 * One sweep of this page: started on the services' side (sweep.start), then asked for its progress until it is
 * done; the files swept so far come with each answer, the riskiest first.
 */
export function useSweep(): Sweep {
  const [status, setStatus] = useState<SweepStatus | undefined>()
  const [error, setError] = useState<unknown>()
  const [starting, setStarting] = useState(false)
  const current = useRef<string | undefined>(undefined)

  const start = useCallback(async (folder: string) => {
    setStarting(true)
    setError(undefined)
    try {
      const started = await call('sweep.start', { folder })
      current.current = started.id
      remembered = started.id
      setStatus(started)
    } catch (failure) {
      current.current = undefined
      setStatus(undefined)
      setError(failure)
    } finally {
      setStarting(false)
    }
  }, [])

  const show = useCallback(async (id: string) => {
    setError(undefined)
    try {
      const answer = await call('sweep.status', { id })
      current.current = answer.id
      remembered = answer.id
      setStatus(answer)
    } catch (failure) {
      setError(failure)
    }
  }, [])

  // back on the page: the latest sweep again, if the services still have it for whoever is signed in
  useEffect(() => {
    const id = remembered
    if (!id || current.current) return
    call('sweep.status', { id })
      .then((answer) => {
        if (current.current) return
        current.current = answer.id
        setStatus(answer)
      })
      .catch(() => {
        if (remembered === id) remembered = undefined
      })
  }, [])

  const running = status?.state === 'running' ? status.id : undefined
  useEffect(() => {
    if (!running) return
    let stopped = false
    const timer = window.setInterval(() => {
      call('sweep.status', { id: running })
        .then((answer) => {
          if (!stopped && current.current === answer.id) setStatus(answer)
        })
        .catch((failure: unknown) => {
          if (!stopped) setError(failure)
        })
    }, pollMs)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [running])

  return { status, error, starting, start, show }
}
