import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'

import { landingView, type ListView } from './landing'

export { listViews, type ListView } from './landing'

export type Route =
  | { page: 'list'; view: ListView }
  | { page: 'editor'; id: string }
  | { page: 'trash' }
  | { page: 'settings' }
  /** 审核 — the reviewer's screen of one notice */
  | { page: 'review'; id: string }
  /** 外来审核 — review requests imported from another machine */
  | { page: 'remote' }
  | { page: 'remoteReview'; id: string }
  | { page: 'verify' }
  | { page: 'accounts' }
  | { page: 'trust' }
  | { page: 'audit' }
  /** 到期撤稿 — exported notices whose 公示期 is over or nearly over */
  | { page: 'expiring' }
  /** 已发布信息排查 — sweeping a copy of what is already online */
  | { page: 'sweep' }
/** Asked before leaving a page; resolves false to stay (the editor uses it to save first). */
export type LeaveGuard = () => Promise<boolean>

type Navigation = {
  route: Route
  /** The list or page to go back to from the editor. */
  returnTo: Exclude<Route, { page: 'editor' } | { page: 'review' } | { page: 'remoteReview' }>
  navigate: (to: Route) => Promise<boolean>
  setLeaveGuard: (guard: LeaveGuard | undefined) => void
}

const NavigationContext = createContext<Navigation | undefined>(undefined)

/**
 * In-memory routing: a desktop window has no address bar worth keeping in sync, and a plain state
 * lets every navigation pass through the leave guard (the back button of a hash router would not).
 */
export function NavigationProvider({ children, roles = [] }: { children: ReactNode; roles?: readonly string[] }) {
  const [route, setRoute] = useState<Route>(() => ({ page: 'list', view: landingView(roles) }))
  const [returnTo, setReturnTo] = useState<Navigation['returnTo']>(() => ({ page: 'list', view: landingView(roles) }))
  const guard = useRef<LeaveGuard | undefined>(undefined)
  const pending = useRef(false)

  const navigate = useCallback(async (to: Route): Promise<boolean> => {
    if (pending.current) return false
    pending.current = true
    try {
      if (guard.current && !(await guard.current())) return false
      guard.current = undefined
      if (to.page !== 'editor' && to.page !== 'review' && to.page !== 'remoteReview') setReturnTo(to)
      setRoute(to)
      return true
    } finally {
      pending.current = false
    }
  }, [])

  const setLeaveGuard = useCallback((next: LeaveGuard | undefined) => {
    guard.current = next
  }, [])

  const value = useMemo(() => ({ route, returnTo, navigate, setLeaveGuard }), [route, returnTo, navigate, setLeaveGuard])
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext)
  if (!value) throw new Error('useNavigation outside NavigationProvider')
  return value
}
