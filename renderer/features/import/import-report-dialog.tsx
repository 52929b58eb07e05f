import type { ImportReport } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'

/**
 * 导入报告 — what came in, and every hidden or side-channel item with what became of it, in plain words:
 * hidden rows/columns/sheets are in the notice, marked, and must be confirmed or deleted before submitting.
 */
export function ImportReportDialog({ open, name, report, onClose }: { open: boolean; name: string; report?: ImportReport; onClose: () => void }) {
  const { t, locale } = useI18n()
  const shown = report?.hidden.some((item) => item.disposition === 'shown') ?? false
  return (
    <Dialog
      open={open}
      size="large"
      title={t('import.reportTitle', { name })}
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('import.open')}
        </button>
      }
    >
      {report && (
        <div className="import-report">
          <p className="dialog__text">{t('import.content', { paragraphs: report.paragraphs, tables: report.tables, rows: report.rows })}</p>
          <h3 className="import-report__heading">{t('import.hiddenTitle', { count: report.hidden.length })}</h3>
          {report.hidden.length === 0 ? (
            <p className="dialog__text">{t('import.hiddenNone')}</p>
          ) : (
            <>
              <p className={shown ? 'banner banner--warning import-report__explain' : 'dialog__text'}>{t('import.hiddenExplain')}</p>
              <div className="import-report__scroll">
                <table className="data-table import-report__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('import.colKind')}</th>
                      <th scope="col">{t('import.colWhere')}</th>
                      <th scope="col">{t('import.colDisposition')}</th>
                      <th scope="col">{t('import.colFindings')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.hidden.map((item, i) => (
                      <tr key={i} data-disposition={item.disposition}>
                        <td>{item.label[locale]}</td>
                        <td>{item.where}</td>
                        <td>
                          <span className={item.disposition === 'shown' ? 'import-tag import-tag--shown' : 'import-tag import-tag--dropped'}>
                            {item.disposition === 'shown' ? t('import.shown') : t('import.dropped')}
                          </span>
                        </td>
                        <td>{item.findings > 0 ? t('import.findingsCount', { count: item.findings }) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {report.droppedFindings.length > 0 && (
            <>
              <h3 className="import-report__heading">{t('import.droppedFindings')}</h3>
              <ul className="import-report__list">
                {report.droppedFindings.map((item) => (
                  <li key={item.type}>{t('import.droppedFinding', { type: t(`entity.${item.type}`), count: item.count })}</li>
                ))}
              </ul>
            </>
          )}
          {report.warnings.length > 0 && (
            <>
              <h3 className="import-report__heading">{t('import.warnings')}</h3>
              <ul className="import-report__list">
                {report.warnings.map((warning, i) => (
                  <li key={i}>
                    {warning.message[locale]}
                    {warning.where ? `（${warning.where}）` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Dialog>
  )
}
