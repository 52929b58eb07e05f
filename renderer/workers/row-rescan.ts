import { type KeyedFinding, keyOrdinal, keyValueId, valueIdOf } from '../../shared/findings/finding-key'
import { editBetween } from '../../shared/findings/rebase'
import type { Finding } from '../../shared/pii/types'

/** Below this length a whole scan takes a few milliseconds: no shortcut is worth its approximation. */
export const ROW_RESCAN_MIN_LENGTH = 20_000

/**
 * The keyed findings of `text`, worked out from those of `previous` when the edit between them lies inside
 * one row of a tab-separated table (a keystroke in a grid cell): that row is scanned again under its table's
 * header line; the findings of every other row are kept, those after it moved by the length the text grew or
 * shrank. Keys are kept too, except where the row's values changed how often a value occurs before a later
 * finding (keyFindings' ordinal). A few milliseconds where a whole scan of a 5,000-row list takes over a
 * hundred — but an approximation: what the engine reads across rows (a name confirmed in another row, a
 * column's other values) is not consulted. The scan worker answers with this first and follows with the whole
 * scan, which is what the review, the counts and submitting rest on. Undefined when the edit is not of that kind.
 */
export function rowRescan(
  previous: { text: string; findings: readonly KeyedFinding[] },
  text: string,
  scan: (text: string) => Finding[],
  salt: string,
  hashes: Map<string, string>,
): KeyedFinding[] | undefined {
  const row = editedRow(previous.text, text)
  if (!row) return undefined
  const { lineStart, lineEnd, oldLineEnd, headerStart } = row
  const shift = text.length - previous.text.length
  const old = previous.findings
  // old findings: [0, first) before the row, [first, after) in it, [after, …) after it
  let first = 0
  while (first < old.length && old[first].end <= lineStart) first++
  let after = first
  while (after < old.length && old[after].start < oldLineEnd) after++
  for (let i = first; i < after; i++) if (old[i].start < lineStart || old[i].end > oldLineEnd) return undefined
  const header = text.slice(headerStart, text.indexOf('\n', headerStart))
  const offset = header.length + 1
  const fresh: Finding[] = []
  for (const f of scan(`${header}\n${text.slice(lineStart, lineEnd)}`)) if (f.start >= offset) fresh.push({ ...f, start: f.start - offset + lineStart, end: f.end - offset + lineStart })

  // how often each value occurs in the row before and after the edit
  const delta = new Map<string, number>()
  for (let i = first; i < after; i++) {
    const id = keyValueId(old[i].key)
    delta.set(id, (delta.get(id) ?? 0) - 1)
  }
  const rowIds = fresh.map((f) => valueIdOf(salt, f.type, f.text, hashes))
  for (const id of rowIds) delta.set(id, (delta.get(id) ?? 0) + 1)
  // each of the row's values counts its occurrences before the row, read off the old keys
  const seen = new Map<string, number>()
  const rowKeyed = fresh.map((f, k): KeyedFinding => {
    const id = rowIds[k]
    let ordinal = seen.get(id)
    if (ordinal === undefined) ordinal = occurrencesBefore(old, first, id)
    seen.set(id, ordinal + 1)
    return { type: f.type, start: f.start, end: f.end, text: f.text, confidence: f.confidence, rule: f.rule, reasons: f.reasons, key: `${id}:${ordinal}` }
  })
  const out: KeyedFinding[] = old.slice(0, first)
  for (const f of rowKeyed) out.push(f)
  // (thousands of findings follow a row near the top: no string is cut or object spread for them unless needed)
  const changed = [...delta].filter(([, change]) => change !== 0).map(([id, change]) => ({ prefix: `${id}:`, change }))
  for (let i = after; i < old.length; i++) {
    const f = old[i]
    let change = 0
    for (const c of changed) if (f.key.startsWith(c.prefix)) change = c.change
    if (change === 0 && shift === 0) {
      out.push(f)
      continue
    }
    const key = change === 0 ? f.key : `${keyValueId(f.key)}:${keyOrdinal(f.key) + change}`
    out.push({ type: f.type, start: f.start + shift, end: f.end + shift, text: f.text, confidence: f.confidence, rule: f.rule, reasons: f.reasons, key })
  }
  return out
}

/** The one table row an edit from `before` to `text` lies in, and its table's header line; undefined otherwise. */
function editedRow(before: string, text: string): { lineStart: number; lineEnd: number; oldLineEnd: number; headerStart: number } | undefined {
  if (text.length < ROW_RESCAN_MIN_LENGTH || before === text) return undefined
  const { start: p, fromEnd, toEnd: newEnd } = editBetween(before, text)
  // the edit may neither add nor remove a line
  if (before.slice(p, fromEnd).includes('\n') || text.slice(p, newEnd).includes('\n')) return undefined
  const lineStart = text.lastIndexOf('\n', p - 1) + 1
  const lineEndAt = text.indexOf('\n', newEnd)
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt
  if (lineStart === 0 || !hasTab(text, lineStart, lineEnd)) return undefined
  // the table's header: the first of the tab-separated lines that run without a break up to this one
  let headerStart = lineStart
  while (headerStart > 0) {
    const previousStart = text.lastIndexOf('\n', headerStart - 2) + 1
    if (!hasTab(text, previousStart, headerStart - 1)) break
    headerStart = previousStart
  }
  // an edit of the header itself changes what every row's columns are: only a whole scan knows
  if (headerStart === lineStart) return undefined
  return { lineStart, lineEnd, oldLineEnd: lineEnd - (text.length - before.length), headerStart }
}

function hasTab(text: string, start: number, end: number): boolean {
  const at = text.indexOf('\t', start)
  return at >= 0 && at < end
}

/** How many findings of the value `id` come before index `first`: the last one's ordinal + 1. */
function occurrencesBefore(findings: readonly KeyedFinding[], first: number, id: string): number {
  for (let i = first - 1; i >= 0; i--) if (findings[i].key.startsWith(id) && keyValueId(findings[i].key) === id) return keyOrdinal(findings[i].key) + 1
  return 0
}
