import type { RequestChannel } from '../../../shared/api/channels'
import type { Request, Response } from '../../../shared/api/contract'
import { dispatch } from '../../../shared/api/dispatch'
import type { Core } from '../../../electron/services/core'

/**
 * Calls through the app's front door as Electron IPC and the browser host do: every request goes through
 * dispatch (schema-checked) and the core's session.
 */
export function handlerCalls(core: () => Core) {
  async function call<C extends RequestChannel>(channel: C, request: Request<C>): Promise<Response<C>> {
    const result = await dispatch(core().handlers, channel, request)
    if (!result.ok) throw Object.assign(new Error(result.message), { code: result.code })
    return result.value as Response<C>
  }
  async function refusal<C extends RequestChannel>(channel: C, request: Request<C>): Promise<{ code: string; message: string }> {
    const result = await dispatch(core().handlers, channel, request)
    if (result.ok) throw new Error(`${channel} was expected to be refused`)
    return { code: result.code, message: result.message }
  }
  async function signIn(who: { login: string; password: string }): Promise<void> {
    const session = await call('session.signIn', who)
    if (session.user?.login !== who.login) throw new Error(`signed in as ${session.user?.login ?? 'nobody'}, not ${who.login}`)
  }
  return { call, refusal, signIn }
}
