import type { z } from 'zod'
import { isRequestChannel, type RequestChannel } from './channels'
import { contract, type Handlers } from './contract'
import { bilingualError, type ErrorDetail } from './error-text'
import { ServiceError, type Result } from './result'

/** What a front door learns about a failure it did not expect: never the error text, which could hold document content. */
const internalDetail: ErrorDetail = { code: 'internal.seeLog', params: {} }
const requestInvalid: ErrorDetail = { code: 'request.invalid', params: {} }
const internal = { ok: false, code: 'internal', message: bilingualError(internalDetail), detail: internalDetail } as const

/**
 * Runs one API call arriving from an untrusted front door: checks the channel, parses the request
 * (it is `unknown` until the schema says otherwise), calls the service, and checks the response too.
 * `onInternalError` receives unexpected errors so the caller can log them its own way.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  request: unknown,
  onInternalError: (channel: RequestChannel, error: unknown) => void = () => undefined,
): Promise<Result<unknown>> {
  // the message names the channel and the fields for a developer; a person reads only that the request was not valid
  if (!isRequestChannel(channel)) return { ok: false, code: 'invalid_request', message: `unknown channel: ${String(channel).slice(0, 40)}`, detail: requestInvalid }
  const spec = contract[channel]
  const parsed = spec.request.safeParse(request ?? {})
  if (!parsed.success) return { ok: false, code: 'invalid_request', message: `${channel}: ${describeIssues(parsed.error)}`, detail: requestInvalid }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    const value = await handler(parsed.data)
    const checked = spec.response.safeParse(value)
    if (!checked.success) {
      onInternalError(channel, new Error(`response failed validation: ${describeIssues(checked.error)}`))
      return internal
    }
    return { ok: true, value: checked.data }
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, code: error.code, message: error.message, detail: error.detail }
    onInternalError(channel, error)
    return internal
  }
}

/** Names the fields that failed, never their values. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`)
    .join('; ')
}
