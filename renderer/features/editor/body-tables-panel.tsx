import { useMemo, useState } from 'react'
import { maskColumn } from '../../../shared/notice/body-tables'
import { useI18n } from '../../i18n/i18n'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { useToast } from '../../ui/toast'
import { tablesOf } from './tables-of'

type Pending = { table: number; column: number; header: string; rows: number }

/**
 * 表格 — the tables in 正文 (imported, pasted or typed with tabs), column by column, with 整列遮盖. Deleting a row or
 * a column is done in the grid itself (its × buttons), the one way to do it. `proposed`: columns whose every value
 * is removed — the published notice leaves them out whole, and the panel proposes deleting them in the grid too
 * (data minimisation first). 整列遮盖 rewrites the body and is saved like any edit, so version history keeps the old text.
 */
export function BodyTablesPanel({
  body,
  editable,
  onBody,
  proposed = [],
}: {
  body: string
  editable: boolean
  onBody: (body: string) => void
  proposed?: readonly { table: number; column: number }[]
}) {
  const { t } = useI18n()
  const toast = useToast()
  const tables = useMemo(() => tablesOf(body), [body])
  const [pending, setPending] = useState<Pending | undefined>()
  if (tables.length === 0) return null

  const apply = () => {
    if (!pending) return
    const { table, column, header } = pending
    setPending(undefined)
    try {
      onBody(maskColumn(body, table, column))
      toast.show({ message: t('tables.masked', { column: header }) })
    } catch {
      // the body changed under the dialog (the table or column is gone): nothing to do
    }
  }

  return (
    <section className="body-tables" aria-label={t('tables.title')}>
      <h2 className="body-tables__title">{t('tables.title')}</h2>
      {tables.map((table) => (
        <div key={table.index} className="body-tables__table" data-table={table.index + 1}>
          <p className="body-tables__caption">{t('tables.caption', { n: table.index + 1, rows: table.rows.length - 1, columns: table.columns })}</p>
          <ul className="body-tables__columns">
            {table.headers.map((header, column) => {
              const label = header || `#${column + 1}`
              return (
                <li key={column} className="body-tables__column">
                  <span className="body-tables__header">{label}</span>
                  {proposed.some((p) => p.table === table.index && p.column === column) && (
                    <span className="body-tables__proposal" data-testid="whole-column-proposal">
                      {t('tables.proposeDelete')}
                    </span>
                  )}
                  {editable && (
                    <span className="body-tables__actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`${t('tables.mask')}：${label}`}
                        onClick={() => setPending({ table: table.index, column, header: label, rows: table.rows.length - 1 })}
                      >
                        {t('tables.mask')}
                      </button>
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      <ConfirmDialog
        open={pending !== undefined}
        title={pending ? t('tables.maskTitle', { column: pending.header }) : ''}
        body={pending ? t('tables.maskBody', { column: pending.header, rows: pending.rows }) : ''}
        confirmLabel={t('tables.mask')}
        cancelLabel={t('action.cancel')}
        onConfirm={apply}
        onCancel={() => setPending(undefined)}
      />
    </section>
  )
}
