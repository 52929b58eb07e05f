import type { Account } from '../../shared/accounts/index'
import type { RequestChannel } from '../../shared/api/channels'
import type { Request, Response } from '../../shared/api/contract'
import { dispatch } from '../../shared/api/dispatch'
import { ServiceError, serviceError } from '../../shared/api/result'
import type { Credentials } from '../services/accounts/index'
import type { Core } from '../services/core'

/** One command's way into the services: the same handler maps, request checks and service checks as a window's. */
export type CliFrontDoor = {
  /** the account whose password this command was given (checked by the AccountService), or null without --as */
  readonly acting: Account | null
  /** the API call `channel`, dispatched as IPC and the browser host dispatch it; a refusal is thrown as a ServiceError */
  call<C extends RequestChannel>(channel: C, request: Request<C>): Promise<Response<C>>
}

/**
 * The CLI has no window session: the password given with --as signs in for this one command (the
 * AccountService checks it, refusing an unknown or deactivated login or a wrong password, with its back-off),
 * and that account acts on every call. Without --as nobody is signed in; the services decide what that
 * allows (before the office has accounts, anything a first run needs; afterwards, nothing that acts).
 */
export async function cliFrontDoor(core: Core, credentials: Credentials | undefined): Promise<CliFrontDoor> {
  // before the office has an account there is nobody to sign in as (contracts §1: the first admin is made without --as)
  if (credentials && !core.accounts.hasAccounts()) throw serviceError('invalid_request', 'account.firstWithoutAs')
  const acting = credentials ? await core.accounts.authenticate(credentials.login, credentials.password) : null
  const handlers = core.handlersFor(acting)
  return {
    acting,
    async call(channel, request) {
      // the CLI prints a service's own message for an unexpected error, as it always has (one line, no stack)
      let internal: Error | undefined
      const result = await dispatch(handlers, channel, request, (_channel, error) => {
        internal = error instanceof Error ? error : new Error(String(error))
      })
      if (result.ok) return result.value as Response<typeof channel>
      if (result.code === 'internal' && internal) throw internal
      throw new ServiceError(result.code, result.detail ?? { code: 'request.invalid', params: {} }, result.message)
    },
  }
}
