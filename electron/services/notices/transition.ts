import type { ErrorDetail } from '../../../shared/api/error-text'
import { serviceError } from '../../../shared/api/result'
import type { Notice } from '../../../shared/notice/notice'
import { transition, type Transition, type WorkflowEvent } from '../../../shared/workflow/index'
import { refusalError } from '../common/refusals'
import type { Tx } from '../store/index'

/** The notice as the caller read it before the transaction: its state and revision must still hold. */
export type SeenNotice = Pick<Notice, 'id' | 'state' | 'revision'>

export type Step = Extract<Transition, { ok: true }>

/** Refuses an event the state machine does not allow from the notice's state (checked again when written). */
export function assertLegal(notice: Pick<Notice, 'state'>, event: WorkflowEvent): void {
  const t = transition(notice.state, event)
  if (!t.ok) throw refusalError('conflict', t.refusal.code)
}

/**
 * The one place a notice's state is written. The state machine (shared/workflow `transition`) decides
 * whether `event` is legal from the state the caller saw and which state follows; the row is written only
 * if it is still that state and revision and not in the recycle bin, else `changed` is thrown as a
 * conflict (someone edited or moved the notice while a password was checked or a file was read). Runs
 * inside the caller's transaction, so a refusal leaves nothing written.
 */
export function writeTransition(tx: Tx, seen: SeenNotice, event: WorkflowEvent, changed: ErrorDetail): Step {
  const step = transition(seen.state, event)
  if (!step.ok) throw refusalError('conflict', step.refusal.code)
  tx.run('UPDATE notices SET state = ? WHERE id = ? AND state = ? AND revision = ? AND deleted_at IS NULL', [step.to, seen.id, seen.state, seen.revision])
  if (tx.changes() !== 1) throw serviceError('conflict', changed.code, changed.params)
  return step
}

/** The refusal when a step waited for a password check and someone edited or moved the notice meanwhile. */
export function changedDuring(event: WorkflowEvent): ErrorDetail {
  return { code: 'workflow.changedDuring', params: { event } }
}
