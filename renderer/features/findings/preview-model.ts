import { redactText, type RedactionItem } from '../../../shared/redact/index'
import { redactionItemOf } from '../../../shared/publish/redaction-item'
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
  return reviewed.map(redactionItemOf)
}

/**
 * What will be published: exactly `redactText`'s output, cut into runs so the preview can colour what
 * each finding became. Throws `RedactionError` when the findings are not of this text (a scan is pending).
 */
export function previewModel(body: string, reviewed: readonly Reviewed[], manual: readonly { key: string; item: RedactionItem }[] = []): PreviewModel {
  const { text, report } = redactText(body, [...redactionItems(reviewed), ...manual.map((m) => m.item)])
  const bySpan = new Map<string, { key: string; state: MarkState }>([
    ...reviewed.map((item): [string, { key: string; state: MarkState }] => [`${item.finding.start}:${item.finding.end}:${item.finding.type}`, { key: item.finding.key, state: markStateOf(item.resolution) }]),
    // 人工标记 are always hidden (masked or removed)
    ...manual.map((m): [string, { key: string; state: MarkState }] => [`${m.item.finding.start}:${m.item.finding.end}:${m.item.finding.type}`, { key: m.key, state: 'hidden' }]),
  ])
  const parts: PreviewPart[] = []
  let at = 0
  for (const entry of report) {
    // overlapping findings share one replacement: colour it once
    if (entry.outStart < at) continue
    const item = bySpan.get(`${entry.start}:${entry.end}:${entry.type}`)
    if (!item) continue
    if (entry.outStart > at) parts.push({ text: text.slice(at, entry.outStart) })
    parts.push({ text: text.slice(entry.outStart, entry.outEnd), mark: item })
    at = entry.outEnd
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return { text, parts }
}
