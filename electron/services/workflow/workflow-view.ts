import { hasRole, type Account } from '../../../shared/accounts/index'
import type { ReviewFinding, ReviewView, WorkflowView } from '../../../shared/api/contract-workflow'
import { lineDiff } from '../../../shared/diff/line-diff'
import { refusal } from '../../../shared/workflow/index'
import type { AccountService } from '../accounts/index'
import { signedIn, type Acting } from '../common/access'
import type { Store } from '../store/index'
import type { Placement } from '../../../shared/publish/render'
import { sha256Hex, type Rendered } from './render'
import type { FieldReviewed, ManualPlaced, PublishedField } from '../../../shared/publish/review'
import { manualEntityType } from '../../../shared/findings/manual'
import { noticeMeta, rejectionRows, workflowRow } from './workflow-rows'
import type { WorkflowService } from './workflow-service'

/**
 * 审批视图 — what the app shows of a notice's workflow: the state with names and what the signed-in user may
 * do (a hint: the WorkflowService decides), and the reviewer's view of exactly what will be published.
 */
export class WorkflowViews {
  constructor(
    private readonly store: Store,
    private readonly accounts: AccountService,
    private readonly workflow: WorkflowService,
  ) {}

  /** The workflow view for the account acting in a window; refused when nobody is signed in. */
  viewAs(id: string, by: Acting): WorkflowView {
    return this.view(id, signedIn(by))
  }

  /** The reviewer's view for the account acting in a window; refused when nobody is signed in. */
  reviewAs(id: string, by: Acting): ReviewView {
    signedIn(by)
    return this.review(id)
  }

  view(id: string, user: Account | undefined): WorkflowView {
    const status = this.workflow.status(id)
    const row = workflowRow(this.store, id)
    const drafterId = noticeMeta(this.store, id).drafted_by
    const names = new Map(this.accounts.list().map((a) => [a.id, a.name]))
    const person = (personId: string | null): { id: string; name: string } | null => (personId === null ? null : { id: personId, name: names.get(personId) ?? personId })
    const state = status.state
    const isDrafter = user !== undefined && hasRole(user, 'drafter') && (drafterId === null || drafterId === user.id)
    const isReviewer = user !== undefined && hasRole(user, 'reviewer')
    const own = user !== undefined && (user.id === drafterId || user.id === row?.drafter_id)
    let approveBlocked: WorkflowView['approveBlocked'] = null
    if (state === 'submitted' && user) {
      if (own) approveBlocked = refusal('self_approval').message
      else if (!isReviewer) approveBlocked = { 'zh-CN': `${user.name} 没有审核人角色`, en: `${user.name} does not have the reviewer role` }
      else approveBlocked = this.unmet(id)
    }
    return {
      id,
      state,
      policy: status.policy,
      storedPolicy: noticeMeta(this.store, id).policy,
      drafter: person(drafterId),
      submission: row
        ? {
            revision: row.revision,
            contentSha256: row.content_sha256,
            submittedAt: row.submitted_at,
            reviewer: row.remote_reviewer !== null ? { id: row.reviewer_id ?? '', name: row.remote_reviewer } : person(row.reviewer_id),
            reviewedAt: row.reviewed_at,
            comment: row.comment,
            rejectedReason: row.rejected_reason,
            remote: row.remote_reviewer !== null,
            hasPdf: row.pdf !== null,
            exportedAt: row.exported_at,
            bundleSha256: row.exported_sha256,
          }
        : null,
      rejections: rejectionRows(this.store, id).map((r) => ({ revision: r.revision, reason: r.reason, reviewer: r.reviewer, rejectedAt: r.rejected_at })),
      can: {
        edit: isDrafter && (state === 'draft' || state === 'rejected'),
        // a key retired by a role change is made anew by the password that signs the submission
        submit: isDrafter && (state === 'draft' || state === 'rejected') && (user.keyid !== null || this.accounts.rekeyPending(user.id)),
        approve: state === 'submitted' && isReviewer && !own,
        reject: state === 'submitted' && isReviewer && !own,
        export: (state === 'approved' || state === 'exported') && user !== undefined,
        withdraw: state === 'submitted' && user !== undefined && hasRole(user, 'drafter') && drafterId === user.id,
      },
      approveBlocked,
    }
  }

  /** Why a submitted notice may not be approved as it stands (a marker, an empty body…), the service's own words; null when nothing stops it. */
  private unmet(id: string): WorkflowView['approveBlocked'] {
    return this.workflow.unmetPrecondition(id)?.message ?? null
  }

  /** The reviewer's view: the submitted files when there is a submission, else the notice as it would be submitted. */
  review(id: string): ReviewView {
    const notice = this.workflow.live(id)
    const row = workflowRow(this.store, id)
    const signed = row ? this.workflow.submittedFiles(id, row) : undefined
    const rendered = signed?.rendered ?? this.workflow.render(id)
    const files = signed?.files ?? rendered.files
    const last = rejectionRows(this.store, id)[0]
    return {
      id,
      revision: notice.revision,
      ...reviewBody(rendered, files),
      contentSha256: row?.content_sha256 ?? null,
      diff: last
        ? {
            revision: last.revision,
            rejectedAt: last.rejected_at,
            reason: last.reason,
            reviewer: last.reviewer,
            lines: lineDiff(new TextDecoder().decode(last.published_txt), new TextDecoder().decode(files.get('content/notice.txt') ?? new Uint8Array())),
          }
        : null,
    }
  }
}

/** The parts of a review view that come from a render: published text, findings with decisions, counts, files. */
export function reviewBody(rendered: Rendered, files: ReadonlyMap<string, Uint8Array>): Pick<ReviewView, 'published' | 'findings' | 'droppedColumns' | 'counts' | 'files'> {
  const engine = rendered.review.reviewed.map((item, index) => reviewFinding(item, index, rendered))
  const manual = rendered.review.manual.flatMap((placed) => manualFinding(placed, rendered))
  const findings = [...engine, ...manual.map((finding, i) => ({ ...finding, index: engine.length + i }))]
  return {
    published: { ...rendered.text },
    findings,
    droppedColumns: rendered.droppedColumns,
    counts: {
      masked: findings.filter((f) => f.action === 'mask').length,
      removed: findings.filter((f) => f.action === 'remove').length,
      kept: findings.filter((f) => f.action === 'keep').length,
    },
    files: [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256Hex(bytes) })),
  }
}

function reviewFinding(item: FieldReviewed, index: number, rendered: Rendered): ReviewFinding {
  const { finding, resolution, decision } = item
  const placed = placementOf(rendered.placements, item)
  const text = rendered.text[item.field]
  const publishedStart = placed?.outStart ?? 0
  const publishedEnd = placed?.outEnd ?? 0
  return {
    index,
    field: item.field,
    type: finding.type,
    rule: finding.rule,
    confidence: Math.round(finding.confidence * 1000) / 1000,
    action: resolution.publish,
    decidedBy: resolution.status === 'decided' ? 'drafter' : 'policy',
    reason: decision?.reason ?? null,
    published: text.slice(publishedStart, publishedEnd),
    publishedStart,
    publishedEnd,
    // a removed value that left nothing behind: its whole column was left out of the body
    ...(item.field === 'body' && resolution.publish === 'remove' && placed && publishedStart === publishedEnd && rendered.droppedColumns.length > 0 ? { wholeColumn: true } : {}),
  }
}

/** A 人工标记 still in the text, as the reviewer sees it: its kind, what ships, decided by the drafter. */
function manualFinding({ manual, field, span }: ManualPlaced, rendered: Rendered): Omit<ReviewFinding, 'index'>[] {
  if (!span) return []
  const placed = placementOf(rendered.placements, { field, finding: span })
  const text = rendered.text[field]
  const publishedStart = placed?.outStart ?? 0
  const publishedEnd = placed?.outEnd ?? 0
  return [
    {
      field,
      type: manualEntityType(manual.kind, manual.anchor.text),
      manual: true,
      rule: 'manual',
      confidence: 1,
      action: manual.action,
      decidedBy: 'drafter',
      reason: null,
      published: text.slice(publishedStart, publishedEnd),
      publishedStart,
      publishedEnd,
    },
  ]
}

/** The report entry of a finding: its own span, else the merged span that covers it. */
function placementOf(placements: readonly Placement[], item: { field: PublishedField; finding: { start: number; end: number } }): Placement | undefined {
  const inField = placements.filter((p) => p.field === item.field)
  return inField.find((p) => p.start === item.finding.start && p.end === item.finding.end) ?? inField.find((p) => p.start <= item.finding.start && p.end >= item.finding.end)
}
