import { createContext, useContext, type ReactNode } from 'react'
import type { Response } from '../../../shared/api/contract'

export type AppInfo = Response<'app.info'>

const AppInfoContext = createContext<AppInfo | undefined>(undefined)

export function AppInfoProvider({ info, children }: { info: AppInfo; children: ReactNode }) {
  return <AppInfoContext.Provider value={info}>{children}</AppInfoContext.Provider>
}

/** Version, data folder, shell and start-up recovery notes, read once at start. */
export function useAppInfo(): AppInfo {
  const value = useContext(AppInfoContext)
  if (!value) throw new Error('useAppInfo outside AppInfoProvider')
  return value
}
