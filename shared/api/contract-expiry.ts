import { z } from 'zod'
import { noticeIdSchema } from '../notice/notice'

/** One exported bundle whose 公示期 has ended or ends within three days and that is not yet recorded as taken down. */
export const expiringBundleSchema = z.object({
  noticeId: noticeIdSchema,
  /** the title as published (redacted): never an unmasked value */
  title: z.string(),
  /** 公示期 end, YYYY-MM-DD */
  publishUntil: z.iso.date(),
  /** whole days from today to the end: 0 on the last day, negative when overdue */
  daysLeft: z.number().int(),
  exportedAt: z.string(),
  exportedBy: z.string().nullable(),
  bundleSha256: z.string(),
})
export type ExpiringBundle = z.infer<typeof expiringBundleSchema>

export const expiringListSchema = z.object({ today: z.iso.date(), items: z.array(expiringBundleSchema) })
export type ExpiringList = z.infer<typeof expiringListSchema>

/** 到期撤稿 — take-down reminders (issue 15); spread into `contract` (contract.ts). */
export const expiryContract = {
  /** Exported bundles whose 公示期 has ended or ends within 3 days, not yet taken down; the most overdue first. */
  'notice.expiring': { request: z.strictObject({}), response: expiringListSchema },
  /** 已撤下 — the drafter (or an administrator) records that the notice is off the website; audited. Answers the new list. */
  'notice.takeDown': {
    request: z.strictObject({ id: noticeIdSchema }),
    response: expiringListSchema.extend({ noticeId: noticeIdSchema, takenDownAt: z.string() }),
  },
} as const
