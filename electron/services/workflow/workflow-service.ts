import type { KeyObject } from 'node:crypto'
import { hasRole, type Account, type Role } from '../../../shared/accounts/index'
import { serviceError } from '../../../shared/api/result'
import { bundlePaths } from '../../../shared/bundle/layout'
import type { SignerEntry } from '../../../shared/bundle/signers'
import type { DecisionAction, FindingDecision } from '../../../shared/findings/decision'
import { isMarker } from '../../../shared/findings/resolution'
import type { Notice, NoticeFields } from '../../../shared/notice/notice'
import { engineVersion, rulesetHash } from '../../../shared/pii/index'
import { getPolicy, type Policy } from '../../../shared/policy/index'
import type { Precondition, RefusalCode } from '../../../shared/workflow/index'
import { refusalError } from '../common/refusals'
import type { Credentials, UnlockedSm2Key } from '../accounts/index'
import { signApproval, signDraft } from '../bundle/index'
import { assertDrafterOf, lacksRole } from '../common/access'
import { assertLegal, changedDuring, writeTransition } from '../notices/transition'
import { exportBundle, recordEarlierExports, signersOf, type ExportContext } from './export-bundle'
import { firstUnmet, printPdf, PublishedFiles, publishUntilField, refuseUnmet, type SubmittedFiles } from './published-files'
import { contentHash, type Rendered } from './render'
import { workflowLimits, type Actor, type WorkflowDeps, type WorkflowStatus } from './types'
import { insertSubmission, noticeMeta, recordDecision, statusOf, workflowRow, type WorkflowRow } from './workflow-rows'

/**
 * 审批流程服务 — submit, approve, reject and export, with every authorisation check: only the notice's
 * drafter submits, only a reviewer who is someone else approves or sends back, and what is approved and
 * exported is re-rendered and must be byte-for-byte what was submitted. Passwords unlock the signing key
 * for one signature and nothing is kept.
 */
export class WorkflowService {
  /** the published files, rendered once per revision, decisions and policy (published-files.ts) */
  private readonly files: PublishedFiles

  constructor(private readonly deps: WorkflowDeps) {
    this.files = new PublishedFiles(deps)
  }

  /** The policy a notice is rendered under: the one chosen at creation, else its type's default. */
  policyOf(notice: Notice): Policy {
    return this.files.policyOf(notice)
  }

  /**
   * Creates a draft whose drafter is `actor`. Without accounts the office has no one to name yet (contracts
   * §1): the notice is created with no drafter, and it cannot be submitted until a drafter re-creates it.
   */
  async create(fields: Partial<NoticeFields>, options: { actor: Actor | null; policy?: string | undefined }): Promise<Notice> {
    if (options.policy !== undefined && !getPolicy(options.policy)) throw serviceError('invalid_request', 'workflow.noPolicy', { policy: options.policy })
    let drafter: Account | null = null
    if (options.actor) drafter = await this.who(options.actor, 'drafter')
    else if (this.deps.accounts.hasAccounts()) throw serviceError('forbidden', 'workflow.needsDrafter')
    // the notice, its drafter and policy, and its audit entry: one transaction
    return this.deps.notices.create(fields, {
      draftedBy: drafter?.id ?? null,
      policy: options.policy ?? null,
      record: (tx, id, revision) => this.deps.audit.append(tx, 'notice.created', drafter?.login ?? null, id, { revision, policy: options.policy ?? null }),
    })
  }

  /** Where a notice stands in the workflow, for `notice show` and the app. */
  status(id: string): WorkflowStatus {
    const notice = this.deps.notices.get(id)
    return statusOf(this.deps.store, notice, this.policyOf(notice).name)
  }

  /**
   * 只有起草人可以修改 — refuses anyone but the notice's drafter (a notice made before accounts existed
   * may be edited by any drafter). Front doors call this before saving, deciding or deleting.
   */
  assertDrafter(id: string, account: Account): void {
    assertDrafterOf(this.deps.store, id, account)
  }

  /** The signed files of the current submission: the render of the submitted revision plus the PDF made at submit. */
  submittedFiles(id: string, row: WorkflowRow): SubmittedFiles {
    return this.files.submittedFiles(id, row)
  }

  /** The published files of the notice as it stands now (what submit would sign). */
  render(id: string): Rendered {
    return this.files.render(id)
  }

  /**
   * 处理决定 by index — the N-th finding of `render(id).review.reviewed` (what `notice show --json` lists).
   * Only the notice's drafter decides; the decision rules themselves are the DecisionService's.
   */
  async decide(id: string, index: number, action: DecisionAction, reason: string | undefined, actor: Actor): Promise<FindingDecision> {
    this.live(id)
    const account = await this.who(actor, 'drafter')
    const drafter = noticeMeta(this.deps.store, id).drafted_by
    if (drafter !== null && drafter !== account.id) refuse('forbidden', 'not_drafter')
    const item = this.render(id).review.reviewed[index]
    if (!item) throw serviceError('invalid_request', 'workflow.noFinding', { index })
    if (isMarker(item.finding.type)) refuse('conflict', 'confidential_marker')
    return this.deps.decisions.decide({ id, key: item.finding.key, type: item.finding.type, action, reason }, account)
  }

  /** 提交审核 — the drafter signs the rendered files; refused while a finding is undecided or blocks publication. */
  async submit(id: string, actor: Credentials): Promise<{ contentSha256: string; draftEnvelopeSha256: string }> {
    const before = this.live(id)
    // The password check and key unlock (scrypt) run while the notice is rendered and printed to PDF; the
    // checks below use the account the login names, and nothing is signed until the unlock has succeeded.
    const unlocking = this.signIn(actor, 'drafter')
    unlocking.catch(() => undefined)
    const claimed = this.deps.accounts.get(actor.login)
    const drafter = noticeMeta(this.deps.store, id).drafted_by
    if (drafter === null) refuse('forbidden', 'no_drafter')
    if (drafter !== claimed.id) refuse('forbidden', 'not_drafter')
    assertLegal(before, 'submit')
    // a title, a body, no marker, no import mark, nothing blocking or undecided: on the service's own scan
    const rendered = this.render(id)
    refuseUnmet(before, rendered)
    const [{ account, key, sm2 }, pdf] = await Promise.all([unlocking, printPdf(this.deps, rendered)])
    if (account.id !== claimed.id) refuse('forbidden', 'not_drafter')
    const files = new Map(rendered.files)
    if (pdf) files.set(bundlePaths.pdf, pdf)
    const contentSha256 = contentHash(files)
    const notice = this.live(id)
    const signedAt = this.deps.now().toISOString()
    const draft = signDraft({
      contentFiles: files,
      key: { privateKey: key, keyid: account.keyid ?? '' },
      sm2Key: sm2,
      predicate: {
        role: 'drafter',
        noticeId: id,
        version: notice.revision,
        // the redacted title: the statement travels with the bundle
        title: rendered.text.title,
        noticeType: notice.noticeType,
        policy: this.policyOf(notice).name,
        signer: { id: account.id, name: account.name, keyid: account.keyid ?? '' },
        signedAt,
        piiCheck: { engineVersion, rulesetHash: rulesetHash(), unresolved: 0 },
        // 公示期 end: how long the notice may stay published (the field, else the period its text states)
        ...publishUntilField(notice),
      },
    })
    this.deps.store.transaction((tx) => {
      writeTransition(tx, before, 'submit', changedDuring('submit'))
      insertSubmission(tx, {
        notice_id: id,
        revision: notice.revision,
        content_sha256: contentSha256,
        drafter_id: account.id,
        drafter_keyid: account.keyid ?? '',
        draft_envelope: draft.bytes,
        submitted_at: signedAt,
        pdf: pdf ?? null,
      })
      this.deps.audit.append(tx, 'notice.submitted', account.login, id, { revision: notice.revision, contentSha256, draftEnvelopeSha256: draft.sha256, pdf: pdf !== undefined })
    })
    return { contentSha256, draftEnvelopeSha256: draft.sha256 }
  }

  /** 批准 — a reviewer other than the drafter signs exactly what was submitted. */
  async approve(id: string, actor: Credentials, comment = ''): Promise<{ approvalEnvelopeSha256: string }> {
    if (comment.length > workflowLimits.comment) throw serviceError('invalid_request', 'workflow.commentTooLong', { max: workflowLimits.comment })
    const before = this.live(id)
    // the same checks as at submit, on a fresh scan of the text: a marker is never approved, whatever was sent
    if (before.state === 'submitted') refuseUnmet(before, this.render(id))
    const { account, key, sm2 } = await this.signIn(actor, 'reviewer')
    const row = this.submitted(before, account, 'approve')
    const signed = this.submittedFiles(id, row)
    if (signed.contentSha256 !== row.content_sha256) refuse('conflict', 'content_changed')
    const signedAt = this.deps.now().toISOString()
    const approval = signApproval({
      contentFiles: signed.files,
      draftEnvelope: row.draft_envelope,
      key: { privateKey: key, keyid: account.keyid ?? '' },
      sm2Key: sm2,
      predicate: { role: 'reviewer', decision: 'approved', signer: { id: account.id, name: account.name, keyid: account.keyid ?? '' }, signedAt, comment },
    })
    this.deps.store.transaction((tx) => {
      recordDecision(
        tx,
        before,
        row,
        { decision: 'approved', reviewerId: account.id, reviewerKeyid: account.keyid, approvalEnvelope: approval.bytes, comment, reviewedAt: signedAt, remoteReviewer: null },
        changedDuring('approve'),
      )
      this.deps.audit.append(tx, 'notice.approved', account.login, id, { revision: row.revision, contentSha256: row.content_sha256, approvalEnvelopeSha256: approval.sha256 })
    })
    return { approvalEnvelopeSha256: approval.sha256 }
  }

  /** 退回 — a reviewer other than the drafter sends the notice back, saying why. */
  async reject(id: string, actor: Actor, reason: string): Promise<void> {
    const why = reason.trim()
    if (why === '') throw serviceError('invalid_request', 'workflow.reasonNeeded')
    if (why.length > workflowLimits.reason) throw serviceError('invalid_request', 'workflow.reasonTooLong', { max: workflowLimits.reason })
    const before = this.live(id)
    const account = await this.who(actor, 'reviewer')
    const row = this.submitted(before, account, 'reject')
    const published = this.submittedFiles(id, row).files.get(bundlePaths.txt) ?? new Uint8Array()
    const at = this.deps.now().toISOString()
    this.deps.store.transaction((tx) => {
      recordDecision(
        tx,
        before,
        row,
        { decision: 'rejected', reviewerId: account.id, reason: why, reviewerName: account.name, publishedTxt: published, reviewedAt: at, remoteReviewer: null },
        changedDuring('reject'),
      )
      // the reason is the reviewer's own text and may quote the notice: only its length goes in the log
      this.deps.audit.append(tx, 'notice.rejected', account.login, id, { revision: row.revision, reasonLength: why.length })
    })
  }

  /**
   * 撤回 — the drafter takes a submitted notice back before the reviewer decides: it is a draft again, the
   * submission (and the drafter's signature) is discarded, and the audit log says who withdrew it.
   */
  async withdraw(id: string, actor: Actor): Promise<void> {
    const before = this.live(id)
    const account = await this.who(actor, 'drafter')
    const drafter = noticeMeta(this.deps.store, id).drafted_by
    if (drafter === null) refuse('forbidden', 'no_drafter')
    if (drafter !== account.id) refuse('forbidden', 'not_drafter')
    assertLegal(before, 'withdraw')
    const row = workflowRow(this.deps.store, id)
    this.deps.store.transaction((tx) => {
      writeTransition(tx, before, 'withdraw', changedDuring('withdraw'))
      tx.run('DELETE FROM notice_workflow WHERE notice_id = ?', [id])
      this.deps.audit.append(tx, 'notice.withdrawn', account.login, id, { revision: before.revision, contentSha256: row?.content_sha256 ?? null })
    })
  }

  /** The first unmet precondition (shared/workflow submitPreconditions) of the notice as it stands, if any. */
  unmetPrecondition(id: string): Precondition | undefined {
    return firstUnmet(this.deps.notices.get(id), this.render(id))
  }

  /**
   * 导出 — the signed bundle of an approved notice. The files are rendered again and must be the approved
   * ones; the envelopes are the stored bytes, so exporting again gives the same zip (export-bundle.ts).
   */
  async export(id: string, actor: Actor): Promise<{ bytes: Uint8Array; sha256: string }> {
    const before = this.live(id)
    const account = await this.who(actor)
    assertLegal(before, 'export')
    return exportBundle(this.exporting(), before, account)
  }

  /** Bundles exported before take-down reminders existed (schema 9) are recorded once, at start-up (export-bundle.ts). */
  recordEarlierExports(): number {
    return recordEarlierExports(this.exporting())
  }

  /** keys/signers.json: every key that signed either envelope, read from the envelopes themselves. */
  signers(draftEnvelope: Uint8Array, approvalEnvelope: Uint8Array): SignerEntry[] {
    return signersOf(draftEnvelope, approvalEnvelope, () => (this.deps.trustedKeys ? this.deps.trustedKeys() : this.deps.trust.build().keys))
  }

  private exporting(): ExportContext {
    return { ...this.deps, render: (id) => this.render(id), submittedFiles: (id, row) => this.submittedFiles(id, row), signers: (d, a) => this.signers(d, a) }
  }

  /** The acting account: a password checked now, or a session account re-read (its roles may have changed). */
  private async who(actor: Actor, role?: Role): Promise<Account> {
    if ('password' in actor) return this.deps.accounts.authenticate(actor.login, actor.password, role)
    const account = this.deps.accounts.get(actor.account.login)
    if (account.id !== actor.account.id) throw serviceError('forbidden', 'session.signInAgain')
    if (role && !hasRole(account, role)) throw lacksRole(account, role)
    return account
  }


  /** Signs in and unlocks the signing key in one password check; the key is only used for the next signature. */
  async signIn(actor: Credentials, role: Role): Promise<{ account: Account; key: KeyObject; sm2: UnlockedSm2Key | undefined }> {
    const keys = await this.deps.accounts.unlockSigningKeys(actor.login, actor.password, { sm2: this.deps.sm2CoSign?.() ?? false })
    const key = keys.ed25519
    const sm2 = keys.sm2
    const account = this.deps.accounts.get(actor.login)
    if (!hasRole(account, role)) throw lacksRole(account, role)
    if (!account.keyid) throw serviceError('conflict', 'key.noUsable', { login: account.login })
    return { account, key, sm2 }
  }

  /** The submission a reviewer acts on; refused for the notice's own drafter. */
  private submitted(notice: Notice, reviewer: Account, event: 'approve' | 'reject'): WorkflowRow {
    const row = workflowRow(this.deps.store, notice.id)
    if (reviewer.id === noticeMeta(this.deps.store, notice.id).drafted_by || reviewer.id === row?.drafter_id) refuse('forbidden', 'self_approval')
    assertLegal(notice, event)
    if (!row) return refuse('conflict', 'not_submitted')
    return row
  }

  /** The notice, refused when it is in the recycle bin. */
  live(id: string): Notice {
    const notice = this.deps.notices.get(id)
    if (notice.deletedAt) throw serviceError('conflict', 'notice.inTrash')
    return notice
  }
}

function refuse(code: 'forbidden' | 'conflict', why: RefusalCode): never {
  throw refusalError(code, why)
}
