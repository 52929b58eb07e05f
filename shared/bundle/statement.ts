import { z } from 'zod'
import { canonicalBytes } from './jcs'
import { compareNames, isSubjectArea, isSubjectPath, MAX_PATH_LENGTH } from './layout'

/**
 * The in-toto Statement v1 each envelope carries (contracts.md §2): the subjects are the bundle's signed files
 * with SHA-256 and SM3 digests, the predicate says who signed what, in which role, and when.
 * Objects are not strict: a later version may add fields and an older verifier must still check what it knows.
 */

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const PREDICATE_TYPE = 'https://countersign.local/notice-release/v1'

/** Digest functions returning lower-case hex; injected so shared/ stays free of Node. */
export type Digests = { sha256: (bytes: Uint8Array) => string; sm3: (bytes: Uint8Array) => string }

export const hex64Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits')
/** ISO 8601 with a time zone, e.g. 2026-05-01T08:00:00.000Z; a local time without zone is ambiguous. */
export const timestampSchema = z.iso.datetime({ offset: true })

export const subjectSchema = z.object({
  name: z.string().max(MAX_PATH_LENGTH).refine(isSubjectArea, 'a subject is a file under content/ or report/'),
  digest: z.object({ sha256: hex64Schema, sm3: hex64Schema }),
})
/** One signed file: its bundle path and its digests (hex). */
export type Subject = z.infer<typeof subjectSchema>

export const subjectListSchema = z
  .array(subjectSchema)
  .min(1)
  .max(1000)
  .refine((list) => new Set(list.map((s) => s.name)).size === list.length, 'subject names must be unique')

export const signerSchema = z.object({
  /** the person's id; must equal the trust-list key's personId */
  id: z.string().min(1).max(200),
  name: z.string().max(200),
  keyid: hex64Schema,
})
/** Who signed: person id and display name, and the keyid of the key that signed. */
export type Signer = z.infer<typeof signerSchema>

export const draftPredicateSchema = z.object({
  role: z.literal('drafter'),
  noticeId: z.string().min(1).max(200),
  /** the notice revision that was rendered and signed */
  version: z.number().int().positive(),
  title: z.string().max(500),
  noticeType: z.string().min(1).max(100),
  policy: z.string().min(1).max(100),
  signer: signerSchema,
  signedAt: timestampSchema,
  piiCheck: z.object({
    engineVersion: z.string().min(1).max(100),
    rulesetHash: hex64Schema,
    /** findings without a decision at signing time; only a notice with none may be signed */
    unresolved: z.literal(0),
  }),
  /** 公示期 end — the last day (or moment) the notice stays published */
  publishUntil: z.union([z.iso.date(), timestampSchema]).optional(),
})
/** The drafter's 拟稿 statement predicate, signed at submit time. */
export type DraftPredicate = z.infer<typeof draftPredicateSchema>

export const approvalPredicateSchema = z.object({
  role: z.literal('reviewer'),
  decision: z.literal('approved'),
  signer: signerSchema,
  signedAt: timestampSchema,
  /** hex SHA-256 of the draft envelope file bytes: binds this approval to exactly that draft */
  draftEnvelopeSha256: hex64Schema,
  comment: z.string().max(10_000),
})
/** The reviewer's 审核 statement predicate, signed at approval time. */
export type ApprovalPredicate = z.infer<typeof approvalPredicateSchema>

export const statementSchema = z.object({
  _type: z.string(),
  subject: subjectListSchema,
  predicateType: z.string(),
  predicate: z.unknown(),
})

/** An in-toto Statement v1 with a Countersign predicate. */
export type Statement<P = DraftPredicate | ApprovalPredicate> = {
  _type: typeof STATEMENT_TYPE
  subject: Subject[]
  predicateType: typeof PREDICATE_TYPE
  predicate: P
}

/** Subjects for the bundle files, sorted by name. Every name must be one of the layout's signed files. */
export function subjectsOf(files: ReadonlyMap<string, Uint8Array>, digest: Digests): Subject[] {
  const subjects: Subject[] = []
  for (const [name, bytes] of files) {
    if (!isSubjectPath(name)) throw new Error(`${name} is not a signed file of the bundle layout`)
    subjects.push({ name, digest: { sha256: digest.sha256(bytes), sm3: digest.sm3(bytes) } })
  }
  return subjects.sort((a, b) => compareNames(a.name, b.name))
}

/** A validated statement; throws (zod) when the predicate is not a well-formed draft or approval predicate. */
export function makeStatement<P extends DraftPredicate | ApprovalPredicate>(subjects: readonly Subject[], predicate: P): Statement<P> {
  const schema = predicate.role === 'drafter' ? draftPredicateSchema : approvalPredicateSchema
  // JCS refuses undefined; an optional field left undefined simply means "absent".
  const clean = Object.fromEntries(Object.entries(schema.parse(predicate)).filter(([, v]) => v !== undefined)) as P
  const list = subjectListSchema.parse([...subjects].sort((a, b) => compareNames(a.name, b.name)))
  return { _type: STATEMENT_TYPE, subject: list, predicateType: PREDICATE_TYPE, predicate: clean }
}

/** The payload bytes of a statement: RFC 8785 canonical JSON in UTF-8. */
export function statementBytes(statement: Statement): Uint8Array {
  return canonicalBytes(statement)
}
