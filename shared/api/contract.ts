import { z } from 'zod'
import type { EventChannel, RequestChannel } from './channels'
import {
  limits,
  noticeFieldsSchema,
  noticeIdSchema,
  noticeSchema,
  noticeStateSchema,
  noticeSummarySchema,
  noticeVersionSchema,
  noticeVersionSummarySchema,
} from '../notice/notice'
import { workflowContract } from './contract-workflow'
import { expiryContract } from './contract-expiry'
import { sweepContract } from './contract-sweep'
import { decisionActionSchema, decisionLimits, entityTypeSchema, findingDecisionSchema, findingKeySchema } from '../findings/decision'
import { manualActionSchema, manualFieldSchema, manualFindingSchema, manualIdSchema, manualKindSchema, manualLimits } from '../findings/manual'

export const localeSchema = z.enum(['zh-CN', 'en'])
export type Locale = z.infer<typeof localeSchema>

/** `sm2CoSign`: add an SM2/SM3 (国密) co-signature to every envelope signed on this machine. */
export const settingsSchema = z.object({ locale: localeSchema, sm2CoSign: z.boolean() })
export type Settings = z.infer<typeof settingsSchema>

const byId = z.strictObject({ id: noticeIdSchema })

/**
 * The one API contract: every call the renderer (or any other front door) can make, as request and response schemas.
 * Main and the browser host parse every request with these before a service sees it.
 */
export const contract = {
  /** Version, data folder and what start-up recovery had to do. */
  'app.info': {
    request: z.strictObject({}),
    response: z.object({
      version: z.string(),
      dataDir: z.string(),
      shell: z.enum(['electron', 'browser']),
      recovery: z.array(z.string()),
    }),
  },
  /** Create a draft; missing fields start empty. */
  'notice.create': {
    /** `policy`: a policy other than the notice type's default, stored with the notice (`notice new --policy strict`) */
    request: noticeFieldsSchema.partial().extend({ policy: z.string().min(1).max(64).optional() }).strict(),
    response: noticeSchema,
  },
  /** List notices, newest first; `query` searches title, 文号, issuer and body; `view` picks the recycle bin. */
  'notice.list': {
    request: z.strictObject({
      query: z.string().max(limits.query).optional(),
      view: z.enum(['active', 'trash']).optional(),
      state: noticeStateSchema.optional(),
    }),
    response: z.array(noticeSummarySchema),
  },
  /** One notice with its body. */
  'notice.get': { request: byId, response: noticeSchema },
  /** Save edited fields; `baseRevision` must be the revision the editor started from, or the save is a conflict. */
  'notice.update': {
    request: z.strictObject({ id: noticeIdSchema, baseRevision: z.number().int().nonnegative(), fields: noticeFieldsSchema.partial().strict() }),
    response: noticeSchema,
  },
  /** Move to the recycle bin (回收站). */
  'notice.delete': { request: byId, response: noticeSchema },
  /** Bring back from the recycle bin. */
  'notice.restore': { request: byId, response: noticeSchema },
  /** Delete for good; only from the recycle bin. */
  'notice.purge': { request: byId, response: z.object({ id: noticeIdSchema }) },
  /** The saved versions of a notice, newest first. */
  'notice.versions': { request: byId, response: z.array(noticeVersionSummarySchema) },
  /** One saved version in full. */
  'notice.version': {
    request: z.strictObject({ id: noticeIdSchema, revision: z.number().int().positive() }),
    response: noticeVersionSchema,
  },
  /** The officer's decisions on a notice's findings (keys and types only, never the values). */
  'notice.decisions': { request: byId, response: z.array(findingDecisionSchema) },
  /**
   * Records (or replaces) the decision on one finding. `keep` and `notPersonal` need a written reason;
   * refused unless the notice is a draft or was sent back (已退回).
   */
  'notice.decide': {
    request: z.strictObject({
      id: noticeIdSchema,
      key: findingKeySchema,
      type: entityTypeSchema,
      action: decisionActionSchema,
      reason: z.string().max(decisionLimits.reason).optional(),
    }),
    response: findingDecisionSchema,
  },
  /** Withdraws a decision, so the policy's proposal applies again; same states as `notice.decide`. */
  'notice.undecide': {
    request: z.strictObject({ id: noticeIdSchema, key: findingKeySchema }),
    response: z.object({ id: noticeIdSchema, key: findingKeySchema }),
  },
  /** 人工标记 — the values the drafter marked by hand (with the value: this machine's editor finds them again). */
  'notice.manualFindings': { request: byId, response: z.array(manualFindingSchema) },
  /**
   * Marks a span of a saved field as personal information the engine missed: masked or removed like a
   * finding. The span's text must be what is stored there; same states and drafter as `notice.decide`.
   */
  'notice.markManual': {
    request: z.strictObject({
      id: noticeIdSchema,
      field: manualFieldSchema,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      text: z.string().min(1).max(manualLimits.value),
      kind: manualKindSchema,
      action: manualActionSchema,
    }),
    response: manualFindingSchema,
  },
  /** Takes a 人工标记 back. */
  'notice.unmarkManual': { request: z.strictObject({ id: noticeIdSchema, manualId: manualIdSchema }), response: z.object({ id: noticeIdSchema, manualId: manualIdSchema }) },
  'settings.get': { request: z.strictObject({}), response: settingsSchema },
  'settings.update': { request: settingsSchema.partial().strict(), response: settingsSchema },
  ...workflowContract,
  ...expiryContract,
  ...sweepContract,
} as const satisfies Record<RequestChannel, { request: z.ZodType; response: z.ZodType }>

/** Events pushed to the renderer. */
export const events = {
  /** A notice was created, saved, deleted or restored. */
  'notice.changed': z.object({ id: noticeIdSchema }),
  /** Someone signed in or out (or the accounts changed): screens reload what the user may see. */
  'session.changed': z.object({}),
  /** How far an import (notice.import) has got, 0…1; `stage` says what it is doing. */
  'import.progress': z.object({ fraction: z.number().min(0).max(1), stage: z.enum(['reading', 'parsing', 'scanning', 'saving']) }),
} as const satisfies Record<EventChannel, z.ZodType>

export type Contract = typeof contract
export type Request<C extends RequestChannel> = z.input<Contract[C]['request']>
export type ParsedRequest<C extends RequestChannel> = z.output<Contract[C]['request']>
export type Response<C extends RequestChannel> = z.output<Contract[C]['response']>
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>

/** The service side of the contract: one function per channel. */
export type Handlers = { [C in RequestChannel]: (request: ParsedRequest<C>) => Response<C> | Promise<Response<C>> }
