import type { ReviewSummary } from '../../../shared/findings/resolution'
import { useI18n } from '../../i18n/i18n'
import './summary-bar.css'

/** 待处理 · 阻止发布 · 已遮盖 (and 删除 / 保留 when there are any). */
export function SummaryBar({ summary }: { summary: ReviewSummary }) {
  const { t } = useI18n()
  const item = (kind: string, text: string, count: number) => (
    <li className={count > 0 ? `summary__item summary__item--${kind}` : 'summary__item'} data-kind={kind}>
      <span className="summary__dot" aria-hidden="true" />
      {text}
    </li>
  )
  return (
    <ul className="summary" aria-label={t('summary.label')}>
      {item('unresolved', t('summary.unresolved', { count: summary.unresolved }), summary.unresolved)}
      {item('blocking', t('summary.blocking', { count: summary.blocking }), summary.blocking)}
      {item('masked', t('summary.masked', { count: summary.masked }), summary.masked)}
      {summary.removed > 0 && item('removed', t('summary.removed', { count: summary.removed }), summary.removed)}
      {summary.kept > 0 && item('kept', t('summary.kept', { count: summary.kept }), summary.kept)}
    </ul>
  )
}
