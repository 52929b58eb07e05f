import { z } from 'zod'
import { accountsContract } from './contract-accounts'
import { fileDataSchema, password, savedFileSchema, workflowLimits } from './contract-limits'
import { entityTypeSchema } from '../findings/decision'
import { verifyCodes } from '../bundle/verify-catalogue'
import { noticeIdSchema, noticeSchema, noticeStateSchema, noticeTypeSchema } from '../notice/notice'

/**
 * The API of the two-person workflow (谁公开谁审查): signing in, accounts, submit/approve/reject/export,
 * the reviewer's view, trust lists, the audit log, bundle verification and review across machines.
 * Spread into `contract` (contract.ts). Passwords travel only in requests that need them to sign or to
 * prove who acts; no response ever carries a password, a private key or an original personal value
 * the reviewer does not need.
 */

export { fileDataSchema, savedFileSchema, workflowLimits, type SavedFile } from './contract-limits'

const byId = z.strictObject({ id: noticeIdSchema })

// signing in, accounts, trust lists and the audit log (split out of this file; same contract)
export * from './contract-accounts'
const localized = z.object({ 'zh-CN': z.string(), en: z.string() })

const personSchema = z.object({ id: z.string(), name: z.string() })

/** 审批状态 — where a notice stands, who drafted and reviewed it, and what the signed-in user may do now. */
export const workflowViewSchema = z.object({
  id: noticeIdSchema,
  state: noticeStateSchema,
  /** the policy the notice is checked and published under (shared/policy noticePolicy) */
  policy: z.string(),
  /** the policy stored with the notice at creation (e.g. `notice new --policy strict`); null: its type's default */
  storedPolicy: z.string().nullable(),
  drafter: personSchema.nullable(),
  submission: z
    .object({
      revision: z.number().int(),
      contentSha256: z.string(),
      submittedAt: z.string(),
      reviewer: personSchema.nullable(),
      reviewedAt: z.string().nullable(),
      comment: z.string().nullable(),
      rejectedReason: z.string().nullable(),
      /** reviewed on another machine (review request / decision files) */
      remote: z.boolean(),
      hasPdf: z.boolean(),
      exportedAt: z.string().nullable(),
      bundleSha256: z.string().nullable(),
    })
    .nullable(),
  rejections: z.array(z.object({ revision: z.number().int(), reason: z.string(), reviewer: z.string(), rejectedAt: z.string() })),
  /** what the signed-in user may do now (a hint for the buttons: the services check again) */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), reject: z.boolean(), export: z.boolean(), withdraw: z.boolean() }),
  /** why approving is not possible for this user, e.g. 不能审批自己起草的公告 */
  approveBlocked: localized.nullable(),
})
export type WorkflowView = z.infer<typeof workflowViewSchema>

/** One finding as the reviewer sees it: what it is, what the published text shows, and who decided. */
export const reviewFindingSchema = z.object({
  index: z.number().int(),
  field: z.enum(['title', 'docNumber', 'issuer', 'body']),
  /** the engine's type; for a 人工标记 its kind's ('OTHER' for 其他) */
  type: z.union([entityTypeSchema, z.literal('OTHER')]),
  /** 人工标记: the drafter marked it by hand (the engine missed it) */
  manual: z.boolean().optional(),
  rule: z.string(),
  confidence: z.number(),
  /** what ships: masked, removed, kept (published as written) */
  action: z.enum(['mask', 'remove', 'keep']),
  /** 'policy' when the notice type's policy resolved it, 'drafter' when a person decided */
  decidedBy: z.enum(['policy', 'drafter']),
  /** the drafter's written reason for keep / not personal */
  reason: z.string().nullable(),
  /** the finding as it appears in the published text (the mask, 【已删除】, or the kept value) */
  published: z.string(),
  /** offset of the finding in the published field text, for highlighting */
  publishedStart: z.number().int(),
  publishedEnd: z.number().int(),
  /** 整列删除: removed with its whole table column, so nothing of it is in the published text (published is '') */
  wholeColumn: z.boolean().optional(),
})
export type ReviewFinding = z.infer<typeof reviewFindingSchema>

export const diffLineSchema = z.object({ op: z.enum(['same', 'add', 'del']), text: z.string() })
export type DiffLine = z.infer<typeof diffLineSchema>

/** 审核视图 — exactly what will be published, every finding with its decision, and the changes since the last 退回. */
export const reviewViewSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  /** the redacted fields as published */
  published: z.object({
    title: z.string(),
    docNumber: z.string(),
    issuer: z.string(),
    body: z.string(),
    /** 落款日期 and 公示期 (YYYY-MM-DD), present only when set: they are published too */
    signatureDate: z.string().optional(),
    publicityStart: z.string().optional(),
    publicityEnd: z.string().optional(),
  }),
  findings: z.array(reviewFindingSchema),
  /** 整列删除: body table columns not published because every value in them was removed (header text, 0-based places) */
  droppedColumns: z.array(z.object({ table: z.number().int(), column: z.number().int(), header: z.string() })),
  counts: z.object({ masked: z.number().int(), removed: z.number().int(), kept: z.number().int() }),
  /** the signed files with their digests (what the signatures cover) */
  files: z.array(z.object({ name: z.string(), size: z.number().int(), sha256: z.string() })),
  contentSha256: z.string().nullable(),
  /** line diff of the published text against the version last sent back; null when never sent back */
  diff: z
    .object({ revision: z.number().int(), rejectedAt: z.string(), reason: z.string(), reviewer: z.string(), lines: z.array(diffLineSchema) })
    .nullable(),
})
export type ReviewView = z.infer<typeof reviewViewSchema>

/** One reason of the verifier: a catalogue code (shared/bundle/verify-catalogue.ts) and its parameters; the renderer words it. */
export const verifyReasonSchema = z.object({
  code: z.enum(verifyCodes),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()).readonly()])),
})
export const verifyCheckSchema = z.object({ id: z.string(), ok: z.boolean(), reasons: z.array(verifyReasonSchema) })
/** 验证结果 — every check with its reason; `notice` summarises the bundle when it could be read. */
export const verifyViewSchema = z.object({
  ok: z.boolean(),
  checks: z.array(verifyCheckSchema),
  /** facts to look at that do not fail verification (e.g. drafter and reviewer share a name); never a ✗ */
  warnings: z.array(z.object({ id: z.string(), reasons: z.array(verifyReasonSchema) })),
  /** files present that no signature covers and the verifier ignores: keys/signers.json, VERIFY.txt */
  unsigned: z.array(z.string()),
  trust: z.object({ source: z.enum(['file', 'office']), office: z.string(), keys: z.number().int() }),
  notice: z
    .object({
      title: z.string(),
      noticeId: z.string(),
      version: z.number().int(),
      drafter: z.string(),
      reviewer: z.string().nullable(),
      draftedAt: z.string(),
      approvedAt: z.string().nullable(),
      comment: z.string().nullable(),
      /** content/notice.txt, shown so the publisher sees what goes online (only when every check passed) */
      text: z.string().nullable(),
      files: z.array(z.object({ name: z.string(), size: z.number().int() })),
    })
    .nullable(),
  bundleSha256: z.string(),
})
export type VerifyView = z.infer<typeof verifyViewSchema>

export const remoteReviewSchema = z.object({
  id: z.string(),
  noticeId: z.string(),
  revision: z.number().int(),
  title: z.string(),
  office: z.string(),
  drafter: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
  importedAt: z.string(),
  decidedAt: z.string().nullable(),
})
export type RemoteReview = z.infer<typeof remoteReviewSchema>

const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() })

/** 导入报告 — what an imported file held besides what went into the notice, shown once after the import. */
export const importReportSchema = z.object({
  format: z.enum(['xlsx', 'docx', 'csv', 'html']),
  /** paragraphs and tables brought into the notice, and the table rows among them */
  paragraphs: z.number().int(),
  tables: z.number().int(),
  rows: z.number().int(),
  /** every hidden or side-channel item: shown in the notice (visibly marked) or dropped — never silently */
  hidden: z.array(
    z.object({
      kind: z.string(),
      label: localizedText,
      /** where it was, described for people (e.g. 低保名单!C3, 第 12 段) */
      where: z.string(),
      disposition: z.enum(['shown', 'dropped']),
      /** personal-information findings in it (the dropped ones never reach the notice) */
      findings: z.number().int(),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: localizedText, where: z.string().nullable() })),
  /** findings in dropped content, by entity type: what did not come along */
  droppedFindings: z.array(z.object({ type: entityTypeSchema, count: z.number().int() })),
})
export type ImportReport = z.infer<typeof importReportSchema>

export const workflowContract = {
  ...accountsContract,
  /**
   * 导入 — a .docx, .xlsx, .csv or .html file becomes a new draft (title, 文号, paragraphs, tables, 落款, dates
   * when recognisable); hidden rows, columns and sheets come in visibly marked, the rest is reported and dropped.
   * Progress arrives as `import.progress` events. Bad input is refused with the file's name and the problem.
   */
  'notice.import': {
    /** `policy`: a policy other than the notice type's default, stored with the notice (`notice new --import F --policy strict`) */
    request: z.strictObject({ fileName: z.string().min(1).max(255), data: fileDataSchema, noticeType: noticeTypeSchema.optional(), policy: z.string().min(1).max(64).optional() }),
    response: z.object({ notice: noticeSchema, report: importReportSchema }),
  },
  /** 审批状态 of one notice. */
  'notice.workflow': { request: byId, response: workflowViewSchema },
  /** 审核视图: what will be published, the findings with decisions, the diff since the last 退回. */
  'notice.review': { request: byId, response: reviewViewSchema },
  /**
   * The drafter opened 提交审核's password dialog: the PDF printer may start its browser while the password is
   * typed, so the submit waits only for the print (issue 14). Nothing of the notice reaches the printer here.
   */
  'notice.prepareSubmit': { request: byId, response: z.object({ id: noticeIdSchema, warmed: z.boolean() }) },
  /** 提交审核 — the drafter signs with their password. */
  'notice.submit': { request: z.strictObject({ id: noticeIdSchema, password }), response: workflowViewSchema },
  /** 批准 — a reviewer other than the drafter signs with their password. */
  'notice.approve': { request: z.strictObject({ id: noticeIdSchema, password, comment: z.string().max(workflowLimits.comment).optional() }), response: workflowViewSchema },
  /** 退回 — with a reason; the reviewer confirms with their password. */
  'notice.reject': { request: z.strictObject({ id: noticeIdSchema, password, reason: z.string().min(1).max(workflowLimits.reason) }), response: workflowViewSchema },
  /** 撤回 — the drafter takes a submitted notice back before a decision (back to 草稿, audited). */
  'notice.withdraw': { request: byId, response: workflowViewSchema },
  /** 导出 — the signed bundle (zip) of an approved notice. */
  'notice.export': { request: byId, response: savedFileSchema },

  /** 验证签名包 — a bundle against a trust list file, or, without one, against this office's keys and imported lists. */
  'bundle.verify': {
    request: z.strictObject({ bundle: fileDataSchema, trustJson: z.string().max(workflowLimits.trustJson).optional() }),
    response: verifyViewSchema,
  },

  /** Drafter's machine: the review-request file of a submitted notice, for a leader on another machine. */
  'review.exportRequest': { request: byId, response: savedFileSchema },
  /** Reviewer's machine: import a review-request file (checked against the trust lists). */
  'review.importRequest': { request: z.strictObject({ data: fileDataSchema }), response: remoteReviewSchema },
  /** Reviewer's machine: the imported requests. */
  'review.remoteList': { request: z.strictObject({}), response: z.array(remoteReviewSchema) },
  /** Reviewer's machine: the review view of an imported request. */
  'review.remoteGet': { request: byId, response: reviewViewSchema },
  /** Reviewer's machine: approve or send back, signed; returns the decision file to carry back. */
  'review.remoteDecide': {
    request: z.strictObject({
      id: z.string().uuid(),
      password,
      decision: z.enum(['approve', 'reject']),
      comment: z.string().max(workflowLimits.comment).optional(),
      reason: z.string().max(workflowLimits.reason).optional(),
    }),
    response: savedFileSchema,
  },
  /** Drafter's machine: import the reviewer's decision file for a submitted notice. */
  'review.importDecision': { request: z.strictObject({ data: fileDataSchema }), response: workflowViewSchema },
} as const
