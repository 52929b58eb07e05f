import { memo, useMemo, type ReactNode, type Ref } from 'react'
import { layerLines, type LayerLine, type Mark } from './layer-lines'
import './highlights.css'

export type { Mark } from './layer-lines'

export type HighlightLayerProps = {
  text: string
  /** In text order; overlapping marks after the first are skipped. */
  marks: readonly Mark[]
  selectedKey: string | undefined
  containerRef?: Ref<HTMLDivElement>
}

const Line = memo(
  function Line({ line }: { line: LayerLine }) {
    const parts: ReactNode[] = []
    let at = 0
    for (const piece of line.pieces) {
      if (piece.start > at) parts.push(line.text.slice(at, piece.start))
      parts.push(
        <mark key={piece.key} data-key={piece.key} className={piece.className}>
          {line.text.slice(piece.start, piece.end)}
        </mark>,
      )
      at = piece.end
    }
    // An empty line still takes a line's height in the textarea; a zero-width space gives it one here.
    parts.push(at < line.text.length ? line.text.slice(at) : line.text === '' ? '\u200b' : '')
    return <div className="body-field__line">{parts}</div>
  },
  (a, b) => a.line.text === b.line.text && a.line.signature === b.line.signature,
)

/**
 * The colour behind each finding in 正文. It repeats the body's text, invisibly, with the textarea's exact
 * metrics (`.body-field__text`), in the grid cell behind the transparent textarea, so every mark sits
 * under its characters. One block per line keeps a keystroke's re-layout to its own line. Hidden from
 * assistive technology: the findings panel is the accessible list.
 */
export const HighlightLayer = memo(function HighlightLayer({ text, marks, selectedKey, containerRef }: HighlightLayerProps) {
  const lines = useMemo(() => layerLines(text, marks, selectedKey), [text, marks, selectedKey])
  return (
    <div ref={containerRef} className="body-field__text body-field__layer" aria-hidden="true">
      {lines.map((line, index) => (
        <Line key={index} line={line} />
      ))}
    </div>
  )
})
