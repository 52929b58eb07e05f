import { useEffect, useState } from 'react'
import { call } from '../../lib/api'

/**
 * Who a login is, by name (王小明 rather than drafter), for pages that name who did something: the accounts
 * are asked for once. Until they answer, or for a login no longer listed, the login itself is shown.
 */
export function usePeopleNames(): (login: string) => string {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    let stale = false
    call('account.list', {})
      .then((accounts) => !stale && setNames(new Map(accounts.map((account) => [account.login, account.name]))))
      .catch(() => undefined)
    return () => {
      stale = true
    }
  }, [])
  return (login) => names.get(login) ?? login
}
