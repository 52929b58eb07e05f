import { fieldsOf, type Notice, type NoticeFields } from '../../../shared/notice/notice'
import { isApiError } from '../../lib/api-error'

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown; willRetry: boolean }
  | { kind: 'conflict' }

export type SaveRequest = { id: string; baseRevision: number; fields: Partial<NoticeFields> }

export type AutosaverOptions = {
  notice: Notice
  /** `notice.update`; rejects with an ApiError. */
  save: (request: SaveRequest) => Promise<Notice>
  onStatus: (status: SaveStatus) => void
  onSaved?: (notice: Notice) => void
  delayMs?: number
  retryDelaysMs?: readonly number[]
}

export type Autosaver = {
  readonly fields: NoticeFields
  change: (patch: Partial<NoticeFields>) => NoticeFields
  /** Saves now; resolves true once everything typed so far is stored. */
  flush: () => Promise<boolean>
  retry: () => void
  /** Stops the timers and sends what is still unsaved (when the editor goes away without the leave guard). */
  dispose: () => void
}

/** Quiet time after the last keystroke before saving. */
export const autosaveDelayMs = 600
/** Back-off for automatic retries after a failed save; the text stays in the editor meanwhile. */
export const retryDelaysMs = [2_000, 5_000, 10_000, 30_000] as const

/** The fields the editor edits and saves. */
export const pickFields = fieldsOf

const fieldNames = ['title', 'docNumber', 'issuer', 'noticeType', 'body', 'signatureDate', 'publicityStart', 'publicityEnd'] as const satisfies readonly (keyof NoticeFields)[]

/** Only the fields that changed, so editing a title does not resend a long body; undefined when nothing did. */
export function changedFields(from: NoticeFields, to: NoticeFields): Partial<NoticeFields> | undefined {
  const changed = fieldNames.filter((name) => from[name] !== to[name])
  const patch: Partial<NoticeFields> = Object.fromEntries(changed.map((name) => [name, to[name]]))
  return Object.keys(patch).length > 0 ? patch : undefined
}

/** Errors a retry cannot fix (a refused token, a notice deleted for good, a value over the limit) wait for the officer. */
function isRetryable(error: unknown): boolean {
  return !isApiError(error) || error.code === 'unavailable' || error.code === 'internal'
}

/**
 * Autosave for one notice, free of React so it can be tested with fake timers. Saves run one at a time
 * (a promise chain); each sends what is in the editor at that moment with the revision the previous save
 * returned, so our saves never overwrite each other and someone else's save surfaces as a `conflict`
 * instead of being overwritten. The editor's text is never replaced by an answer: typing during a save
 * is simply saved next, and a failed save leaves the text where it is.
 */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const delayMs = options.delayMs ?? autosaveDelayMs
  const retryDelays = options.retryDelaysMs ?? retryDelaysMs
  const id = options.notice.id
  let local = pickFields(options.notice)
  let stored = local
  let baseRevision = options.notice.revision
  let savedAt = options.notice.updatedAt
  let chain: Promise<boolean> = Promise.resolve(true)
  let debounceTimer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let failures = 0
  let conflicted = false
  let disposed = false

  const clearTimers = () => {
    clearTimeout(debounceTimer)
    clearTimeout(retryTimer)
  }

  async function saveOnce(): Promise<boolean> {
    if (conflicted) return false
    const sending = local
    const patch = changedFields(stored, sending)
    if (!patch) {
      options.onStatus({ kind: 'saved', at: savedAt })
      return true
    }
    options.onStatus({ kind: 'saving' })
    try {
      const notice = await options.save({ id, baseRevision, fields: patch })
      stored = sending
      baseRevision = notice.revision
      savedAt = notice.updatedAt
      failures = 0
      clearTimeout(retryTimer)
      options.onSaved?.(notice)
      options.onStatus(changedFields(stored, local) ? { kind: 'pending' } : { kind: 'saved', at: savedAt })
      return true
    } catch (error) {
      if (isApiError(error) && error.code === 'conflict') {
        conflicted = true
        clearTimers()
        options.onStatus({ kind: 'conflict' })
        return false
      }
      const willRetry = isRetryable(error) && !disposed
      options.onStatus({ kind: 'failed', error, willRetry })
      if (willRetry) {
        const delay = retryDelays[Math.min(failures, retryDelays.length - 1)]
        failures += 1
        clearTimeout(retryTimer)
        retryTimer = setTimeout(() => void enqueue(), delay)
      }
      return false
    }
  }

  function enqueue(): Promise<boolean> {
    chain = chain.then(saveOnce, saveOnce)
    return chain
  }

  return {
    get fields() {
      return local
    },
    change(patch) {
      local = { ...local, ...patch }
      if (!conflicted && !disposed) {
        options.onStatus({ kind: 'pending' })
        clearTimeout(debounceTimer)
        debounceTimer = setTimeout(() => void enqueue(), delayMs)
      }
      return local
    },
    async flush() {
      clearTimeout(debounceTimer)
      // Typing while a save is under way leaves more to save: keep going until the editor matches the store.
      for (;;) {
        if (!(await enqueue())) return false
        if (!changedFields(stored, local)) return true
      }
    },
    retry() {
      clearTimeout(retryTimer)
      void enqueue()
    },
    dispose() {
      if (disposed) return
      disposed = true
      clearTimers()
      if (!conflicted && changedFields(stored, local)) void enqueue()
    },
  }
}
