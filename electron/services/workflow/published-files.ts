import { bundlePaths } from '../../../shared/bundle/layout'
import type { Notice } from '../../../shared/notice/notice'
import { noticePolicy, type Policy } from '../../../shared/policy/index'
import { publishUntilOf } from '../../../shared/sweep/publicity'
import { submitPreconditions, type Precondition } from '../../../shared/workflow/index'
import { preconditionError } from '../common/refusals'
import type { DecisionService } from '../notices/decision-service'
import type { NoticeService } from '../notices/notice-service'
import type { Store } from '../store/index'
import { contentHash, renderNotice, type Rendered } from './render'
import type { WorkflowDeps } from './types'
import { noticeMeta, type WorkflowRow } from './workflow-rows'

export type SubmittedFiles = { rendered: Rendered; files: Map<string, Uint8Array>; contentSha256: string }

/**
 * What a notice publishes, as submit signs it and approve and export check it: shared/publish's render of
 * the current revision under the notice's one policy, kept for the last few (revision, decisions, policy).
 */
export class PublishedFiles {
  /** the last few renders, by revision, decisions and policy (see render) */
  private readonly rendered = new Map<string, Rendered>()

  constructor(private readonly deps: { store: Store; notices: NoticeService; decisions: DecisionService }) {}

  /** The policy a notice is rendered under: the one chosen at creation, else its type's default (shared/policy noticePolicy). */
  policyOf(notice: Notice): Policy {
    return noticePolicy(noticeMeta(this.deps.store, notice.id).policy, notice.noticeType)
  }

  /** The signed files of the current submission: the render of the submitted revision plus the PDF made at submit. */
  submittedFiles(id: string, row: WorkflowRow): SubmittedFiles {
    const rendered = this.render(id)
    const files = new Map(rendered.files)
    if (row.pdf) files.set(bundlePaths.pdf, row.pdf)
    return { rendered, files, contentSha256: contentHash(files) }
  }

  /** The published files of the notice as it stands now (what submit would sign). */
  render(id: string): Rendered {
    const notice = this.deps.notices.get(id)
    const decisions = this.deps.decisions.list(id)
    const manual = this.deps.decisions.listManual(id)
    const policy = this.policyOf(notice)
    // Rendering is a pure function of the revision (every edit makes a new one), the decisions and the
    // policy: submit, approve, export and the review screen of one version share one scan of the text.
    const key = JSON.stringify([id, notice.revision, policy.name, decisions, manual])
    const cached = this.rendered.get(key)
    if (cached) return cached
    // the scan's "today" is the revision's save time, so re-rendering later gives the same bytes
    const today = new Date(this.deps.notices.version(id, notice.revision).savedAt)
    const rendered = renderNotice(notice, decisions, policy, today, manual)
    this.rendered.set(key, rendered)
    if (this.rendered.size > 8) this.rendered.delete(this.rendered.keys().next().value ?? key)
    return rendered
  }
}

/** The first unmet precondition (shared/workflow submitPreconditions) of a render of the notice, if any. */
export function firstUnmet(notice: Notice, rendered: Rendered): Precondition | undefined {
  return submitPreconditions({ fields: notice, findings: rendered.review.reviewed, summary: rendered.review.summary })[0]
}

/** Refuses with the first unmet precondition of a render of the notice. */
export function refuseUnmet(notice: Notice, rendered: Rendered): void {
  const first = firstUnmet(notice, rendered)
  if (first) throw preconditionError(first)
}

/** publishUntil for the draft statement: the 公示期 end field, else the period the text states (counted from the 公示期 start or 落款日期). */
export function publishUntilField(notice: Notice): { publishUntil?: string } {
  const end = publishUntilOf(notice)
  return end ? { publishUntil: end } : {}
}

/** The PDF of the redacted HTML, or undefined where none can be made (the bundle then has HTML and TXT). */
export async function printPdf(deps: Pick<WorkflowDeps, 'pdf' | 'warn'>, rendered: Rendered): Promise<Uint8Array | undefined> {
  if (!deps.pdf) return undefined
  const html = rendered.files.get(bundlePaths.html)
  if (!html) return undefined
  try {
    return await deps.pdf.print(new TextDecoder().decode(html))
  } catch (error) {
    deps.warn?.('pdf.failed', { reason: error instanceof Error ? error.name : 'unknown' })
    return undefined
  }
}
