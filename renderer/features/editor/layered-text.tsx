import { useRef, type ReactNode, type Ref } from 'react'
import { pastedHtmlToText } from '../../../shared/import/html-paste'

export type PasteResult = { dropped: number; tooLong: boolean }

export type LayeredTextProps = {
  id?: string
  className?: string
  value: string
  readOnly: boolean
  /** The most characters this text may hold (the body's limit less what the rest of the body holds). */
  maxLength: number
  placeholder?: string
  ariaLabel?: string
  ariaDescribedBy?: string
  onChange: (value: string) => void
  onBlur: () => void
  onFocus?: () => void
  /** Drawn behind the text in the same grid cell (the personal-information highlights). */
  layer?: ReactNode
  textareaRef?: Ref<HTMLTextAreaElement>
  /** The caret or the selection moved; offsets in this text. */
  onSelect?: (start: number, end: number) => void
  onPasteText?: (result: PasteResult) => void
}

/**
 * A textarea with the highlight layer stacked behind it in a one-cell grid, both using the
 * `.body-field__text` metrics so the marks line up with the characters. The textarea grows with its
 * content, so normally neither scrolls; if the textarea ever does scroll, the layer follows it.
 */
export function LayeredText({
  id,
  className,
  value,
  readOnly,
  maxLength,
  placeholder,
  ariaLabel,
  ariaDescribedBy,
  onChange,
  onBlur,
  onFocus,
  layer,
  textareaRef,
  onSelect,
  onPasteText,
}: LayeredTextProps) {
  const layerBox = useRef<HTMLDivElement>(null)
  const base = layer ? 'body-field body-field--layered' : 'body-field'
  return (
    <div className={className ? `${base} ${className}` : base}>
      {layer && (
        <div ref={layerBox} className="body-field__layer-box">
          {layer}
        </div>
      )}
      <textarea
        id={id}
        ref={textareaRef}
        className="body-field__text body-field__input"
        value={value}
        readOnly={readOnly}
        maxLength={maxLength}
        spellCheck={false}
        placeholder={placeholder}
        aria-label={ariaLabel}
        aria-describedby={ariaDescribedBy}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        onFocus={onFocus}
        onPaste={(event) => {
          // Rich clipboard content (Word, WPS, Excel, web pages) is converted, never rendered: the HTML
          // goes through the import's converter, which leaves out what the source hid.
          const html = event.clipboardData.getData('text/html')
          if (readOnly || !html) return
          const { text: converted, dropped } = pastedHtmlToText(html)
          // nothing readable and nothing hidden (an image, say): the browser's plain-text paste is as good
          if (converted === '' && dropped === 0) return
          event.preventDefault()
          const target = event.currentTarget
          const start = target.selectionStart
          const end = target.selectionEnd
          // a pasted table starts and ends on lines of its own, so it shows as a table and not glued to a sentence
          const table = converted.includes('\t')
          const before = table && start > 0 && value[start - 1] !== '\n' ? '\n' : ''
          const after = table && end < value.length && value[end] !== '\n' ? '\n' : ''
          const text = before + converted + after
          const next = value.slice(0, start) + text + value.slice(end)
          if (next.length > maxLength) {
            onPasteText?.({ dropped, tooLong: true })
            return
          }
          onChange(next)
          onPasteText?.({ dropped, tooLong: false })
          const caret = start + text.length
          requestAnimationFrame(() => {
            if (target.isConnected) target.setSelectionRange(caret, caret)
          })
        }}
        onSelect={(event) => onSelect?.(event.currentTarget.selectionStart, event.currentTarget.selectionEnd)}
        onScroll={(event) => {
          if (!layerBox.current) return
          layerBox.current.scrollTop = event.currentTarget.scrollTop
          layerBox.current.scrollLeft = event.currentTarget.scrollLeft
        }}
      />
    </div>
  )
}
