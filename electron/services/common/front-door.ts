import type { Acting } from './access'

/**
 * What every feature's handler map gets from the core: who acts in this window (the session's account, or
 * null), and how to tell the windows that something changed. A handler establishes who acts and passes it
 * on; whether that account may do it is the service's decision.
 */
export type FrontDoor = {
  /** the account signed in to this window, re-read (a deactivated account's session ends with it), or null */
  acting(): Acting
  /** tells every window that a notice changed */
  noticeChanged(id: string): void
  /** tells every window that who is signed in (or who exists) changed */
  sessionChanged(): void
  /**
   * The acting account is about to submit: the PDF printer may get ready (issue 14). True when it was told
   * to (a drafter, with a printer that can warm); the window's door only, never a CLI's.
   */
  preparingSubmit?(): boolean
  now(): Date
}
