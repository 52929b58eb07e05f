import type { ErrorDetail } from '../../../shared/api/error-text'
import type { Store, Tx } from '../store/index'
import type { Notice } from '../../../shared/notice/notice'
import { writeTransition, type SeenNotice } from '../notices/transition'
import type { WorkflowStatus } from './types'

/** The current submission of a notice, as stored (migration 4). Envelopes are the exact signed bytes. */
export type WorkflowRow = {
  notice_id: string
  revision: number
  content_sha256: string
  drafter_id: string
  drafter_keyid: string
  draft_envelope: Uint8Array
  submitted_at: string
  reviewer_id: string | null
  reviewer_keyid: string | null
  approval_envelope: Uint8Array | null
  comment: string | null
  rejected_reason: string | null
  reviewed_at: string | null
  exported_sha256: string | null
  exported_at: string | null
  /** content/notice.pdf as signed at submit (migration 5); null when none could be rendered */
  pdf: Uint8Array | null
  /** the reviewer's name when the decision came from another machine (migration 5) */
  remote_reviewer: string | null
}

/** Who drafted a notice and under which policy (columns migration 4 added to notices). */
export type NoticeMeta = { drafted_by: string | null; policy: string | null }

export function workflowRow(store: Store | Tx, id: string): WorkflowRow | undefined {
  return store.get<WorkflowRow>('SELECT * FROM notice_workflow WHERE notice_id = ?', [id])
}

export function noticeMeta(store: Store | Tx, id: string): NoticeMeta {
  return store.get<NoticeMeta>('SELECT drafted_by, policy FROM notices WHERE id = ?', [id]) ?? { drafted_by: null, policy: null }
}

export type Submission = Pick<WorkflowRow, 'notice_id' | 'revision' | 'content_sha256' | 'drafter_id' | 'drafter_keyid' | 'draft_envelope' | 'submitted_at' | 'pdf'>

/** Replaces whatever was submitted before (a notice sent back and submitted again). */
export function insertSubmission(tx: Tx, s: Submission): void {
  tx.run('DELETE FROM notice_workflow WHERE notice_id = ?', [s.notice_id])
  tx.run(
    `INSERT INTO notice_workflow (notice_id, revision, content_sha256, drafter_id, drafter_keyid, draft_envelope, submitted_at, pdf)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [s.notice_id, s.revision, s.content_sha256, s.drafter_id, s.drafter_keyid, s.draft_envelope, s.submitted_at, s.pdf],
  )
}

/** One 退回 as kept for the next review's diff (migration 5). */
export type RejectionRow = { notice_id: string; revision: number; content_sha256: string; published_txt: Uint8Array; reason: string; reviewer: string; rejected_at: string }

/** The notice's rejections, newest first. */
export function rejectionRows(store: Store | Tx, id: string): RejectionRow[] {
  return store.all<RejectionRow>('SELECT * FROM notice_rejections WHERE notice_id = ? ORDER BY rejected_at DESC, rowid DESC', [id])
}

export function insertRejection(tx: Tx, r: RejectionRow): void {
  tx.run('INSERT INTO notice_rejections (notice_id, revision, content_sha256, published_txt, reason, reviewer, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    r.notice_id,
    r.revision,
    r.content_sha256,
    r.published_txt,
    r.reason,
    r.reviewer,
    r.rejected_at,
  ])
}

/** A reviewer's decision on the current submission, made here or on another machine (`remoteReviewer`, their name). */
export type ReviewDecisionRecord = { reviewerId: string; reviewedAt: string; remoteReviewer: string | null } & (
  | { decision: 'approved'; reviewerKeyid: string | null; approvalEnvelope: Uint8Array; comment: string }
  | { decision: 'rejected'; reason: string; reviewerName: string; publishedTxt: Uint8Array }
)

/**
 * 批准 / 退回 stored: the one writer of a decision, for the app's and the CLI's review and for a decision file
 * from another machine. The state goes through the state machine (writeTransition, refused with `changed`
 * when the notice moved meanwhile); a rejection is kept with the text it rejected, for the next review's diff.
 */
export function recordDecision(tx: Tx, seen: SeenNotice, row: WorkflowRow, d: ReviewDecisionRecord, changed: ErrorDetail): void {
  writeTransition(tx, seen, d.decision === 'approved' ? 'approve' : 'reject', changed)
  if (d.decision === 'approved') {
    tx.run(
      'UPDATE notice_workflow SET reviewer_id = ?, reviewer_keyid = ?, approval_envelope = ?, comment = ?, rejected_reason = NULL, reviewed_at = ?, remote_reviewer = ? WHERE notice_id = ? AND revision = ?',
      [d.reviewerId, d.reviewerKeyid, d.approvalEnvelope, d.comment, d.reviewedAt, d.remoteReviewer, seen.id, row.revision],
    )
    return
  }
  tx.run('UPDATE notice_workflow SET reviewer_id = ?, rejected_reason = ?, reviewed_at = ?, remote_reviewer = ? WHERE notice_id = ? AND revision = ?', [
    d.reviewerId,
    d.reason,
    d.reviewedAt,
    d.remoteReviewer,
    seen.id,
    row.revision,
  ])
  insertRejection(tx, { notice_id: seen.id, revision: row.revision, content_sha256: row.content_sha256, published_txt: d.publishedTxt, reason: d.reason, reviewer: d.reviewerName, rejected_at: d.reviewedAt })
}

/** Where a notice stands in the workflow (WorkflowService.status), from its rows; `policy` is the policy's name. */
export function statusOf(store: Store | Tx, notice: Notice, policy: string): WorkflowStatus {
  const meta = noticeMeta(store, notice.id)
  const row = workflowRow(store, notice.id)
  return {
    state: notice.state,
    draftedBy: meta.drafted_by,
    policy,
    submission: row
      ? {
          revision: row.revision,
          contentSha256: row.content_sha256,
          submittedAt: row.submitted_at,
          reviewerId: row.reviewer_id,
          reviewedAt: row.reviewed_at,
          comment: row.comment,
          rejectedReason: row.rejected_reason,
        }
      : null,
  }
}
