import { redactText, type RedactionItem } from '../../../shared/redact/index'
import { redactionItemOf } from '../../../shared/publish/redaction-item'
import { dropRemovedColumns, type DroppedColumn } from '../../../shared/publish/whole-columns'
import type { Reviewed } from './review-types'
import { markStateOf, type MarkState } from './tone'

/** A run of the published text; marked runs replaced (or kept) a finding. */
export type PreviewPart = { text: string; mark?: { key: string; state: MarkState } }
export type PreviewModel = { text: string; parts: PreviewPart[]; droppedColumns?: DroppedColumn[] }

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

/**
 * The body's preview as the bundle publishes it: a table column whose every value was removed is left out, header
 * included (整列删除, shared/publish/whole-columns) — the same function the rendering uses — and listed so the
 * preview can say so.
 */
export function withoutRemovedColumns(model: PreviewModel): PreviewModel {
  const whole = dropRemovedColumns(model.text)
  if (whole.dropped.length === 0) return { ...model, droppedColumns: [] }
  const parts: PreviewPart[] = []
  let at = 0
  let c = 0
  for (const part of model.parts) {
    const end = at + part.text.length
    let from = at
    // the cuts are in order: skip those before this part, cut out those inside it
    while (c < whole.cuts.length && whole.cuts[c].end <= from) c++
    let k = c
    let text = ''
    while (k < whole.cuts.length && whole.cuts[k].start < end) {
      const cut = whole.cuts[k]
      if (cut.start > from) text += model.text.slice(from, cut.start)
      from = Math.max(from, Math.min(end, cut.end))
      if (cut.end > end) break
      k++
    }
    if (from < end) text += model.text.slice(from, end)
    if (text !== '') parts.push(part.mark ? { text, mark: part.mark } : { text })
    at = end
  }
  return { text: whole.text, parts, droppedColumns: whole.dropped }
}
