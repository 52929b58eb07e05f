import { memo, type ReactNode } from 'react'
import type { MarkState, Severity } from './tone'

export type Mark = { key: string; start: number; end: number; severity: Severity; state: MarkState }

export type HighlightLayerProps = {
  text: string
  /** In text order; overlapping marks after the first are skipped. */
  marks: readonly Mark[]
  selectedKey: string | undefined
}

/**
 * The colour behind each finding in 正文. It repeats the body's text, invisibly, with the textarea's exact
 * metrics (`.body-field__text`), in the grid cell behind the transparent textarea, so every mark sits
 * under its characters. Hidden from assistive technology: the findings panel is the accessible list.
 */
export const HighlightLayer = memo(function HighlightLayer({ text, marks, selectedKey }: HighlightLayerProps) {
  const parts: ReactNode[] = []
  let at = 0
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) continue
    if (mark.start > at) parts.push(text.slice(at, mark.start))
    const selected = mark.key === selectedKey ? ' mark--selected' : ''
    parts.push(
      <mark key={mark.key} data-key={mark.key} className={`mark mark--${mark.severity} mark--${mark.state}${selected}`}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    )
    at = mark.end
  }
  // A trailing newline in a textarea still makes a line; in a div it needs a character after it.
  parts.push(`${text.slice(at)}\u200b`)
  return (
    <div className="body-field__text body-field__layer" aria-hidden="true">
      {parts}
    </div>
  )
})
