import { useRef, type ReactNode, type Ref } from 'react'
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
}

/**
 * 正文. The textarea sits in a one-cell grid with the highlight layer stacked behind it, both using the
 * `.body-field__text` metrics so the marks line up with the characters. The textarea grows with its
 * content, so normally neither scrolls; if the textarea ever does scroll, the layer follows it.
 */
export function BodyField({ id, value, readOnly, onChange, onBlur, layer, layerDescription, textareaRef, onCaret }: BodyFieldProps) {
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
