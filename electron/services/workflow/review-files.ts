import { z } from 'zod'
import { reviewViewSchema } from '../../../shared/api/contract-workflow'
import type { ErrorDetail, ErrorMessageCode, ErrorParams } from '../../../shared/api/error-text'
import { serviceError } from '../../../shared/api/result'
import { base64Decode } from '../../../shared/crypto/base64'
import { utf8Decode } from '../../../shared/crypto/bytes'
import { readZip, ZipError } from '../bundle/index'

/**
 * The files 异地审核 carries between machines: a review request (the signed, redacted files, the draft
 * envelope and request.json) and a signed decision (decision.json and its envelope), with their schemas and
 * the checks every file read from outside passes before anything in it is trusted.
 */

export const REQUEST_FORMAT = 'countersign-review-request/v1'
export const DECISION_FORMAT = 'countersign-review-decision/v1'
/** The DSSE payload type of a signed decision file. */
export const DECISION_PAYLOAD_TYPE = 'application/vnd.countersign.review-decision+json'

export const requestPath = 'request.json'
export const decisionPath = 'decision.json'
export const decisionEnvelopePath = 'attest/decision.dsse.json'
const fileLimits = { maxTotalBytes: 200 * 1024 * 1024, maxEntries: 50 }

const personSchema = z.object({ id: z.string().min(1).max(200), name: z.string().max(200), keyid: z.string().regex(/^[0-9a-f]{64}$/) })

export const requestSchema = z.strictObject({
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
export type ReviewRequest = z.infer<typeof requestSchema>

export const decisionSchema = z.strictObject({
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
export type ReviewDecision = z.infer<typeof decisionSchema>

export const importedMeanwhile: ErrorDetail = { code: 'remote.changedMeanwhile', params: {} }

/** Which file of 异地审核 a refusal is about: the review request, or the decision that answers it. */
export type ReviewFileKind = 'request' | 'decision'

/** A file from another machine that cannot be used, and why (a `reviewFile.*` code of the catalogue). */
export function refused(file: ReviewFileKind, why: ErrorMessageCode, params: ErrorParams = {}): never {
  throw serviceError('invalid_request', why, { ...params, file })
}

export function decode(data: string): Uint8Array {
  try {
    return base64Decode(data)
  } catch {
    throw serviceError('invalid_request', 'file.badBase64')
  }
}

export function readArchive(bytes: Uint8Array, what: ReviewFileKind): Map<string, Uint8Array> {
  try {
    return readZip(bytes, fileLimits)
  } catch (error) {
    if (error instanceof ZipError) refused(what, 'reviewFile.badZip', { zip: error.code })
    throw error
  }
}

export function parseJson<S extends z.ZodType>(bytes: Uint8Array | undefined, schema: S, what: ReviewFileKind, name: string): z.output<S> {
  if (!bytes) refused(what, 'reviewFile.missingPart', { name })
  let value: unknown
  try {
    value = JSON.parse(utf8Decode(bytes))
  } catch {
    refused(what, 'reviewFile.notJson', { name })
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) refused(what, 'reviewFile.malformed', { name, path: parsed.error.issues[0]?.path.join('.') ?? '' })
  return parsed.data
}
