import { z } from 'zod'
import { noticeIdSchema } from '../notice/notice'
import type { EntityType } from '../pii/types'
import type { SaltedField } from './field-salt'

/**
 * 人工标记 — personal information the engine missed (李军反映的情况已核实) that the drafter selects and marks
 * by hand. Stored by the services like a decision, anchored by the value and a little of the text around it,
 * so the mark follows the value through edits elsewhere and lapses when the value itself is gone.
 */

/** The short list an officer picks from: 姓名, 身份证号, 电话, 住址, 健康信息, 其他. */
export const manualKinds = ['PERSON_NAME', 'ID_CARD', 'PHONE', 'ADDRESS', 'HEALTH', 'OTHER'] as const
export const manualKindSchema = z.enum(manualKinds)
export type ManualKind = z.infer<typeof manualKindSchema>

/** 遮盖 (the kind's mask; 其他 hides every character) or 删除 (【已删除】). */
export const manualActionSchema = z.enum(['mask', 'remove'])
export type ManualAction = z.infer<typeof manualActionSchema>

export const manualFields = ['title', 'docNumber', 'issuer', 'body'] as const satisfies readonly SaltedField[]
export const manualFieldSchema = z.enum(manualFields)
export type ManualField = z.infer<typeof manualFieldSchema>

export const manualLimits = { value: 200, context: 12 } as const

/** Where the mark was made: the value, its offsets then, and up to 12 characters on either side. */
export const manualAnchorSchema = z.object({
  field: manualFieldSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1).max(manualLimits.value),
  before: z.string().max(manualLimits.context),
  after: z.string().max(manualLimits.context),
})
export type ManualAnchor = z.infer<typeof manualAnchorSchema>

export const manualIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'not a manual finding id')

/** A stored 人工标记. It holds the value (to find it again): it stays on this machine, never in a bundle or report. */
export const manualFindingSchema = z.object({
  noticeId: noticeIdSchema,
  id: manualIdSchema,
  kind: manualKindSchema,
  action: manualActionSchema,
  anchor: manualAnchorSchema,
  decidedAt: z.string(),
})
export type ManualFinding = z.infer<typeof manualFindingSchema>

/** The anchor of the span [start, end) of a field's text. */
export function anchorOf(field: ManualField, text: string, start: number, end: number): ManualAnchor {
  const c = manualLimits.context
  return { field, start, end, text: text.slice(start, end), before: text.slice(Math.max(0, start - c), start), after: text.slice(end, end + c) }
}

function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Where the marked value is in `text` now: among its occurrences, the one whose surroundings match the
 * anchor's context best, the nearest to where it was on a tie; undefined once the value is gone.
 */
export function locateAnchor(anchor: ManualAnchor, text: string): { start: number; end: number } | undefined {
  let best: { start: number; score: number; distance: number } | undefined
  const c = manualLimits.context
  for (let at = text.indexOf(anchor.text); at >= 0; at = text.indexOf(anchor.text, at + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, at - c), at), anchor.before) + commonPrefix(text.slice(at + anchor.text.length, at + anchor.text.length + c), anchor.after)
    const distance = Math.abs(at - anchor.start)
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance }
  }
  return best ? { start: best.start, end: best.start + anchor.text.length } : undefined
}

/** The entity type a kind is masked as: 电话 is a mobile or a landline by its digits; 其他 has none. */
export function manualEntityType(kind: ManualKind, value: string): EntityType | 'OTHER' {
  if (kind === 'PHONE') return /^(?:\+?86|0086)?1[3-9]\d{9}$/.test(value.normalize('NFKC').replace(/[\s-]/g, '')) ? 'MOBILE' : 'LANDLINE'
  return kind
}
