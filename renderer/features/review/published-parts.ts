import type { ReviewFinding, ReviewView } from '../../../shared/api/contract-workflow'

/** A run of published text; a marked run is what a finding became (its mask, 【已删除】, or the kept value). */
export type PublishedPart = { text: string; finding?: ReviewFinding }

export type PublishedField = ReviewFinding['field']

/**
 * One published field cut into runs at its findings' published spans, so the reviewer sees each replaced
 * value in place. Spans outside the text or overlapping an earlier one are left unmarked rather than
 * trusted: the text itself is always shown exactly as it ships.
 */
export function publishedParts(view: ReviewView, field: PublishedField): PublishedPart[] {
  const text = view.published[field]
  const spans = view.findings
    .filter((finding) => finding.field === field && finding.publishedStart >= 0 && finding.publishedEnd <= text.length && finding.publishedStart < finding.publishedEnd)
    .sort((a, b) => a.publishedStart - b.publishedStart || a.index - b.index)
  const parts: PublishedPart[] = []
  let at = 0
  for (const finding of spans) {
    if (finding.publishedStart < at) continue
    if (finding.publishedStart > at) parts.push({ text: text.slice(at, finding.publishedStart) })
    parts.push({ text: text.slice(finding.publishedStart, finding.publishedEnd), finding })
    at = finding.publishedEnd
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return parts
}
