import { useCallback, useEffect, useRef, useState } from 'react'
import { hasElectronBridge } from '../../lib/api'
import { useNavigation } from '../shell/navigation'

export type LeaveQuestion = { open: boolean; stay: () => void; discard: () => void }

/**
 * Before the officer leaves the editor: save first, and if that fails ask whether to stay (and retry)
 * or leave without the unsaved changes. Closing or reloading the window while something is unsaved sends
 * the save at once (and, in a browser, gets its own “leave this page?” prompt).
 */
export function useLeaveGuard(flush: () => Promise<boolean>, unsaved: boolean): LeaveQuestion {
  const { setLeaveGuard } = useNavigation()
  const [open, setOpen] = useState(false)
  const answer = useRef<((leave: boolean) => void) | undefined>(undefined)

  useEffect(() => {
    setLeaveGuard(async () => {
      if (await flush()) return true
      setOpen(true)
      return new Promise<boolean>((resolve) => {
        answer.current = resolve
      })
    })
    return () => setLeaveGuard(undefined)
  }, [flush, setLeaveGuard])

  useEffect(() => {
    if (!unsaved) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void flush()
      // A browser asks “leave this page?” while the save goes out; Electron would instead refuse to close
      // without a word (unless main answers will-prevent-unload), so there the save is just sent.
      if (!hasElectronBridge()) event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [unsaved, flush])

  const reply = useCallback((leave: boolean) => {
    setOpen(false)
    answer.current?.(leave)
    answer.current = undefined
  }, [])

  return { open, stay: () => reply(false), discard: () => reply(true) }
}
