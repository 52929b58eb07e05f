import type { DiffLine } from '../../../shared/api/contract-workflow'

/** A diff as shown: changed lines with a little context, long unchanged stretches folded into one row. */
export type DiffRow = { kind: 'line'; line: DiffLine } | { kind: 'fold'; count: number; lines: DiffLine[] }

/** Unchanged lines kept on each side of a change. */
export const contextLines = 2

/**
 * Folds every run of unchanged lines longer than the context around it, so the reviewer sees what changed
 * in a long notice at a glance (a run at the very start or end keeps context only towards the change).
 */
export function diffRows(lines: readonly DiffLine[], context = contextLines): DiffRow[] {
  const rows: DiffRow[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    if (!line) break
    if (line.op !== 'same') {
      rows.push({ kind: 'line', line })
      i++
      continue
    }
    let end = i
    while (end < lines.length && lines[end]?.op === 'same') end++
    const run = lines.slice(i, end)
    const keepBefore = i === 0 ? 0 : context
    const keepAfter = end === lines.length ? 0 : context
    if (run.length > keepBefore + keepAfter + 1) {
      for (const kept of run.slice(0, keepBefore)) rows.push({ kind: 'line', line: kept })
      const folded = run.slice(keepBefore, run.length - keepAfter)
      rows.push({ kind: 'fold', count: folded.length, lines: folded })
      for (const kept of run.slice(run.length - keepAfter)) rows.push({ kind: 'line', line: kept })
    } else {
      for (const kept of run) rows.push({ kind: 'line', line: kept })
    }
    i = end
  }
  return rows
}
