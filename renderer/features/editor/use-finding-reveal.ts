import { useCallback, useEffect, useRef, useState } from 'react'

export type FindingReveal = {
  /** 定位 in a body with tables: the finding to scroll to and select, once per request (its nonce). */
  reveal: { key: string; nonce: number } | undefined
  /** A finding clicked in the panel: selected, and shown in the body (once the body is back if previewing). */
  selectFinding: (key: string) => void
}

/**
 * The editor's 定位: selecting a finding also asks the grid or text block that holds it to scroll to it and
 * select it. A finding clicked while previewing is selected once the body is back on screen.
 */
export function useFindingReveal(selectKey: (key: string) => void, previewing: boolean, setPreviewing: (on: boolean) => void): FindingReveal {
  const pendingSelect = useRef<string | undefined>(undefined)
  const [reveal, setReveal] = useState<{ key: string; nonce: number } | undefined>()
  const select = useCallback(
    (key: string) => {
      selectKey(key)
      setReveal((last) => ({ key, nonce: (last?.nonce ?? 0) + 1 }))
    },
    [selectKey],
  )
  const selectFinding = useCallback(
    (key: string) => {
      if (previewing) {
        pendingSelect.current = key
        setPreviewing(false)
      } else select(key)
    },
    [previewing, select, setPreviewing],
  )
  useEffect(() => {
    if (previewing || pendingSelect.current === undefined) return
    select(pendingSelect.current)
    pendingSelect.current = undefined
  }, [previewing, select])
  return { reveal, selectFinding }
}
