import { useRef, type ReactNode, type Ref } from 'react'
import { pastedHtmlToText } from '../../../shared/import/html-paste'
import { limits } from '../../../shared/notice/notice'
import { useI18n } from '../../i18n/i18n'

export type BodyFieldProps = {
  id: string
  value: string
  readOnly: boolean
  onChange: (value: string) => void
  onBlur: () => void
  /** Drawn behind the text in the same grid cell (the personal-information highlights). */
  layer?: ReactNode
  /** A short text for screen readers about what the layer shows (the findings panel is the full list). */
  layerDescription?: string
  textareaRef?: Ref<HTMLTextAreaElement>
  /** The caret moved (typing, clicking, arrow keys): the findings panel follows it. */
  onCaret?: (position: number) => void
  /** A Word/WPS/web paste was converted; `dropped` hidden items were left out (the caller tells the officer). */
  onPasteText?: (result: { dropped: number; tooLong: boolean }) => void
}

/**
 * 正文. The textarea sits in a one-cell grid with the highlight layer stacked behind it, both using the
 * `.body-field__text` metrics so the marks line up with the characters. The textarea grows with its
 * content, so normally neither scrolls; if the textarea ever does scroll, the layer follows it.
 */
export function BodyField({ id, value, readOnly, onChange, onBlur, layer, layerDescription, textareaRef, onCaret, onPasteText }: BodyFieldProps) {
  const { t } = useI18n()
  const layerBox = useRef<HTMLDivElement>(null)
  const countId = `${id}-count`
  const layerId = `${id}-layer-description`
  return (
    <div className="field field--body">
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {t('editor.body')}
        </label>
        <span className="field__hint" id={countId}>
          {t('editor.bodyCount', { count: value.length.toLocaleString() })}
        </span>
      </div>
      {layerDescription && (
        <span id={layerId} className="visually-hidden">
          {layerDescription}
        </span>
      )}
      <div className={layer ? 'body-field body-field--layered' : 'body-field'}>
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
          maxLength={limits.body}
          spellCheck={false}
          placeholder={t('editor.bodyPlaceholder')}
          aria-describedby={layerDescription ? `${countId} ${layerId}` : countId}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          onPaste={(event) => {
            // Rich clipboard content (Word, WPS, Excel, web pages) is converted, never rendered: the HTML
            // goes through the import's converter, which leaves out what the source hid.
            const html = event.clipboardData.getData('text/html')
            if (readOnly || !html) return
            const { text, dropped } = pastedHtmlToText(html)
            // nothing readable and nothing hidden (an image, say): the browser's plain-text paste is as good
            if (text === '' && dropped === 0) return
            event.preventDefault()
            const target = event.currentTarget
            const start = target.selectionStart
            const next = value.slice(0, start) + text + value.slice(target.selectionEnd)
            if (next.length > limits.body) {
              onPasteText?.({ dropped, tooLong: true })
              return
            }
            onChange(next)
            onPasteText?.({ dropped, tooLong: false })
            const caret = start + text.length
            requestAnimationFrame(() => target.setSelectionRange(caret, caret))
          }}
          onSelect={(event) => onCaret?.(event.currentTarget.selectionStart)}
          onScroll={(event) => {
            if (!layerBox.current) return
            layerBox.current.scrollTop = event.currentTarget.scrollTop
            layerBox.current.scrollLeft = event.currentTarget.scrollLeft
          }}
        />
      </div>
    </div>
  )
}
