import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Session } from '../../../shared/api/contract-workflow'
import type { Role } from '../../../shared/accounts/roles'
import { call, subscribe } from '../../lib/api'

type SessionValue = {
  session: Session
  /** Loads the session again (after signing in or out, or when the accounts changed). */
  refresh: () => Promise<void>
  /** Takes a session a call already returned (session.signIn, setup, signOut), saving a round trip. */
  apply: (session: Session) => void
  /** Whether the signed-in user holds a role (a hint for what to show: the services decide). */
  hasRole: (role: Role) => boolean
}

const SessionContext = createContext<SessionValue | undefined>(undefined)

/** Who is signed in, kept in step with the services through the `session.changed` event. */
export function SessionProvider({ initial, children }: { initial: Session; children: ReactNode }) {
  const [session, setSession] = useState<Session>(initial)
  const refresh = useCallback(async () => {
    setSession(await call('session.get', {}))
  }, [])
  useEffect(() => subscribe('session.changed', () => void refresh().catch(() => undefined)), [refresh])
  const value = useMemo<SessionValue>(
    () => ({ session, refresh, apply: setSession, hasRole: (role) => session.user?.roles.includes(role) ?? false }),
    [session, refresh],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession outside SessionProvider')
  return value
}
