import { useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { deleteColumn, headerLabel } from '../../../shared/notice/body-tables'
import { pastedHtmlToText } from '../../../shared/import/html-paste'
import { useI18n } from '../../i18n/i18n'
import type { Mark } from '../findings/layer-lines'
import { cellMarks, columnWidths, GUTTER_WIDTH, HEADER_HEIGHT, MAX_HEIGHT, OVERSCAN, ROW_HEIGHT } from './grid-layout'
import { CellInput, GridRow, type CellHandlers } from './grid-row'
import { cellAt, cellSpan, clipboardGrid, deleteRow, editCell, insertRow, pasteCells, type TableSegment } from './body-segments'

export { ROW_HEIGHT } from './grid-layout'

/** Where the caret goes in a cell the keyboard or a finding moved to. */
type Place = 'all' | 'start' | 'end' | { start: number; end: number }
type FocusRequest = { row: number; column: number; place: Place; nonce: number }

export type Reveal = { start: number; end: number; nonce: number }

export type TableGridProps = {
  segment: TableSegment
  body: string
  readOnly: boolean
  marks: readonly Mark[]
  selectedKey: string | undefined
  reveal: Reveal | undefined
  onChange: (body: string) => void
  onBlur: () => void
  /** A row or column is about to go (said before the change): the caller records it as one undo step and offers 撤销. */
  onStructure: (message: string, before: string, after: string) => void
  onSelect?: (start: number, end: number) => void
  onPasteText?: (result: { dropped: number; tooLong: boolean }) => void
}

/**
 * 表格 in 正文 as a grid, as in WPS: a header row that stays on top, cells aligned, sideways scrolling for a
 * wide table, 删除此行 / 删除此列, Tab and the arrow keys between cells, and a finding's cell coloured like
 * its highlight in the text. Each cell is an input over its slice of the body string: typing (IME
 * composition included) and the browser's own undo work in the cell, and every edit is a body edit.
 */
export function TableGrid({ segment, body, readOnly, marks, selectedKey, reveal, onChange, onBlur, onStructure, onSelect, onPasteText }: TableGridProps) {
  const { t } = useI18n()
  const { table } = segment
  const scroller = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(MAX_HEIGHT)
  const [focus, setFocus] = useState<FocusRequest | undefined>()
  const seen = useRef<number | undefined>(undefined)

  const widths = useMemo(() => columnWidths(table), [table])
  const template = `${GUTTER_WIDTH}px ${widths.map((w) => `${w}px`).join(' ')}`
  const totalWidth = GUTTER_WIDTH + widths.reduce((a, b) => a + b, 0)
  const dataRows = table.rows.length - 1
  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) + 1 - OVERSCAN)
  const last = Math.min(dataRows, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN)
  // the marks of the header row and of the rows drawn, not of every row of a long list
  const headerMarks = useMemo(() => cellMarks(table, marks, selectedKey, [0, 0]).get(0), [table, marks, selectedKey])
  const byCell = useMemo(() => cellMarks(table, marks, selectedKey, [first, last]), [table, marks, selectedKey, first, last])

  useLayoutEffect(() => {
    if (scroller.current) setViewport(scroller.current.clientHeight || MAX_HEIGHT)
  }, [])

  /** Brings a row into the scroll box (the header row is always there) so that it is drawn. */
  const scrollToRow = (row: number, center = false) => {
    const box = scroller.current
    if (!box || row < 1) return
    const top = (row - 1) * ROW_HEIGHT
    const visible = box.clientHeight - HEADER_HEIGHT
    let next = box.scrollTop
    if (center) next = top - visible / 2 + ROW_HEIGHT / 2
    else if (top < box.scrollTop) next = top
    else if (top + ROW_HEIGHT > box.scrollTop + visible) next = top + ROW_HEIGHT - visible
    next = Math.max(0, next)
    if (next !== box.scrollTop) {
      box.scrollTop = next
      setScrollTop(box.scrollTop)
    }
  }

  const moveTo = (row: number, column: number, place: Place, center = false) => {
    scrollToRow(row, center)
    setFocus({ row, column, place, nonce: (focus?.nonce ?? 0) + 1 })
  }

  // focus the requested cell once its row is drawn
  useLayoutEffect(() => {
    if (!focus || seen.current === focus.nonce) return
    const input = scroller.current?.querySelector<HTMLInputElement>(`input[data-cell="${focus.row}:${focus.column}"]`)
    if (!input) return
    seen.current = focus.nonce
    input.focus()
    const length = input.value.length
    const { place } = focus
    if (place === 'all') input.setSelectionRange(0, length)
    else if (place === 'start') input.setSelectionRange(0, 0)
    else if (place === 'end') input.setSelectionRange(length, length)
    else input.setSelectionRange(Math.min(place.start, length), Math.min(place.end, length))
  })

  // 定位 from the findings panel: the finding's cell, scrolled to and selected
  const revealed = useRef<number | undefined>(undefined)
  useLayoutEffect(() => {
    if (!reveal || revealed.current === reveal.nonce) return
    if (reveal.start < segment.start || reveal.start > segment.end) return
    revealed.current = reveal.nonce
    const cell = cellAt(table, reveal.start)
    if (!cell) return
    const column = Math.min(cell.column, table.columns - 1)
    const place = cell.column < table.columns ? { start: reveal.start - cell.start, end: Math.min(reveal.end, cell.end) - cell.start } : ('end' as const)
    moveTo(cell.row, column, place, true)
  })

  const lastRow = table.rows.length - 1
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    // an IME is composing (拼音, 五笔): its keys are its own
    if (event.nativeEvent.isComposing || event.keyCode === 229) return
    const input = event.currentTarget
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length
    const lastColumn = table.columns - 1
    const go = (r: number, c: number, place: Place) => {
      event.preventDefault()
      moveTo(r, c, place)
    }
    switch (event.key) {
      case 'Tab':
        if (event.shiftKey) {
          if (column > 0) go(row, column - 1, 'all')
          else if (row > 0) go(row - 1, lastColumn, 'all')
        } else if (column < lastColumn) go(row, column + 1, 'all')
        else if (row < lastRow) go(row + 1, 0, 'all')
        else if (!readOnly) {
          // Tab in the last cell adds a row, as in WPS and Word
          event.preventDefault()
          const next = insertRow(body, table, row)
          if (next !== body) {
            onChange(next)
            moveTo(row + 1, 0, 'all')
          }
        }
        return
      case 'Enter':
        if (event.shiftKey ? row > 0 : row < lastRow) go(event.shiftKey ? row - 1 : row + 1, column, 'end')
        else event.preventDefault()
        return
      case 'ArrowUp':
        if (row > 0) go(row - 1, column, 'end')
        return
      case 'ArrowDown':
        if (row < lastRow) go(row + 1, column, 'end')
        return
      case 'ArrowLeft':
        if (atStart && column > 0) go(row, column - 1, 'end')
        return
      case 'ArrowRight':
        if (atEnd && column < lastColumn) go(row, column + 1, 'start')
        return
    }
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    if (readOnly) return
    const html = event.clipboardData.getData('text/html')
    const pasted = html ? pastedHtmlToText(html) : undefined
    const text = pasted && pasted.text !== '' ? pasted.text : event.clipboardData.getData('text/plain')
    // one value goes into the cell as typed; several cells (from WPS, Excel, Word) fill the grid from here
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) {
      if (pasted && pasted.text !== '') {
        event.preventDefault()
        const input = event.currentTarget
        const value = input.value.slice(0, input.selectionStart ?? 0) + pasted.text + input.value.slice(input.selectionEnd ?? 0)
        onChange(editCell(body, table, row, column, value))
        onPasteText?.({ dropped: pasted.dropped, tooLong: false })
      }
      return
    }
    event.preventDefault()
    const next = pasteCells(body, table, row, column, clipboardGrid(text))
    if (next === body) onPasteText?.({ dropped: pasted?.dropped ?? 0, tooLong: true })
    else {
      onChange(next)
      onPasteText?.({ dropped: pasted?.dropped ?? 0, tooLong: false })
    }
  }

  // the rows' inputs call the handlers of the latest render (the body and table they edit), through one stable ref
  const handlers = useRef<CellHandlers>(undefined as unknown as CellHandlers)
  handlers.current = {
    change: (row, column, value) => onChange(editCell(body, table, row, column, value)),
    keyDown: onKeyDown,
    paste: onPaste,
    select: (event, row, column) => {
      const start = cellSpan(table, row, column).start
      onSelect?.(start + (event.currentTarget.selectionStart ?? 0), start + (event.currentTarget.selectionEnd ?? 0))
    },
    blur: onBlur,
    removeRow: (row) => removeRow(row),
  }

  const removeRow = (row: number) => {
    const next = deleteRow(body, table, row)
    onStructure(t('grid.rowDeleted', { row }), body, next)
    onChange(next)
    // the keyboard stays in the grid (Ctrl+Z brings the row back), on the row that took its place
    if (table.rows.length > 2) moveTo(Math.min(row, table.rows.length - 2), 0, 'end')
  }
  const removeColumn = (column: number) => {
    const next = deleteColumn(body, table.index, column)
    onStructure(t('tables.deleted', { column: table.headers[column] || `#${column + 1}` }), body, next)
    onChange(next)
    if (table.columns > 2) moveTo(0, Math.min(column, table.columns - 2), 'end')
  }

  const header = table.rows[0]
  const rows = []
  for (let r = first; r <= last; r++) {
    rows.push(
      <GridRow
        key={r}
        row={r}
        cells={table.rows[r].cells}
        columns={table.columns}
        headers={table.headers}
        template={template}
        readOnly={readOnly}
        marks={byCell.get(r)}
        handlers={handlers}
      />,
    )
  }

  return (
    <div className="table-grid" data-table={table.index + 1}>
      <p className="table-grid__caption">
        <span>{t('tables.caption', { n: table.index + 1, rows: dataRows, columns: table.columns })}</span>
        <span className="table-grid__hint">{t('grid.hint')}</span>
      </p>
      <div
        ref={scroller}
        className="table-grid__scroll"
        role="grid"
        aria-label={t('grid.label', { n: table.index + 1 })}
        aria-rowcount={table.rows.length}
        aria-colcount={table.columns + 1}
        style={{ maxHeight: MAX_HEIGHT }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div className="table-grid__inner" style={{ width: totalWidth, height: HEADER_HEIGHT + dataRows * ROW_HEIGHT }}>
          <div role="row" aria-rowindex={1} className="table-grid__row table-grid__row--header" style={{ gridTemplateColumns: template }}>
            <div role="columnheader" className="table-grid__gutter" />
            {Array.from({ length: table.columns }, (_, c) => {
              const mark = headerMarks?.get(c)
              const label = headerLabel(header.cells[c] ?? '') || `#${c + 1}`
              return (
                <div key={c} role="columnheader" aria-colindex={c + 2} className={mark ? `table-grid__cell table-grid__head ${mark.className}` : 'table-grid__cell table-grid__head'} data-key={mark?.key}>
                  <CellInput row={0} column={c} value={header.cells[c] ?? ''} label={t('grid.header', { column: label })} readOnly={readOnly} handlers={handlers} />
                  {!readOnly && table.columns > 1 && (
                    <button
                      type="button"
                      className="table-grid__delete"
                      aria-label={t('grid.deleteColumn', { column: label })}
                      title={t('grid.deleteColumn', { column: label })}
                      onClick={() => removeColumn(c)}
                    >
                      ×
                    </button>
                  )}
                </div>
              )
            })}
          </div>
          {rows}
        </div>
      </div>
    </div>
  )
}
