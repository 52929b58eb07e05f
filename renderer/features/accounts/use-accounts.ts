import { useCallback, useEffect, useState } from 'react'
import type { AccountView } from '../../../shared/api/contract-workflow'
import { call, subscribe } from '../../lib/api'

export type AccountsState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; accounts: AccountView[] }

/** The office's accounts, reloaded after a change here or elsewhere (`session.changed`). */
export function useAccounts(): { state: AccountsState; reload: () => Promise<void> } {
  const [state, setState] = useState<AccountsState>({ status: 'loading' })
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', accounts: await call('account.list', {}) })
    } catch (error) {
      setState({ status: 'failed', error })
    }
  }, [])
  useEffect(() => {
    void reload()
    return subscribe('session.changed', () => void reload())
  }, [reload])
  return { state, reload }
}
