import type { MarkState, Severity } from './tone'

export type Mark = { key: string; start: number; end: number; severity: Severity; state: MarkState; /** an import's hidden-content marker, not a finding */ kind?: 'import' }

/** A piece of a mark inside one line, in line coordinates. A value broken over two lines gives two pieces. */
export type LinePiece = { key: string; start: number; end: number; className: string }
export type LayerLine = { text: string; pieces: LinePiece[]; signature: string }

/**
 * Cuts the body into its lines, each with the marks that fall in it. The layer draws one block per line
 * so that a keystroke re-lays out one line, not the whole 50-page body; `signature` lets an unchanged
 * line skip rendering altogether. Marks must be in text order; overlapping ones after the first are dropped.
 */
export function layerLines(text: string, marks: readonly Mark[], selectedKey: string | undefined): LayerLine[] {
  const lines: LayerLine[] = []
  let next = 0
  let lineStart = 0
  let cursor = 0
  for (;;) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const pieces: LinePiece[] = []
    while (next < marks.length) {
      const mark = marks[next]
      if (!mark) break
      if (mark.start < cursor || mark.end <= mark.start || mark.end > text.length) {
        next += 1
        continue
      }
      if (mark.start >= lineEnd) break
      const start = Math.max(mark.start, lineStart)
      const end = Math.min(mark.end, lineEnd)
      if (end > start) {
        const selected = mark.key === selectedKey ? ' mark--selected' : ''
        const className = mark.kind === 'import' ? 'mark mark--import' : `mark mark--${mark.severity} mark--${mark.state}${selected}`
        pieces.push({ key: mark.key, start: start - lineStart, end: end - lineStart, className })
      }
      if (mark.end > lineEnd) break
      cursor = mark.end
      next += 1
    }
    const lineText = text.slice(lineStart, lineEnd)
    lines.push({ text: lineText, pieces, signature: pieces.map((p) => `${p.start}:${p.end}:${p.className}`).join('|') })
    if (newline === -1) return lines
    lineStart = newline + 1
  }
}
