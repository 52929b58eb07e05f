import type { KeyObject } from 'node:crypto'
import { hasRole, type Account, type Role, type TrustKey } from '../../../shared/accounts/index'
import { ServiceError } from '../../../shared/api/result'
import type { SignerEntry } from '../../../shared/bundle/signers'
import type { DecisionAction, FindingDecision } from '../../../shared/findings/decision'
import { isMarker } from '../../../shared/findings/resolution'
import type { Notice, NoticeFields, NoticeState } from '../../../shared/notice/notice'
import { engineVersion, rulesetHash } from '../../../shared/pii/index'
import { getPolicy, noticePolicy, type Policy } from '../../../shared/policy/index'
import { refusal, refusalText, submitPreconditions, transition, type Precondition, type RefusalCode, type WorkflowEvent } from '../../../shared/workflow/index'
import type { AccountService, Credentials, TrustExport, UnlockedSm2Key } from '../accounts/index'
import { parseEnvelope } from '../../../shared/bundle/dsse'
import type { AuditService } from '../audit/index'
import { assembleBundle, signApproval, signDraft } from '../bundle/index'
import type { DecisionService } from '../decisions'
import type { NoticeService } from '../notices'
import type { Store, Tx } from '../store/index'
import { bundlePaths } from '../../../shared/bundle/layout'
import { localDay, publishUntilOf } from '../../../shared/sweep/publicity'
import { exportPublishUntil, recordExport } from '../expiry/index'
import { contentHash, renderNotice, sha256Hex, type Rendered } from './render'
import { insertRejection, insertSubmission, noticeMeta, workflowRow, type WorkflowRow } from './workflow-rows'

/** Renders the published HTML to PDF (Electron's printToPDF, or the system Chromium); see services/pdf. */
export type PdfRenderer = { print(html: string): Promise<Uint8Array>; warm?(): Promise<void> }

/**
 * Who acts: a login with its password (the CLI, and every signature), or an account the front door has
 * already signed in (the app's session) for steps that sign nothing.
 */
export type Actor = Credentials | { account: Account }

export type WorkflowDeps = {
  store: Store
  notices: NoticeService
  decisions: DecisionService
  accounts: AccountService
  audit: AuditService
  trust: TrustExport
  now: () => Date
  /** 国密 setting: add an SM2 co-signature to every envelope signed here */
  sm2CoSign?: () => boolean
  /** every key this machine trusts (own and imported lists); defaults to the office's own keys */
  trustedKeys?: () => readonly TrustKey[]
  /** absent where no PDF can be rendered: bundles then carry HTML and TXT only (contracts.md §2) */
  pdf?: PdfRenderer | undefined
  /** told when a PDF could not be rendered (never the document) */
  warn?: (event: string, fields: Record<string, string | number | boolean>) => void
}

/** Where a notice stands in the workflow, for `notice show` and the app. Never key material or document text. */
export type WorkflowStatus = {
  state: NoticeState
  draftedBy: string | null
  policy: string
  submission: { revision: number; contentSha256: string; submittedAt: string; reviewerId: string | null; reviewedAt: string | null; comment: string | null; rejectedReason: string | null } | null
}

export const workflowLimits = { reason: 2000, comment: 2000 } as const

/**
 * 审批流程服务 — submit, approve, reject and export, with every authorisation check: only the notice's
 * drafter submits, only a reviewer who is someone else approves or sends back, and what is approved and
 * exported is re-rendered and must be byte-for-byte what was submitted. Passwords unlock the signing key
 * for one signature and nothing is kept.
 */
export class WorkflowService {
  /** the last few renders, by revision, decisions and policy (see render) */
  private readonly rendered = new Map<string, Rendered>()

  constructor(private readonly deps: WorkflowDeps) {}

  /** The policy a notice is rendered under: the one chosen at creation, else its type's default (shared/policy noticePolicy). */
  policyOf(notice: Notice): Policy {
    return noticePolicy(noticeMeta(this.deps.store, notice.id).policy, notice.noticeType)
  }

  /**
   * Creates a draft whose drafter is `actor`. Without accounts the office has no one to name yet (contracts
   * §1): the notice is created with no drafter, and it cannot be submitted until a drafter re-creates it.
   */
  async create(fields: Partial<NoticeFields>, options: { actor?: Actor | undefined; policy?: string | undefined } = {}): Promise<Notice> {
    if (options.policy !== undefined && !getPolicy(options.policy)) throw new ServiceError('invalid_request', `没有名为 ${options.policy} 的策略 (no policy named ${options.policy})`)
    let drafter: Account | null = null
    if (options.actor) drafter = await this.who(options.actor, 'drafter')
    else if (this.deps.accounts.hasAccounts()) throw new ServiceError('forbidden', '已有账户：创建公告需要以起草人身份登录 (accounts exist: creating a notice needs a drafter to sign in, --as LOGIN)')
    const notice = this.deps.notices.create(fields)
    this.deps.store.transaction((tx) => {
      tx.run('UPDATE notices SET drafted_by = ?, policy = ? WHERE id = ?', [drafter?.id ?? null, options.policy ?? null, notice.id])
      this.deps.audit.append(tx, 'notice.created', drafter?.login ?? null, notice.id, { revision: notice.revision, policy: options.policy ?? null })
    })
    return notice
  }

  status(id: string): WorkflowStatus {
    const notice = this.deps.notices.get(id)
    const meta = noticeMeta(this.deps.store, id)
    const row = workflowRow(this.deps.store, id)
    return {
      state: notice.state,
      draftedBy: meta.drafted_by,
      policy: this.policyOf(notice).name,
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

  /**
   * 只有起草人可以修改 — refuses anyone but the notice's drafter (a notice made before accounts existed
   * may be edited by any drafter). Front doors call this before saving, deciding or deleting.
   */
  assertDrafter(id: string, account: Account): void {
    if (!hasRole(account, 'drafter')) throw new ServiceError('forbidden', `${account.login} 没有${roleNames.drafter}角色 (${account.login} does not have the drafter role)`)
    const drafter = noticeMeta(this.deps.store, id).drafted_by
    if (drafter !== null && drafter !== account.id) refuse('forbidden', 'not_drafter')
  }

  /** The signed files of the current submission: the render of the submitted revision plus the PDF made at submit. */
  submittedFiles(id: string, row: WorkflowRow): { rendered: Rendered; files: Map<string, Uint8Array>; contentSha256: string } {
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
    if (!item) throw new ServiceError('invalid_request', `没有第 ${index} 项发现 (there is no finding #${index}; see notice show --json)`)
    if (isMarker(item.finding.type)) refuse('conflict', 'confidential_marker')
    const decision = this.deps.decisions.decide({ id, key: item.finding.key, type: item.finding.type, action, reason })
    this.deps.audit.record('finding.decided', account.login, id, { type: decision.type, action: decision.action, index })
    return decision
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
    this.step(before, 'submit')
    // a title, a body, no marker, no import mark, nothing blocking or undecided: on the service's own scan
    const rendered = this.render(id)
    this.preconditions(before, rendered)
    const [{ account, key, sm2 }, pdf] = await Promise.all([unlocking, this.printPdf(rendered)])
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
        piiCheck: { engineVersion, rulesetHash, unresolved: 0 },
        // 公示期 end: how long the notice may stay published (the field, else the period its text states)
        ...publishUntilField(notice),
      },
    })
    this.deps.store.transaction((tx) => {
      this.unchanged(tx, before, 'submit')
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
      tx.run("UPDATE notices SET state = 'submitted' WHERE id = ?", [id])
      this.deps.audit.append(tx, 'notice.submitted', account.login, id, { revision: notice.revision, contentSha256, draftEnvelopeSha256: draft.sha256, pdf: pdf !== undefined })
    })
    return { contentSha256, draftEnvelopeSha256: draft.sha256 }
  }

  /** 批准 — a reviewer other than the drafter signs exactly what was submitted. */
  async approve(id: string, actor: Credentials, comment = ''): Promise<{ approvalEnvelopeSha256: string }> {
    if (comment.length > workflowLimits.comment) throw new ServiceError('invalid_request', `审核意见不能超过 ${workflowLimits.comment} 字 (the comment is too long)`)
    const before = this.live(id)
    // the same checks as at submit, on a fresh scan of the text: a marker is never approved, whatever was sent
    if (before.state === 'submitted') this.preconditions(before, this.render(id))
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
      this.unchanged(tx, before, 'approve')
      tx.run('UPDATE notice_workflow SET reviewer_id = ?, reviewer_keyid = ?, approval_envelope = ?, comment = ?, rejected_reason = NULL, reviewed_at = ? WHERE notice_id = ?', [
        account.id,
        account.keyid,
        approval.bytes,
        comment,
        signedAt,
        id,
      ])
      tx.run("UPDATE notices SET state = 'approved' WHERE id = ?", [id])
      this.deps.audit.append(tx, 'notice.approved', account.login, id, { revision: row.revision, contentSha256: row.content_sha256, approvalEnvelopeSha256: approval.sha256 })
    })
    return { approvalEnvelopeSha256: approval.sha256 }
  }

  /** 退回 — a reviewer other than the drafter sends the notice back, saying why. */
  async reject(id: string, actor: Actor, reason: string): Promise<void> {
    const why = reason.trim()
    if (why === '') throw new ServiceError('invalid_request', '退回时必须填写理由 (rejecting needs a reason)')
    if (why.length > workflowLimits.reason) throw new ServiceError('invalid_request', `理由不能超过 ${workflowLimits.reason} 字 (the reason is too long)`)
    const before = this.live(id)
    const account = await this.who(actor, 'reviewer')
    const row = this.submitted(before, account, 'reject')
    const published = this.submittedFiles(id, row).files.get(bundlePaths.txt) ?? new Uint8Array()
    const at = this.deps.now().toISOString()
    this.deps.store.transaction((tx) => {
      this.unchanged(tx, before, 'reject')
      tx.run('UPDATE notice_workflow SET reviewer_id = ?, rejected_reason = ?, reviewed_at = ? WHERE notice_id = ?', [account.id, why, at, id])
      insertRejection(tx, { notice_id: id, revision: row.revision, content_sha256: row.content_sha256, published_txt: published, reason: why, reviewer: account.name, rejected_at: at })
      tx.run("UPDATE notices SET state = 'rejected' WHERE id = ?", [id])
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
    this.step(before, 'withdraw')
    const row = workflowRow(this.deps.store, id)
    this.deps.store.transaction((tx) => {
      this.unchanged(tx, before, 'withdraw')
      tx.run('DELETE FROM notice_workflow WHERE notice_id = ?', [id])
      tx.run("UPDATE notices SET state = 'draft' WHERE id = ?", [id])
      this.deps.audit.append(tx, 'notice.withdrawn', account.login, id, { revision: before.revision, contentSha256: row?.content_sha256 ?? null })
    })
  }

  /** The first unmet precondition (shared/workflow submitPreconditions) of the notice as it stands, if any. */
  unmetPrecondition(id: string): Precondition | undefined {
    const notice = this.deps.notices.get(id)
    const rendered = this.render(id)
    return submitPreconditions({ fields: notice, findings: rendered.review.reviewed, summary: rendered.review.summary })[0]
  }

  /** Refuses with the first unmet precondition of a render of the notice. */
  private preconditions(notice: Notice, rendered: Rendered): void {
    const [first] = submitPreconditions({ fields: notice, findings: rendered.review.reviewed, summary: rendered.review.summary })
    if (first) throw new ServiceError('conflict', refusalText(first, first.detail))
  }

  /**
   * 导出 — the signed bundle of an approved notice. The files are rendered again and must be the approved
   * ones; the envelopes are the stored bytes, so exporting again gives the same zip.
   */
  async export(id: string, actor: Actor): Promise<{ bytes: Uint8Array; sha256: string }> {
    const before = this.live(id)
    const account = await this.who(actor)
    this.step(before, 'export')
    const row = workflowRow(this.deps.store, id)
    if (!row?.approval_envelope || !row.reviewer_keyid) return refuse('conflict', 'not_approved')
    const signed = this.submittedFiles(id, row)
    if (signed.contentSha256 !== row.content_sha256) refuse('conflict', 'content_changed')
    const bytes = assembleBundle({
      contentFiles: signed.files,
      draftEnvelope: row.draft_envelope,
      approvalEnvelope: row.approval_envelope,
      signers: this.signers(row.draft_envelope, row.approval_envelope),
    })
    const sha256 = sha256Hex(bytes)
    const now = this.deps.now()
    // 到期撤稿: the bundle is recorded with its 公示期 end, in the same transaction as the export
    const publishUntil = exportPublishUntil(before, row.draft_envelope, localDay(now)) ?? null
    this.deps.store.transaction((tx) => {
      this.unchanged(tx, before, 'export')
      tx.run('UPDATE notice_workflow SET exported_sha256 = ?, exported_at = ? WHERE notice_id = ?', [sha256, now.toISOString(), id])
      tx.run("UPDATE notices SET state = 'exported' WHERE id = ?", [id])
      recordExport(tx, { noticeId: id, title: signed.rendered.text.title, bundleSha256: sha256, exportedAt: now.toISOString(), exportedBy: account.login, publishUntil })
      this.deps.audit.append(tx, 'notice.exported', account.login, id, { revision: row.revision, contentSha256: row.content_sha256, bundleSha256: sha256, publishUntil })
    })
    return { bytes, sha256 }
  }

  /**
   * Bundles exported before take-down reminders existed (schema 9) are recorded once, at start-up, as export
   * records them: published title, 公示期 end (a relative period without a date counts from the export day).
   * A notice that can no longer be rendered is skipped. Returns how many were added.
   */
  recordEarlierExports(): number {
    const rows = this.deps.store.all<{ notice_id: string; exported_sha256: string; exported_at: string }>(
      'SELECT w.notice_id, w.exported_sha256, w.exported_at FROM notice_workflow w WHERE w.exported_sha256 IS NOT NULL AND w.exported_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bundle_exports b WHERE b.notice_id = w.notice_id)',
    )
    let added = 0
    for (const r of rows) {
      try {
        const notice = this.deps.notices.get(r.notice_id)
        const row = workflowRow(this.deps.store, r.notice_id)
        const title = this.render(r.notice_id).text.title
        const publishUntil = exportPublishUntil(notice, row?.draft_envelope ?? null, localDay(new Date(r.exported_at))) ?? null
        this.deps.store.transaction((tx) =>
          recordExport(tx, { noticeId: r.notice_id, title, bundleSha256: r.exported_sha256, exportedAt: r.exported_at, exportedBy: null, publishUntil }),
        )
        added++
      } catch (error) {
        this.deps.warn?.('expiry.backfill_skipped', { reason: error instanceof Error ? error.name : 'unknown' })
      }
    }
    return added
  }

  /**
   * keys/signers.json: every key that signed either envelope (Ed25519, and SM2 where 国密 co-signing was on),
   * read from the envelopes themselves so the list always matches the signatures.
   */
  signers(draftEnvelope: Uint8Array, approvalEnvelope: Uint8Array): SignerEntry[] {
    const keyids = (bytes: Uint8Array): string[] => {
      const parsed = parseEnvelope(bytes)
      return parsed.ok ? parsed.value.envelope.signatures.flatMap((s) => (s.keyid ? [s.keyid] : [])) : []
    }
    return [...keyids(draftEnvelope).map((k) => this.signer(k, 'drafter')), ...keyids(approvalEnvelope).map((k) => this.signer(k, 'reviewer'))]
  }

  /** The signers.json entry of a trusted key. */
  signer(keyid: string, role: SignerEntry['role']): SignerEntry {
    const keys = this.deps.trustedKeys ? this.deps.trustedKeys() : this.deps.trust.build().keys
    const key = keys.find((k) => k.keyid === keyid)
    if (!key) throw new ServiceError('conflict', `签名密钥 ${keyid.slice(0, 16)}… 不在本单位的信任列表中 (signing key not in this office's trust list)`)
    return { keyid: key.keyid, alg: key.alg, publicKey: key.publicKey, personId: key.personId, name: key.name, role }
  }

  /** The acting account: a password checked now, or a session account re-read (its roles may have changed). */
  private async who(actor: Actor, role?: Role): Promise<Account> {
    if ('password' in actor) return this.deps.accounts.authenticate(actor.login, actor.password, role)
    const account = this.deps.accounts.get(actor.account.login)
    if (account.id !== actor.account.id) throw new ServiceError('forbidden', '请重新登录 (sign in again)')
    if (role && !hasRole(account, role)) throw new ServiceError('forbidden', `${account.login} 没有${roleNames[role]}角色 (${account.login} does not have the ${role} role)`)
    return account
  }

  /** The PDF of the redacted HTML, or undefined where none can be made (the bundle then has HTML and TXT). */
  private async printPdf(rendered: Rendered): Promise<Uint8Array | undefined> {
    if (!this.deps.pdf) return undefined
    const html = rendered.files.get(bundlePaths.html)
    if (!html) return undefined
    try {
      return await this.deps.pdf.print(new TextDecoder().decode(html))
    } catch (error) {
      this.deps.warn?.('pdf.failed', { reason: error instanceof Error ? error.name : 'unknown' })
      return undefined
    }
  }

  /** Signs in and unlocks the signing key in one password check; the key is only used for the next signature. */
  async signIn(actor: Credentials, role: Role): Promise<{ account: Account; key: KeyObject; sm2: UnlockedSm2Key | undefined }> {
    const keys = await this.deps.accounts.unlockSigningKeys(actor.login, actor.password, { sm2: this.deps.sm2CoSign?.() ?? false })
    const key = keys.ed25519
    const sm2 = keys.sm2
    const account = this.deps.accounts.get(actor.login)
    if (!hasRole(account, role)) throw new ServiceError('forbidden', `${account.login} 没有${roleNames[role]}角色 (${account.login} does not have the ${role} role)`)
    if (!account.keyid) throw new ServiceError('conflict', `${account.login} 没有可用的签名密钥 (no usable signing key)`)
    return { account, key, sm2 }
  }

  /** The submission a reviewer acts on; refused for the notice's own drafter. */
  private submitted(notice: Notice, reviewer: Account, event: 'approve' | 'reject'): WorkflowRow {
    const row = workflowRow(this.deps.store, notice.id)
    if (reviewer.id === noticeMeta(this.deps.store, notice.id).drafted_by || reviewer.id === row?.drafter_id) refuse('forbidden', 'self_approval')
    this.step(notice, event)
    if (!row) return refuse('conflict', 'not_submitted')
    return row
  }

  /** The notice, refused when it is in the recycle bin. */
  live(id: string): Notice {
    const notice = this.deps.notices.get(id)
    if (notice.deletedAt) throw new ServiceError('conflict', '公告在回收站中，请先恢复 (the notice is in the recycle bin; restore it first)')
    return notice
  }

  private step(notice: Notice, event: WorkflowEvent): void {
    const t = transition(notice.state, event)
    if (!t.ok) throw new ServiceError('conflict', refusalText(t.refusal))
  }

  /** Signing awaited a password check: refuse if someone edited or moved the notice meanwhile. */
  private unchanged(tx: Tx, before: Notice, event: WorkflowEvent): void {
    const now = tx.get<{ revision: number; state: string; deleted_at: string | null }>('SELECT revision, state, deleted_at FROM notices WHERE id = ?', [before.id])
    if (!now || now.revision !== before.revision || now.state !== before.state || now.deleted_at !== null) {
      throw new ServiceError('conflict', `公告在操作期间被修改，请重试 (the notice changed during ${event}; try again)`)
    }
  }
}

/** publishUntil for the draft statement: the 公示期 end field, else the period the text states (counted from the 公示期 start or 落款日期). */
function publishUntilField(notice: Notice): { publishUntil?: string } {
  const end = publishUntilOf(notice)
  return end ? { publishUntil: end } : {}
}

const roleNames: Record<Role, string> = { drafter: '起草人', reviewer: '审核人', admin: '管理员' }

function refuse(code: 'forbidden' | 'conflict', why: RefusalCode): never {
  throw new ServiceError(code, refusalText(refusal(why)))
}
