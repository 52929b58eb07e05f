export type Span = { start: number; end: number }

/** Where one edit turned `from` into `to`: the changed range in each text, found by common prefix and suffix. */
export function editBetween(from: string, to: string): { start: number; fromEnd: number; toEnd: number } {
  const limit = Math.min(from.length, to.length)
  let prefix = 0
  while (prefix < limit && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix += 1
  let suffix = 0
  while (suffix < limit - prefix && from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)) suffix += 1
  return { start: prefix, fromEnd: from.length - suffix, toEnd: to.length - suffix }
}

/**
 * Moves spans found in `from` onto `to` so highlights stay on their characters while the officer types and
 * the next scan is pending. Spans the edit touched are dropped until that scan reports them again.
 */
export function rebaseSpans<T extends Span>(spans: readonly T[], from: string, to: string): T[] {
  if (from === to) return [...spans]
  const edit = editBetween(from, to)
  const delta = edit.toEnd - edit.fromEnd
  const out: T[] = []
  for (const span of spans) {
    if (span.end <= edit.start) out.push(span)
    else if (span.start >= edit.fromEnd) out.push(delta === 0 ? span : { ...span, start: span.start + delta, end: span.end + delta })
  }
  return out
}
