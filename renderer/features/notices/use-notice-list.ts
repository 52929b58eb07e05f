import { useEffect, useRef, useState } from 'react'
import type { NoticeState, NoticeSummary } from '../../../shared/notice/notice'
import { call, subscribe } from '../../lib/api'
import { useDebouncedValue } from '../../lib/use-debounced-value'

export type NoticeListQuery = { view: 'active' | 'trash'; states?: readonly NoticeState[]; query: string }
export type NoticeList = {
  items: NoticeSummary[] | undefined
  /** The query the shown items answer (the typed one settles after a pause). */
  query: string
  error: unknown
  reload: () => void
}

const searchDelayMs = 250

/**
 * One list of notices, kept fresh: refetched when the search settles and whenever a notice changes.
 * Answers that arrive out of order are dropped so a slow old search never replaces a newer one.
 */
export function useNoticeList({ view, states, query }: NoticeListQuery): NoticeList {
  const settled = useDebouncedValue(query.trim(), searchDelayMs)
  const [items, setItems] = useState<NoticeSummary[] | undefined>()
  const [error, setError] = useState<unknown>()
  const [shownQuery, setShownQuery] = useState(settled)
  const [generation, setGeneration] = useState(0)
  const latest = useRef(0)
  const statesKey = states?.join(',') ?? ''

  useEffect(() => {
    const request = ++latest.current
    const wanted = statesKey ? (statesKey.split(',') as NoticeState[]) : [undefined]
    const search = settled || undefined
    Promise.all(wanted.map((state) => call('notice.list', { view, query: search, state })))
      .then((lists) => {
        if (request !== latest.current) return
        const merged = lists.flat().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
        setItems(merged)
        setShownQuery(settled)
        setError(undefined)
      })
      .catch((failure: unknown) => {
        if (request === latest.current) setError(failure)
      })
  }, [view, statesKey, settled, generation])

  useEffect(() => subscribe('notice.changed', () => setGeneration((n) => n + 1)), [])

  return { items, query: shownQuery, error, reload: () => setGeneration((n) => n + 1) }
}
