import { useMemo, useState, type ReactNode, type Ref } from 'react'
import { tablesOf } from './tables-of'
import { limits } from '../../../shared/notice/notice'
import { useI18n } from '../../i18n/i18n'
import { LayeredText, type PasteResult } from './layered-text'
import { SegmentedBody, type GridOptions } from './segmented-body'

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
  onPasteText?: (result: PasteResult) => void
  /** Tables in the body are shown as grids (the findings as cell colours); without it, the body is one textarea. */
  grid?: GridOptions
}

/**
 * 正文. Without tables: one textarea with the highlight layer behind it. With tables (tab-separated rows
 * under a header, as imports and Word/WPS paste produce): the text blocks and a grid per table, all
 * editing the same body string; 纯文本 shows the whole body as one textarea again.
 */
export function BodyField({ id, value, readOnly, onChange, onBlur, layer, layerDescription, textareaRef, onCaret, onPasteText, grid }: BodyFieldProps) {
  const { t } = useI18n()
  const [localPlain, setLocalPlain] = useState(false)
  const plain = grid?.plainText ?? localPlain
  const setPlain = (on: boolean) => (grid?.onPlainText ?? setLocalPlain)(on)
  const tables = useMemo(() => (grid && value.includes('\t') ? tablesOf(value) : []), [grid, value])
  const countId = `${id}-count`
  const layerId = `${id}-layer-description`
  const describedBy = layerDescription ? `${countId} ${layerId}` : countId
  const segmented = grid !== undefined && tables.length > 0 && !plain
  return (
    <div className="field field--body">
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {t('editor.body')}
        </label>
        <span className="body-field__tools">
          {grid && tables.length > 0 && (
            <button type="button" className={plain ? 'button button--small button--pressed' : 'button button--small'} aria-pressed={plain} onClick={() => setPlain(!plain)}>
              {t('grid.plainText')}
            </button>
          )}
          <span className="field__hint" id={countId}>
            {t('editor.bodyCount', { count: value.length.toLocaleString() })}
          </span>
        </span>
      </div>
      {layerDescription && (
        <span id={layerId} className="visually-hidden">
          {layerDescription}
        </span>
      )}
      {segmented ? (
        <SegmentedBody
          id={id}
          value={value}
          tables={tables}
          readOnly={readOnly}
          placeholder={t('editor.bodyPlaceholder')}
          describedBy={describedBy}
          onChange={onChange}
          onBlur={onBlur}
          onCaret={onCaret}
          onPasteText={onPasteText}
          {...grid}
        />
      ) : (
        <LayeredText
          id={id}
          value={value}
          readOnly={readOnly}
          maxLength={limits.body}
          placeholder={t('editor.bodyPlaceholder')}
          ariaDescribedBy={describedBy}
          onChange={onChange}
          onBlur={onBlur}
          layer={layer}
          textareaRef={textareaRef}
          onSelect={(start, end) => {
            onCaret?.(start)
            grid?.onSelection?.(start, end)
          }}
          onPasteText={onPasteText}
        />
      )}
    </div>
  )
}
