import { useCallback, useEffect, useState } from 'react'
import type { Locale } from '../../../shared/api/contract'
import type { Session } from '../../../shared/api/contract-workflow'
import { call, recoverStore, startSession, storeRecovery, type PendingRecovery } from '../../lib/api'
import { isApiError } from '../../lib/api-error'
import { I18nProvider } from '../../i18n/i18n'
import { ToastProvider } from '../../ui/toast'
import { AppInfoProvider, type AppInfo } from './app-info'
import { BootScreen, StoreRecoveryScreen } from './boot-screen'
import { SessionProvider, useSession } from '../session/session-context'
import { SignInGate } from '../session/sign-in-gate'
import { NavigationProvider } from './navigation'
import { Shell } from './shell'

type Boot =
  | { status: 'loading' }
  | { status: 'failed'; reason: 'token' | 'service' }
  | { status: 'damaged'; recovery: PendingRecovery }
  | { status: 'ready'; info: AppInfo; locale: Locale; session: Session }

/** Loads what every screen needs (language, app info) before showing any of them, so nothing flashes. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' })

  const load = useCallback(async () => {
    setBoot({ status: 'loading' })
    await startSession()
    try {
      const [info, settings, session] = await Promise.all([call('app.info', {}), call('settings.get', {}), call('session.get', {})])
      setBoot({ status: 'ready', info, locale: settings.locale, session })
    } catch (error) {
      // the store refused to open: a damaged journal waits for a person's choice on the recovery screen
      const recovery = isApiError(error) && error.code === 'unavailable' ? await storeRecovery() : undefined
      if (recovery) {
        setBoot({ status: 'damaged', recovery })
        return
      }
      // A refused session (a reload after the host restarted, an address without its code) needs a new address, not a retry.
      setBoot({ status: 'failed', reason: isApiError(error) && error.code === 'forbidden' ? 'token' : 'service' })
    }
  }, [])

  const recover = useCallback(async () => {
    setBoot({ status: 'loading' })
    if (await recoverStore()) await load()
    else setBoot({ status: 'failed', reason: 'service' })
  }, [load])

  useEffect(() => {
    void load()
  }, [load])

  if (boot.status === 'damaged') return <StoreRecoveryScreen recovery={boot.recovery} onRecover={() => void recover()} />
  if (boot.status !== 'ready') return <BootScreen state={boot.status === 'loading' ? 'loading' : boot.reason} onRetry={() => void load()} />
  return (
    <I18nProvider initialLocale={boot.locale}>
      <AppInfoProvider info={boot.info}>
        <ToastProvider>
          <SessionProvider initial={boot.session}>
            <SignedIn />
          </SessionProvider>
        </ToastProvider>
      </AppInfoProvider>
    </I18nProvider>
  )
}

/** Nothing but the sign-in (or first-run setup) screen until someone is signed in. */
function SignedIn() {
  const { session } = useSession()
  if (!session.user) return <SignInGate />
  return (
    // Keyed by the account: signing in as someone else starts every screen afresh.
    <NavigationProvider key={session.user.id} roles={session.user.roles}>
      <Shell />
    </NavigationProvider>
  )
}
