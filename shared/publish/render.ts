import { bundlePaths } from '../bundle/layout'
import { canonicalBytes } from '../bundle/jcs'
import { utf8Encode } from '../crypto/bytes'
import type { FindingDecision } from '../findings/decision'
import { engineVersion, rulesetHash } from '../pii/index'
import type { LocalizedText, Policy } from '../policy/index'
import { redactText, type RedactionEntry, type RedactionItem, type RedactType } from '../redact/index'
import { manualEntityType, type ManualFinding } from '../findings/manual'
import { redactionItemOf } from './redaction-item'
import { renderHtml, renderTxt, type PublishedText } from './render-html'
import { publishedFields, reviewNotice, type ManualPlaced, type NoticeReview, type PublishedField } from './review'
import { dropRemovedColumns, type DroppedColumn } from './whole-columns'

/** What rendering needs to know about a notice: its id, revision and fields (the dates when it has them). */
export type RenderInput = { id: string; revision: number } & PublishedText

export const REDACTION_REPORT_FORMAT = 'countersign-redaction/v1'

/** One line of report/redaction.json: what happened where — never the value. */
export type ReportEntry = {
  /** the engine's type, or for a 人工标记 its kind's (rule `manual`; 'OTHER' for 其他) */
  type: RedactType
  rule: string
  action: RedactionEntry['action']
  reason?: LocalizedText
  /** where the value was: the field and its span there (UTF-16 code units) */
  location: { field: PublishedField; start: number; end: number }
}

/** Where a finding's span went in the published field text (for highlighting what the reviewer sees). */
export type Placement = { field: PublishedField; start: number; end: number; outStart: number; outEnd: number }

/** What rendering produces, before the electron side hashes it (shared/ has no Node crypto). */
export type RenderedFiles = {
  files: Map<string, Uint8Array>
  /** one per redaction report entry, in report order */
  placements: Placement[]
  /** the redacted fields, as published */
  text: PublishedText
  review: NoticeReview
  /** body table columns left out because every value in them was removed (整列删除), in body order */
  droppedColumns: DroppedColumn[]
}

/** A 人工标记 found in the text: masked by its kind (其他: every character) or removed, rule `manual`. */
function manualItem({ manual, span }: ManualPlaced): RedactionItem[] {
  if (!span) return []
  const text = manual.anchor.text
  return [{ finding: { type: manualEntityType(manual.kind, text), start: span.start, end: span.end, text, confidence: 1, rule: 'manual', reasons: [] }, action: manual.action }]
}

/**
 * 渲染 — the one function from (notice, decisions, policy) to the published files. The reviewer approves,
 * and export ships, exactly these bytes: both call this again and compare the hash with the submission.
 * `today` fixes the scan's sense of "now" (birth dates in the future) so a revision always renders alike.
 */
export function renderNotice(notice: RenderInput, decisions: readonly FindingDecision[], policy: Policy, today: Date, manual: readonly ManualFinding[] = []): RenderedFiles {
  const review = reviewNotice(notice.id, notice, decisions, policy, today, manual)
  const text: PublishedText = { title: '', docNumber: '', issuer: '', body: '' }
  // dates are published as written (YYYY-MM-DD, checked by the notice schema): nothing in them to redact
  for (const key of ['signatureDate', 'publicityStart', 'publicityEnd'] as const) {
    const day = notice[key]
    if (day) text[key] = day
  }
  const entries: ReportEntry[] = []
  const placements: Placement[] = []
  let droppedColumns: DroppedColumn[] = []
  for (const field of publishedFields) {
    const reviewed = review.reviewed.filter((r) => r.field === field)
    const marked = review.manual.filter((m) => m.field === field).flatMap(manualItem)
    const out = redactText(notice[field], [...reviewed.map(redactionItemOf), ...marked])
    // published text uses LF only: the same notice typed on Windows and elsewhere gives the same bytes
    const lf = out.text.replace(/\r\n?/g, '\n')
    const crlf = crlfShift(out.text)
    let shift = crlf
    text[field] = lf
    if (field === 'body') {
      // a table column of nothing but 【已删除】 is not published at all, header included (整列删除)
      const whole = dropRemovedColumns(lf)
      text.body = whole.text
      droppedColumns = whole.dropped
      shift = (offset) => whole.shift(crlf(offset))
    }
    for (const e of out.report) {
      placements.push({ field, start: e.start, end: e.end, outStart: shift(e.outStart), outEnd: shift(e.outEnd) })
      const entry: ReportEntry = { type: e.type, rule: e.rule, action: e.action, location: { field, start: e.start, end: e.end } }
      if (e.reason) entry.reason = e.reason
      entries.push(entry)
    }
  }
  const report = {
    format: REDACTION_REPORT_FORMAT,
    noticeId: notice.id,
    version: notice.revision,
    policy: policy.name,
    engineVersion,
    rulesetHash: rulesetHash(),
    summary: { total: entries.length, masked: count(entries, 'masked'), removed: count(entries, 'removed'), kept: count(entries, 'kept-with-reason') },
    findings: entries,
  }
  const files = new Map<string, Uint8Array>([
    [bundlePaths.html, utf8Encode(renderHtml(text))],
    [bundlePaths.txt, utf8Encode(renderTxt(text))],
    [bundlePaths.redactionReport, canonicalBytes(report)],
  ])
  return { files, placements, text, review, droppedColumns }
}

/** Maps an offset in text with CRLF to the same place once every CRLF became LF. */
function crlfShift(text: string): (offset: number) => number {
  const crs: number[] = []
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) crs.push(i)
  if (crs.length === 0) return (offset) => offset
  return (offset) => offset - crs.filter((at) => at < offset).length
}

function count(entries: readonly ReportEntry[], action: ReportEntry['action']): number {
  return entries.filter((e) => e.action === action).length
}
