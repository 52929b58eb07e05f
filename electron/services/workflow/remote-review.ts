import { randomUUID } from 'node:crypto'
import { hasRole, type Account, type TrustKey } from '../../../shared/accounts/index'
import type { RemoteReview, ReviewView, SavedFile } from '../../../shared/api/contract-workflow'
import { textParams } from '../../../shared/api/error-text'
import { serviceError } from '../../../shared/api/result'
import { envelopeBytes, makeEnvelope, pae } from '../../../shared/bundle/dsse'
import { bundlePaths, isSubjectPath } from '../../../shared/bundle/layout'
import { verifyBundle } from '../../../shared/bundle/verify'
import { verifyReasonText } from '../../../shared/bundle/verify-reasons'
import { base64Encode } from '../../../shared/crypto/base64'
import { utf8Decode, utf8Encode } from '../../../shared/crypto/bytes'
import { lineDiff } from '../../../shared/diff/line-diff'
import { maskedPreview } from '../../../shared/redact/index'
import type { Credentials } from '../accounts/index'
import type { AuditService } from '../audit/index'
import { assembleBundle, nodeDigests, readZip, sha256Hex, signApproval, signEd25519, verifyEd25519, writeZip } from '../bundle/index'
import { lacksRole, signedIn, type Acting } from '../common/access'
import { refusalError } from '../common/refusals'
import { safeName } from '../common/file-name'
import type { Store } from '../store/index'
import { checkDecisionSignature, checkRequest } from './review-checks'
import {
  DECISION_FORMAT,
  DECISION_PAYLOAD_TYPE,
  REQUEST_FORMAT,
  decisionEnvelopePath,
  decisionPath,
  decisionSchema,
  decode,
  importedMeanwhile,
  parseJson,
  readArchive,
  refused,
  requestPath,
  requestSchema,
  type ReviewDecision,
  type ReviewRequest,
} from './review-files'
import { remoteRow, remoteRows, toRemote } from './remote-rows'
import { recordDecision, rejectionRows, workflowRow } from './workflow-rows'
import type { WorkflowService } from './workflow-service'
import type { WorkflowViews } from './workflow-view'

/**
 * 异地审核 — review across machines, for a leader whose own offline machine holds their key. The drafter's
 * machine writes a review-request file (the signed, redacted files, the draft envelope and the review view);
 * the leader's machine checks it against its trust lists, shows it, and writes a signed decision file; the
 * drafter's machine checks that against its trust lists and the current submission. Original personal values
 * never travel: the request holds only what would be published and the drafter's decisions.
 */

export type RemoteReviewDeps = {
  store: Store
  workflow: WorkflowService
  views: WorkflowViews
  audit: AuditService
  /** every key this machine trusts, own and imported */
  trusted: () => readonly TrustKey[]
  office: () => string
  now: () => Date
}

export class RemoteReviewService {
  constructor(private readonly deps: RemoteReviewDeps) {}

  /** Drafter's machine: the review request of a submitted notice. */
  exportRequest(id: string, actor: Account): SavedFile {
    this.deps.workflow.assertDrafter(id, actor)
    const notice = this.deps.workflow.live(id)
    const row = workflowRow(this.deps.store, id)
    if (notice.state !== 'submitted' || !row) throw serviceError('conflict', 'remote.notSubmitted')
    const signed = this.deps.workflow.submittedFiles(id, row)
    if (signed.contentSha256 !== row.content_sha256) throw refusalError('conflict', 'content_changed')
    const view = this.deps.views.review(id)
    const last = rejectionRows(this.deps.store, id)[0]
    const request: ReviewRequest = {
      format: REQUEST_FORMAT,
      noticeId: id,
      revision: row.revision,
      office: this.deps.office(),
      drafter: { id: row.drafter_id, name: actor.name, keyid: row.drafter_keyid },
      submittedAt: row.submitted_at,
      contentSha256: row.content_sha256,
      review: { published: view.published, findings: view.findings, counts: view.counts, droppedColumns: view.droppedColumns },
      previous: last ? { revision: last.revision, rejectedAt: last.rejected_at, reason: last.reason, reviewer: last.reviewer, txt: utf8Decode(last.published_txt) } : null,
    }
    const files = new Map(signed.files)
    files.set(bundlePaths.draftEnvelope, row.draft_envelope)
    files.set(requestPath, utf8Encode(`${JSON.stringify(request, null, 2)}\n`))
    const bytes = writeZip(files)
    const sha256 = sha256Hex(bytes)
    this.deps.audit.record('review.request_exported', actor.login, id, { revision: row.revision, sha256 })
    return { fileName: `审核请求-${safeName(view.published.title)}-${id.slice(0, 8)}.zip`, data: base64Encode(bytes), sha256 }
  }

  /** Reviewer's machine: checks and keeps a review request. */
  importRequest(data: string, actor: Account): RemoteReview {
    if (!hasRole(actor, 'reviewer')) throw lacksRole(actor, 'reviewer')
    const bytes = decode(data)
    const what = 'request' as const
    const files = readArchive(bytes, what)
    const request = parseJson(files.get(requestPath), requestSchema, what, 'request.json')
    const sha256 = sha256Hex(bytes)
    if (remoteRows(this.deps.store).some((r) => r.request_sha256 === sha256)) throw serviceError('conflict', 'remote.alreadyImported')
    const content = new Map([...files].filter(([name]) => isSubjectPath(name)))
    checkRequest(request, files, content, actor, this.deps.trusted())
    const id = randomUUID()
    const at = this.deps.now().toISOString()
    this.deps.store.transaction((tx) => {
      tx.run(
        `INSERT INTO remote_reviews (id, request_sha256, notice_id, revision, title, office, drafter_name, request, state, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
        [id, sha256, request.noticeId, request.revision, request.review.published.title, request.office, request.drafter.name, bytes, at],
      )
      this.deps.audit.append(tx, 'review.request_imported', actor.login, request.noticeId, { remoteReview: id, revision: request.revision, sha256 })
    })
    return toRemote(remoteRow(this.deps.store, id))
  }

  /** The 外来审核 list: titles as published, and masked again like every list (a value kept with a reason included). */
  list(by?: Acting): RemoteReview[] {
    if (by !== undefined) signedIn(by)
    return remoteRows(this.deps.store).map((row) => ({ ...toRemote(row), title: maskedPreview(row.title) }))
  }

  /** The review view of an imported request. */
  get(id: string, by?: Acting): ReviewView {
    if (by !== undefined) signedIn(by)
    const row = remoteRow(this.deps.store, id)
    const files = readZip(row.request)
    const request = requestSchema.parse(JSON.parse(utf8Decode(files.get(requestPath) ?? new Uint8Array())))
    const content = [...files].filter(([name]) => isSubjectPath(name)).sort(([a], [b]) => (a < b ? -1 : 1))
    return {
      id: row.id,
      revision: request.revision,
      ...request.review,
      droppedColumns: request.review.droppedColumns ?? [],
      files: content.map(([name, b]) => ({ name, size: b.length, sha256: sha256Hex(b) })),
      contentSha256: request.contentSha256,
      diff: request.previous
        ? {
            revision: request.previous.revision,
            rejectedAt: request.previous.rejectedAt,
            reason: request.previous.reason,
            reviewer: request.previous.reviewer,
            lines: lineDiff(request.previous.txt, utf8Decode(files.get(bundlePaths.txt) ?? new Uint8Array())),
          }
        : null,
    }
  }

  /** Reviewer's machine: approve or send back an imported request; returns the signed decision file. */
  async decide(id: string, actor: Credentials, decision: 'approve' | 'reject', text: { comment?: string | undefined; reason?: string | undefined }): Promise<SavedFile> {
    const row = remoteRow(this.deps.store, id)
    if (row.state !== 'pending') throw serviceError('conflict', 'remote.alreadyDecided')
    const reason = text.reason?.trim() ?? ''
    if (decision === 'reject' && reason === '') throw serviceError('invalid_request', 'workflow.reasonNeeded')
    const { account, key, sm2 } = await this.deps.workflow.signIn(actor, 'reviewer')
    const files = readZip(row.request)
    const request = requestSchema.parse(JSON.parse(utf8Decode(files.get(requestPath) ?? new Uint8Array())))
    if (request.drafter.id === account.id) throw refusalError('forbidden', 'self_approval')
    const keyid = account.keyid ?? ''
    const at = this.deps.now().toISOString()
    const out = new Map<string, Uint8Array>()
    if (decision === 'approve') {
      const content = new Map([...files].filter(([name]) => isSubjectPath(name)))
      const draftEnvelope = files.get(bundlePaths.draftEnvelope) ?? new Uint8Array()
      const approval = signApproval({
        contentFiles: content,
        draftEnvelope,
        key: { privateKey: key, keyid },
        sm2Key: sm2,
        predicate: { role: 'reviewer', decision: 'approved', signer: { id: account.id, name: account.name, keyid }, signedAt: at, comment: text.comment ?? '' },
      })
      out.set(bundlePaths.approvalEnvelope, approval.bytes)
    }
    const body: ReviewDecision = {
      format: DECISION_FORMAT,
      noticeId: request.noticeId,
      revision: request.revision,
      contentSha256: request.contentSha256,
      requestSha256: row.request_sha256,
      decision: decision === 'approve' ? 'approved' : 'rejected',
      reason: decision === 'reject' ? reason : null,
      comment: decision === 'approve' ? (text.comment ?? '') : null,
      reviewer: { id: account.id, name: account.name, keyid },
      decidedAt: at,
    }
    const payload = utf8Encode(`${JSON.stringify(body, null, 2)}\n`)
    out.set(decisionPath, payload)
    out.set(decisionEnvelopePath, envelopeBytes(makeEnvelope(DECISION_PAYLOAD_TYPE, payload, [{ keyid, sig: signEd25519(key, pae(DECISION_PAYLOAD_TYPE, payload)) }])))
    const bytes = writeZip(out)
    const sha256 = sha256Hex(bytes)
    this.deps.store.transaction((tx) => {
      tx.run("UPDATE remote_reviews SET state = ?, decision_file = ?, reviewer_id = ?, decided_at = ? WHERE id = ? AND state = 'pending'", [
        decision === 'approve' ? 'approved' : 'rejected',
        bytes,
        account.id,
        at,
        id,
      ])
      if (tx.changes() !== 1) throw serviceError('conflict', 'remote.alreadyDecided')
      this.deps.audit.append(tx, decision === 'approve' ? 'review.remote_approved' : 'review.remote_rejected', account.login, request.noticeId, { remoteReview: id, revision: request.revision, sha256 })
    })
    return { fileName: `审核结果-${safeName(request.review.published.title)}-${request.noticeId.slice(0, 8)}.zip`, data: base64Encode(bytes), sha256 }
  }

  /** The decision file made earlier, to save again (a lost USB stick). */
  decisionFile(id: string): SavedFile {
    const row = remoteRow(this.deps.store, id)
    if (!row.decision_file) throw serviceError('conflict', 'remote.notDecided')
    return { fileName: `审核结果-${safeName(row.title)}-${row.notice_id.slice(0, 8)}.zip`, data: base64Encode(row.decision_file), sha256: sha256Hex(row.decision_file) }
  }

  /** Drafter's machine: applies a decision file to the submission it answers. */
  importDecision(data: string, actor: Account): string {
    const bytes = decode(data)
    const what = 'decision' as const
    const files = readArchive(bytes, what)
    const payload = files.get(decisionPath)
    const decision = parseJson(payload, decisionSchema, what, 'decision.json')
    const id = decision.noticeId
    this.deps.workflow.assertDrafter(id, actor)
    const notice = this.deps.workflow.live(id)
    const row = workflowRow(this.deps.store, id)
    if (notice.state !== 'submitted' || !row) refused(what, 'reviewFile.notAwaiting')
    if (row.revision !== decision.revision || row.content_sha256 !== decision.contentSha256) {
      refused(what, 'reviewFile.otherSubmission')
    }
    const trusted = this.deps.trusted()
    const reviewerKey = checkDecisionSignature(files, payload ?? new Uint8Array(), decision, trusted, row.drafter_id)
    const at = this.deps.now().toISOString()
    if (decision.decision === 'approved') {
      const approval = files.get(bundlePaths.approvalEnvelope)
      if (!approval) refused(what, 'reviewFile.noApproval')
      const signed = this.deps.workflow.submittedFiles(id, row)
      const bundle = new Map(signed.files)
      bundle.set(bundlePaths.draftEnvelope, row.draft_envelope)
      bundle.set(bundlePaths.approvalEnvelope, approval)
      const result = verifyBundle({ files: bundle, trust: { format: 'countersign-trust/v1', office: this.deps.office(), keys: trusted }, digest: nodeDigests, verifyEd25519, now: this.deps.now() })
      const failed = result.checks.filter((c) => !c.ok)
      if (failed.length > 0) refused(what, 'reviewFile.checkFailed', textParams('why', verifyReasonText(failed.flatMap((c) => c.reasons))))
      // the same check export will make, before anything is stored
      assembleBundle({
        contentFiles: signed.files,
        draftEnvelope: row.draft_envelope,
        approvalEnvelope: approval,
        signers: this.deps.workflow.signers(row.draft_envelope, approval),
      })
      this.deps.store.transaction((tx) => {
        recordDecision(
          tx,
          notice,
          row,
          { decision: 'approved', reviewerId: reviewerKey.personId, reviewerKeyid: reviewerKey.keyid, approvalEnvelope: approval, comment: decision.comment ?? '', reviewedAt: decision.decidedAt, remoteReviewer: reviewerKey.name },
          importedMeanwhile,
        )
        this.deps.audit.append(tx, 'review.decision_imported', actor.login, id, { decision: 'approved', reviewerKeyid: reviewerKey.keyid, sha256: sha256Hex(bytes), importedAt: at })
      })
    } else {
      const reason = decision.reason ?? ''
      const txt = this.deps.workflow.submittedFiles(id, row).files.get(bundlePaths.txt) ?? new Uint8Array()
      this.deps.store.transaction((tx) => {
        recordDecision(
          tx,
          notice,
          row,
          { decision: 'rejected', reviewerId: reviewerKey.personId, reason, reviewerName: reviewerKey.name, publishedTxt: txt, reviewedAt: decision.decidedAt, remoteReviewer: reviewerKey.name },
          importedMeanwhile,
        )
        this.deps.audit.append(tx, 'review.decision_imported', actor.login, id, { decision: 'rejected', reviewerKeyid: reviewerKey.keyid, sha256: sha256Hex(bytes), importedAt: at })
      })
    }
    return id
  }
}
