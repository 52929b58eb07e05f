/**
 * 删除标记 — how a marker (讨论稿, （征求意见稿）, 秘密★…) leaves the text: its words go, and a line that held
 * nothing else goes with them, so no empty line or stray bracket is left where the marker stood.
 */
export function withoutSpan(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || start >= end) return text
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const newline = text.indexOf('\n', end)
  const lineEnd = newline < 0 ? text.length : newline
  const rest = text.slice(lineStart, start) + text.slice(end, lineEnd)
  if (rest.trim() !== '') return text.slice(0, start) + text.slice(end)
  // the marker was the whole line: drop the line and one line break
  if (newline >= 0) return text.slice(0, lineStart) + text.slice(newline + 1)
  return lineStart > 0 ? text.slice(0, lineStart - 1) : ''
}
