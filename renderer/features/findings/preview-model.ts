import { redactText, type RedactionItem } from '../../../shared/redact/index'
import type { Reviewed } from './review-types'
import { markStateOf, type MarkState } from './tone'

/** A run of the published text; marked runs replaced (or kept) a finding. */
export type PreviewPart = { text: string; mark?: { key: string; state: MarkState } }
export type PreviewModel = { text: string; parts: PreviewPart[] }

/**
 * Each finding's effective action as a redaction item: the officer's decision, else the policy's proposal;
 * unresolved and blocking findings are hidden (they cannot be published as written).
 */
export function redactionItems(reviewed: readonly Reviewed[]): RedactionItem[] {
  return reviewed.map(({ finding, proposal, decision, resolution }) => {
    const item: RedactionItem = { finding, action: resolution.publish }
    if (proposal.mask) item.mask = proposal.mask
    if (resolution.publish === 'keep') item.reason = decision?.reason ? { 'zh-CN': decision.reason, en: decision.reason } : proposal.why
    return item
  })
}

/**
 * What will be published: exactly `redactText`'s output, cut into runs so the preview can colour what
 * each finding became. Throws `RedactionError` when the findings are not of this text (a scan is pending).
 */
export function previewModel(body: string, reviewed: readonly Reviewed[]): PreviewModel {
  const { text, report } = redactText(body, redactionItems(reviewed))
  const bySpan = new Map(reviewed.map((item) => [`${item.finding.start}:${item.finding.end}:${item.finding.type}`, item]))
  const parts: PreviewPart[] = []
  let at = 0
  for (const entry of report) {
    // overlapping findings share one replacement: colour it once
    if (entry.outStart < at) continue
    const item = bySpan.get(`${entry.start}:${entry.end}:${entry.type}`)
    if (!item) continue
    if (entry.outStart > at) parts.push({ text: text.slice(at, entry.outStart) })
    parts.push({ text: text.slice(entry.outStart, entry.outEnd), mark: { key: item.finding.key, state: markStateOf(item.resolution) } })
    at = entry.outEnd
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return { text, parts }
}
