import { z } from 'zod'

/**
 * Where a notice is in its journey. 草稿 draft → 待审核 submitted → 已批准 approved / 已退回 rejected → 已导出 exported.
 * The legal transitions live in shared/workflow (with the approval issue); storage only records the state.
 */
export const noticeStates = ['draft', 'submitted', 'approved', 'rejected', 'exported'] as const
export const noticeStateSchema = z.enum(noticeStates)
export type NoticeState = z.infer<typeof noticeStateSchema>

/** 公告类型 — the kind of notice; it selects the default redaction policy. */
export const noticeTypes = ['general', 'dibao', 'subsidy', 'recruitment', 'penalty', 'workOrder', 'health'] as const
export const noticeTypeSchema = z.enum(noticeTypes)
export type NoticeType = z.infer<typeof noticeTypeSchema>

/**
 * Limits that keep one request from exhausting memory. A 50-page notice is well under 1 MB of text; the body
 * allows a 100,000-row 低保 or subsidy list imported from a spreadsheet (about 6.5 million characters).
 */
export const limits = {
  title: 500,
  docNumber: 200,
  issuer: 200,
  body: 8_000_000,
  query: 200,
} as const

/** A calendar day as YYYY-MM-DD, or '' when not set. */
export const dayOrEmptySchema = z.union([z.literal(''), z.iso.date()])

/**
 * The fields an officer edits. 文号 docNumber — the document number, e.g. 某政发〔2026〕12号. 发布单位 issuer
 * doubles as the 落款单位 of the signature block; 落款日期 signatureDate is the date under it. 公示期
 * publicityStart–publicityEnd is the period a 公示 stays published (its end becomes the bundle's publishUntil).
 * The body holds paragraphs and tables; a table is a block of tab-separated lines whose first line is the header.
 */
export const noticeFieldsSchema = z.object({
  title: z.string().max(limits.title),
  docNumber: z.string().max(limits.docNumber),
  issuer: z.string().max(limits.issuer),
  noticeType: noticeTypeSchema,
  body: z.string().max(limits.body),
  signatureDate: dayOrEmptySchema,
  publicityStart: dayOrEmptySchema,
  publicityEnd: dayOrEmptySchema,
})
export type NoticeFields = z.infer<typeof noticeFieldsSchema>

export const noticeIdSchema = z.string().regex(/^[0-9a-f-]{36}$/, 'not a notice id')

/** A notice as stored: its current fields plus bookkeeping. `revision` counts saved versions. */
export const noticeSchema = noticeFieldsSchema.extend({
  id: noticeIdSchema,
  state: noticeStateSchema,
  revision: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
})
export type Notice = z.infer<typeof noticeSchema>

/** One row of the notice list: no body, a short excerpt instead. */
export const noticeSummarySchema = noticeSchema.omit({ body: true }).extend({ excerpt: z.string() })
export type NoticeSummary = z.infer<typeof noticeSummarySchema>

/** A saved version of a notice; every save keeps one. */
export const noticeVersionSchema = noticeFieldsSchema.extend({
  noticeId: noticeIdSchema,
  revision: z.number().int().positive(),
  savedAt: z.string(),
})
export type NoticeVersion = z.infer<typeof noticeVersionSchema>

export const noticeVersionSummarySchema = noticeVersionSchema.omit({ body: true }).extend({ length: z.number().int() })
export type NoticeVersionSummary = z.infer<typeof noticeVersionSummarySchema>

export const emptyFields: NoticeFields = { title: '', docNumber: '', issuer: '', noticeType: 'general', body: '', signatureDate: '', publicityStart: '', publicityEnd: '' }

/** A short plain excerpt of a body for list rows. */
export function excerptOf(body: string, max = 80): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

/** The editable fields of a notice, nothing else (what a save compares and sends). */
export function fieldsOf(notice: NoticeFields): NoticeFields {
  return {
    title: notice.title,
    docNumber: notice.docNumber,
    issuer: notice.issuer,
    noticeType: notice.noticeType,
    body: notice.body,
    signatureDate: notice.signatureDate,
    publicityStart: notice.publicityStart,
    publicityEnd: notice.publicityEnd,
  }
}
