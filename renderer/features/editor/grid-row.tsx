import { memo, type ClipboardEvent, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react'
import { useI18n } from '../../i18n/i18n'
import { HEADER_HEIGHT, ROW_HEIGHT, type CellMark } from './grid-layout'

/** What a cell does with the officer's input: the grid's current handlers, read when an event comes (so a row need not re-render when the body moves on). */
export type CellHandlers = {
  change: (row: number, column: number, value: string) => void
  keyDown: (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => void
  paste: (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => void
  select: (event: SyntheticEvent<HTMLInputElement>, row: number, column: number) => void
  blur: () => void
  removeRow: (row: number) => void
}

/** One cell's input over its slice of the body. */
export function CellInput({ row, column, value, label, readOnly, handlers }: { row: number; column: number; value: string; label: string; readOnly: boolean; handlers: RefObject<CellHandlers> }) {
  return (
    <input
      className="table-grid__input"
      data-cell={`${row}:${column}`}
      value={value}
      readOnly={readOnly}
      spellCheck={false}
      autoComplete="off"
      aria-label={label}
      onChange={(event) => handlers.current.change(row, column, event.target.value)}
      onKeyDown={(event) => handlers.current.keyDown(event, row, column)}
      onPaste={(event) => handlers.current.paste(event, row, column)}
      onBlur={() => handlers.current.blur()}
      onSelect={(event) => handlers.current.select(event, row, column)}
    />
  )
}

export type GridRowProps = {
  row: number
  cells: readonly string[]
  columns: number
  headers: readonly string[]
  template: string
  readOnly: boolean
  /** this row's marks by column (`columns`: the gutter, for an import's hidden-row marker) */
  marks: ReadonlyMap<number, CellMark> | undefined
  handlers: RefObject<CellHandlers>
}

function sameList(a: readonly string[], b: readonly string[], n: number): boolean {
  if (a === b) return true
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false
  return true
}

function sameMarks(a: ReadonlyMap<number, CellMark> | undefined, b: ReadonlyMap<number, CellMark> | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.size !== b.size) return false
  for (const [column, mark] of a) {
    const other = b.get(column)
    if (!other || other.key !== mark.key || other.className !== mark.className) return false
  }
  return true
}

/**
 * A data row of the grid. Memoised on what it shows (its cells' text, its marks, the column layout): a
 * keystroke in one cell re-renders that row, not the others in view.
 */
export const GridRow = memo(
  function GridRow({ row, cells, columns, headers, template, readOnly, marks, handlers }: GridRowProps) {
    const { t } = useI18n()
    const gutterMark = marks?.get(columns)
    return (
      <div role="row" aria-rowindex={row + 1} className="table-grid__row" data-row={row} style={{ top: HEADER_HEIGHT + (row - 1) * ROW_HEIGHT, gridTemplateColumns: template }}>
        <div role="rowheader" className={gutterMark ? `table-grid__gutter ${gutterMark.className}` : 'table-grid__gutter'} data-key={gutterMark?.key}>
          <span className="table-grid__number">{row}</span>
          {gutterMark && <span className="visually-hidden">{t('grid.hiddenRow')}</span>}
          {!readOnly && (
            <button type="button" className="table-grid__delete" aria-label={t('grid.deleteRow', { row })} title={t('grid.deleteRow', { row })} onClick={() => handlers.current.removeRow(row)}>
              ×
            </button>
          )}
        </div>
        {Array.from({ length: columns }, (_, c) => {
          const mark = marks?.get(c)
          return (
            <div key={c} role="gridcell" aria-colindex={c + 2} className={mark ? `table-grid__cell ${mark.className}` : 'table-grid__cell'} data-key={mark?.key}>
              <CellInput row={row} column={c} value={cells[c] ?? ''} label={t('grid.cell', { column: headers[c] || `#${c + 1}`, row })} readOnly={readOnly} handlers={handlers} />
            </div>
          )
        })}
      </div>
    )
  },
  (a, b) =>
    a.row === b.row &&
    a.columns === b.columns &&
    a.template === b.template &&
    a.readOnly === b.readOnly &&
    a.handlers === b.handlers &&
    a.cells.length === b.cells.length &&
    sameList(a.cells, b.cells, a.cells.length) &&
    a.headers.length === b.headers.length &&
    sameList(a.headers, b.headers, a.headers.length) &&
    sameMarks(a.marks, b.marks),
)
