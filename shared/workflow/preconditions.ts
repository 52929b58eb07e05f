import { isMarker, type ReviewSummary } from '../findings/resolution'
import type { EntityType } from '../pii/types'
import type { LocalizedText } from '../policy/types'
import { hiddenMarkerCount } from './submission'
import { refusal, type Refusal } from './state-machine'

/** The published text fields a precondition looks at: 标题, 文号, 发布单位, 正文. */
export type PreconditionFields = { title: string; docNumber: string; issuer: string; body: string }

export type PreconditionInput = {
  fields: PreconditionFields
  /** every finding of the four fields (type is all that is read) */
  findings: readonly { finding: { type: EntityType } }[]
  summary: Pick<ReviewSummary, 'unresolved' | 'blocking'>
}

/** What submitting needs, in the order they are checked (each a RefusalCode). */
export const preconditionCodes = ['empty_title', 'empty_body', 'confidential_marker', 'hidden_content_marked', 'blocking_findings', 'unresolved_findings'] as const
export type PreconditionCode = (typeof preconditionCodes)[number]

/** One unmet precondition, with how many places it concerns (0 when it is not countable). */
export type Precondition = Refusal & { code: PreconditionCode; count: number; detail: LocalizedText | undefined }

/**
 * 提交前检查 — everything that stops a notice from being submitted (and approved), in the order an officer
 * fixes them: a title, a body, no marker (讨论稿…, removed from the text), no import mark (【隐藏行】…), no
 * finding that blocks, none that waits for a decision. The editor runs this before it asks for a password
 * and shows the first reason beside the disabled 提交审核; the services run the same function on their own
 * scan at submit and again at approve, whatever a client sent.
 */
export function submitPreconditions({ fields, findings, summary }: PreconditionInput): Precondition[] {
  const out: Precondition[] = []
  const add = (code: PreconditionCode, count: number, detail?: LocalizedText): void => {
    out.push({ ...refusal(code), code, count, detail })
  }
  if (fields.title.trim() === '') add('empty_title', 0)
  if (fields.body.trim() === '') add('empty_body', 0)
  const markers = findings.filter((item) => isMarker(item.finding.type)).length
  if (markers > 0) add('confidential_marker', markers, places(markers))
  const hidden = hiddenMarkerCount([fields.title, fields.docNumber, fields.issuer, fields.body])
  if (hidden > 0) add('hidden_content_marked', hidden, { 'zh-CN': `还有 ${hidden} 处标记`, en: `${hidden} marker${hidden === 1 ? '' : 's'} left` })
  // a marker is counted as blocking too: name it once, as a marker
  const blocking = summary.blocking - markers
  if (blocking > 0) add('blocking_findings', blocking, findingsText(blocking))
  if (summary.unresolved > 0) add('unresolved_findings', summary.unresolved, findingsText(summary.unresolved))
  return out
}

function places(n: number): LocalizedText {
  return { 'zh-CN': `${n} 处`, en: `${n} place${n === 1 ? '' : 's'}` }
}

function findingsText(n: number): LocalizedText {
  return { 'zh-CN': `${n} 项`, en: `${n} finding${n === 1 ? '' : 's'}` }
}
