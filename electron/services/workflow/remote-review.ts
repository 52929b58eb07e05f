import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { hasRole, type Account, type TrustKey } from '../../../shared/accounts/index'
import { reviewViewSchema, type RemoteReview, type ReviewView, type SavedFile } from '../../../shared/api/contract-workflow'
import { ServiceError } from '../../../shared/api/result'
import { envelopeBytes, makeEnvelope, pae, parseEnvelope } from '../../../shared/bundle/dsse'
import { bundlePaths, isSubjectPath } from '../../../shared/bundle/layout'
import { verifyBundle } from '../../../shared/bundle/verify'
import { keyValidAt } from '../../../shared/bundle/trust'
import { checkSignature, readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import { checkComplete, checkDigests, digestCache } from '../../../shared/bundle/verify-subjects'
import { base64Decode, base64Encode } from '../../../shared/crypto/base64'
import { bytesEqual, utf8Decode, utf8Encode } from '../../../shared/crypto/bytes'
import { lineDiff } from '../../../shared/diff/line-diff'
import type { Credentials } from '../accounts/index'
import type { AuditService } from '../audit/index'
import { signedIn, type Acting } from '../common/access'
import { safeName } from '../common/file-name'
import { assembleBundle, nodeDigests, readZip, sha256Hex, signApproval, signEd25519, verifyEd25519, writeZip, ZipError } from '../bundle/index'
import type { Store } from '../store/index'
import { renderHtml, renderTxt } from '../../../shared/publish/render-html'
import { recordDecision, rejectionRows, workflowRow } from './workflow-rows'
import type { WorkflowService } from './workflow-service'
import type { WorkflowViews } from './workflow-view'
import { maskedPreview } from '../../../shared/redact/index'

/**
 * 异地审核 — review across machines, for a leader whose own offline machine holds their key. The drafter's
 * machine writes a review-request file (the signed, redacted files, the draft envelope and the review view);
 * the leader's machine checks it against its trust lists, shows it, and writes a signed decision file; the
 * drafter's machine checks that against its trust lists and the current submission. Original personal values
 * never travel: the request holds only what would be published and the drafter's decisions.
 */

export const REQUEST_FORMAT = 'countersign-review-request/v1'
export const DECISION_FORMAT = 'countersign-review-decision/v1'
/** The DSSE payload type of a signed decision file. */
export const DECISION_PAYLOAD_TYPE = 'application/vnd.countersign.review-decision+json'

const requestPath = 'request.json'
const decisionPath = 'decision.json'
const decisionEnvelopePath = 'attest/decision.dsse.json'
const fileLimits = { maxTotalBytes: 200 * 1024 * 1024, maxEntries: 50 }

const personSchema = z.object({ id: z.string().min(1).max(200), name: z.string().max(200), keyid: z.string().regex(/^[0-9a-f]{64}$/) })

const requestSchema = z.strictObject({
  format: z.literal(REQUEST_FORMAT),
  noticeId: z.string().uuid(),
  revision: z.number().int().positive(),
  office: z.string().max(200),
  drafter: personSchema,
  submittedAt: z.string().max(50),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  // droppedColumns: absent in requests written before 整列删除 (an older machine's reader ignores it)
  review: reviewViewSchema.pick({ published: true, findings: true, counts: true }).extend({ droppedColumns: reviewViewSchema.shape.droppedColumns.optional() }),
  previous: z.object({ revision: z.number().int(), rejectedAt: z.string(), reason: z.string(), reviewer: z.string(), txt: z.string() }).nullable(),
})
type ReviewRequest = z.infer<typeof requestSchema>

const decisionSchema = z.strictObject({
  format: z.literal(DECISION_FORMAT),
  noticeId: z.string().uuid(),
  revision: z.number().int().positive(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  requestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().max(2000).nullable(),
  comment: z.string().max(2000).nullable(),
  reviewer: personSchema,
  decidedAt: z.iso.datetime({ offset: true }),
})
type ReviewDecision = z.infer<typeof decisionSchema>

type RemoteRow = {
  id: string
  request_sha256: string
  notice_id: string
  revision: number
  title: string
  office: string
  drafter_name: string
  request: Uint8Array
  state: 'pending' | 'approved' | 'rejected'
  decision_file: Uint8Array | null
  reviewer_id: string | null
  imported_at: string
  decided_at: string | null
}

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

const importedMeanwhile = '公告在导入期间被修改，请重试 (the notice changed meanwhile; try again)'

function refused(what: string, why: string, en: string): never {
  throw new ServiceError('invalid_request', `${what}无法使用：${why} (${en})`)
}

export class RemoteReviewService {
  constructor(private readonly deps: RemoteReviewDeps) {}

  /** Drafter's machine: the review request of a submitted notice. */
  exportRequest(id: string, actor: Account): SavedFile {
    this.deps.workflow.assertDrafter(id, actor)
    const notice = this.deps.workflow.live(id)
    const row = workflowRow(this.deps.store, id)
    if (notice.state !== 'submitted' || !row) throw new ServiceError('conflict', '只有待审核的公告可以导出审核请求 (only a submitted notice has a review request)')
    const signed = this.deps.workflow.submittedFiles(id, row)
    if (signed.contentSha256 !== row.content_sha256) throw new ServiceError('conflict', '发布内容与提交审核时不一致 (the published content differs from what was submitted)')
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
    if (!hasRole(actor, 'reviewer')) throw new ServiceError('forbidden', `${actor.login} 没有审核人角色 (${actor.login} does not have the reviewer role)`)
    const bytes = decode(data)
    const what = '审核请求文件'
    const files = readArchive(bytes, what)
    const request = parseJson(files.get(requestPath), requestSchema, what, 'request.json')
    const sha256 = sha256Hex(bytes)
    if (this.rows().some((r) => r.request_sha256 === sha256)) throw new ServiceError('conflict', '这个审核请求已经导入过 (this review request was already imported)')
    const content = new Map([...files].filter(([name]) => isSubjectPath(name)))
    this.checkRequest(request, files, content, actor)
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
    return this.toRemote(this.row(id))
  }

  /** The 外来审核 list: titles as published, and masked again like every list (a value kept with a reason included). */
  list(by?: Acting): RemoteReview[] {
    if (by !== undefined) signedIn(by)
    return this.rows().map((row) => ({ ...this.toRemote(row), title: maskedPreview(row.title) }))
  }

  /** The review view of an imported request. */
  get(id: string, by?: Acting): ReviewView {
    if (by !== undefined) signedIn(by)
    const row = this.row(id)
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
    const row = this.row(id)
    if (row.state !== 'pending') throw new ServiceError('conflict', '这个审核请求已经处理过 (this review request has already been decided)')
    const reason = text.reason?.trim() ?? ''
    if (decision === 'reject' && reason === '') throw new ServiceError('invalid_request', '退回时必须填写理由 (rejecting needs a reason)')
    const { account, key, sm2 } = await this.deps.workflow.signIn(actor, 'reviewer')
    const files = readZip(row.request)
    const request = requestSchema.parse(JSON.parse(utf8Decode(files.get(requestPath) ?? new Uint8Array())))
    if (request.drafter.id === account.id) throw new ServiceError('forbidden', '不能审批自己起草的公告 (you cannot review a notice you drafted)')
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
      if (tx.changes() !== 1) throw new ServiceError('conflict', '这个审核请求已经处理过 (this review request has already been decided)')
      this.deps.audit.append(tx, decision === 'approve' ? 'review.remote_approved' : 'review.remote_rejected', account.login, request.noticeId, { remoteReview: id, revision: request.revision, sha256 })
    })
    return { fileName: `审核结果-${safeName(request.review.published.title)}-${request.noticeId.slice(0, 8)}.zip`, data: base64Encode(bytes), sha256 }
  }

  /** The decision file made earlier, to save again (a lost USB stick). */
  decisionFile(id: string): SavedFile {
    const row = this.row(id)
    if (!row.decision_file) throw new ServiceError('conflict', '这个审核请求尚未处理 (this review request has not been decided yet)')
    return { fileName: `审核结果-${safeName(row.title)}-${row.notice_id.slice(0, 8)}.zip`, data: base64Encode(row.decision_file), sha256: sha256Hex(row.decision_file) }
  }

  /** Drafter's machine: applies a decision file to the submission it answers. */
  importDecision(data: string, actor: Account): string {
    const bytes = decode(data)
    const what = '审核结果文件'
    const files = readArchive(bytes, what)
    const payload = files.get(decisionPath)
    const decision = parseJson(payload, decisionSchema, what, 'decision.json')
    const id = decision.noticeId
    this.deps.workflow.assertDrafter(id, actor)
    const notice = this.deps.workflow.live(id)
    const row = workflowRow(this.deps.store, id)
    if (notice.state !== 'submitted' || !row) refused(what, '公告当前不在待审核状态', 'the notice is not awaiting review')
    if (row.revision !== decision.revision || row.content_sha256 !== decision.contentSha256) {
      refused(what, '它审核的不是当前提交的版本（公告在导出审核请求后被修改或重新提交）', 'it answers a different submission; the notice changed after the request was exported')
    }
    const trusted = this.deps.trusted()
    const reviewerKey = this.checkDecisionSignature(files, payload ?? new Uint8Array(), decision, trusted, row.drafter_id)
    const at = this.deps.now().toISOString()
    if (decision.decision === 'approved') {
      const approval = files.get(bundlePaths.approvalEnvelope)
      if (!approval) refused(what, '缺少批准签名 attest/approval.dsse.json', 'the approval envelope is missing')
      const signed = this.deps.workflow.submittedFiles(id, row)
      const bundle = new Map(signed.files)
      bundle.set(bundlePaths.draftEnvelope, row.draft_envelope)
      bundle.set(bundlePaths.approvalEnvelope, approval)
      const result = verifyBundle({ files: bundle, trust: { format: 'countersign-trust/v1', office: this.deps.office(), keys: trusted }, digest: nodeDigests, verifyEd25519, now: this.deps.now() })
      const failed = result.checks.filter((c) => !c.ok)
      if (failed.length > 0) refused(what, failed.map((c) => c.reason['zh-CN']).join('；'), failed.map((c) => c.reason.en).join('; '))
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

  /** The request is signed by a trusted drafter, its files are the signed ones, and its review text is theirs. */
  private checkRequest(request: ReviewRequest, files: ReadonlyMap<string, Uint8Array>, content: ReadonlyMap<string, Uint8Array>, actor: Account): void {
    const what = '审核请求文件'
    const trusted = this.deps.trusted()
    const trustMap = new Map(trusted.map((k) => [k.keyid, k]))
    const draft = readDraftEnvelope(files)
    if (!draft.predicate || draft.problems.length > 0) refused(what, '起草签名无法读取', 'the draft envelope cannot be read')
    if (draft.predicate.noticeId !== request.noticeId || draft.predicate.version !== request.revision || draft.predicate.signer.keyid !== request.drafter.keyid) {
      refused(what, '请求说明与起草签名不一致', 'request.json does not match the draft envelope')
    }
    const signature = checkSignature(draft, trustMap, verifyEd25519)
    if (!signature.ok) {
      refused(what, `${signature.reason['zh-CN']}。请先导入起草单位的信任列表，并当面核对指纹`, `${signature.reason.en}. Import the drafting office's trust list first and compare fingerprints in person`)
    }
    if (!signature.key.roles.includes('drafter')) refused(what, `${signature.key.name} 在信任列表中不是起草人`, `${signature.key.name} is not a drafter in the trust list`)
    if (signature.key.personId === actor.id) refused(what, '不能审批自己起草的公告', 'you cannot review a notice you drafted')
    const digestOf = digestCache(content, nodeDigests)
    for (const check of [checkDigests(draft.subjects, digestOf), checkComplete(draft.subjects, content)]) {
      if (!check.ok) refused(what, check.reason['zh-CN'], check.reason.en)
    }
    // the text the reviewer reads must be exactly the signed text
    const published = request.review.published
    if (utf8Decode(content.get(bundlePaths.txt) ?? new Uint8Array()) !== renderTxt(published) || utf8Decode(content.get(bundlePaths.html) ?? new Uint8Array()) !== renderHtml(published)) {
      refused(what, '请求中的审核文本与签名的发布内容不一致', 'the review text differs from the signed published files')
    }
  }

  /** The decision file is signed by a trusted reviewer who is not the drafter. Returns the reviewer's key. */
  private checkDecisionSignature(files: ReadonlyMap<string, Uint8Array>, payload: Uint8Array, decision: ReviewDecision, trusted: readonly TrustKey[], drafterId: string): TrustKey {
    const what = '审核结果文件'
    const envelopeFile = files.get(decisionEnvelopePath)
    if (!envelopeFile) refused(what, '缺少审核人签名', 'the decision is not signed')
    const parsed = parseEnvelope(envelopeFile)
    if (!parsed.ok || parsed.value.envelope.payloadType !== DECISION_PAYLOAD_TYPE) refused(what, '审核人签名格式不对', 'the decision signature is malformed')
    if (!bytesEqual(parsed.value.payload, payload)) refused(what, '签名内容与 decision.json 不一致', 'the signature does not cover decision.json')
    const key = trusted.find((k) => k.keyid === decision.reviewer.keyid)
    if (!key) refused(what, `审核人 ${decision.reviewer.name} 的密钥不在信任列表中，请先导入审核人机器导出的信任列表并当面核对指纹`, "the reviewer's key is not trusted; import the trust list of the reviewer's machine first")
    const sig = parsed.value.envelope.signatures.find((s) => s.keyid === key.keyid)
    let valid: boolean
    try {
      valid = sig !== undefined && verifyEd25519(base64Decode(key.publicKey), pae(DECISION_PAYLOAD_TYPE, payload), base64Decode(sig.sig))
    } catch {
      valid = false
    }
    if (!valid) refused(what, '审核人签名验证失败（文件被改动）', 'the reviewer signature does not verify (the file was altered)')
    if (key.personId !== decision.reviewer.id) refused(what, '签名密钥不属于文件中写明的审核人', 'the signing key belongs to someone other than the named reviewer')
    if (!key.roles.includes('reviewer')) refused(what, `${key.name} 在信任列表中不是审核人`, `${key.name} is not a reviewer in the trust list`)
    if (key.personId === drafterId) refused(what, '审核人与起草人是同一人', 'the reviewer is the drafter')
    // the verifier's rule, revocation reasons included: a compromised key signs nothing, whatever the date says
    if (!keyValidAt(key, decision.decidedAt)) {
      refused(what, '审核人的密钥在签名时已失效（吊销或过期）', "the reviewer's key was not valid when it signed (revoked or expired)")
    }
    return key
  }

  private rows(): RemoteRow[] {
    return this.deps.store.all<RemoteRow>('SELECT * FROM remote_reviews ORDER BY imported_at DESC')
  }

  private row(id: string): RemoteRow {
    const row = this.deps.store.get<RemoteRow>('SELECT * FROM remote_reviews WHERE id = ?', [id])
    if (!row) throw new ServiceError('not_found', '没有这个审核请求 (no such review request)')
    return row
  }

  private toRemote(row: RemoteRow): RemoteReview {
    return {
      id: row.id,
      noticeId: row.notice_id,
      revision: row.revision,
      title: row.title,
      office: row.office,
      drafter: row.drafter_name,
      state: row.state,
      importedAt: row.imported_at,
      decidedAt: row.decided_at,
    }
  }
}

function decode(data: string): Uint8Array {
  try {
    return base64Decode(data)
  } catch {
    throw new ServiceError('invalid_request', '文件数据在传递中损坏，无法读取（base64 编码无效） (the file data is not valid base64)')
  }
}

function readArchive(bytes: Uint8Array, what: string): Map<string, Uint8Array> {
  try {
    return readZip(bytes, fileLimits)
  } catch (error) {
    if (error instanceof ZipError) refused(what, `文件已损坏，或不是会签导出的文件（不是有效的压缩包：${error.code}）`, `not a valid zip (${error.code})`)
    throw error
  }
}

function parseJson<S extends z.ZodType>(bytes: Uint8Array | undefined, schema: S, what: string, name: string): z.output<S> {
  if (!bytes) refused(what, `缺少 ${name}（这不是会签的${what}）`, `${name} is missing (not a Countersign file of this kind)`)
  let value: unknown
  try {
    value = JSON.parse(utf8Decode(bytes))
  } catch {
    refused(what, `${name} 的内容已损坏或格式不对（不是有效的 JSON）`, `${name} is not valid JSON`)
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) refused(what, `${name} 格式不对（${parsed.error.issues[0]?.path.join('.') ?? ''}）`, `${name} is malformed`)
  return parsed.data
}
