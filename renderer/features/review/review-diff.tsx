import { useMemo, useState } from 'react'
import type { ReviewView } from '../../../shared/api/contract-workflow'
import { formatAbsolute } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import { diffRows } from './diff-hunks'

type Diff = NonNullable<ReviewView['diff']>

/**
 * 修改对比 — what the drafter changed in the published text since the reviewer last sent it back:
 * added lines green, removed lines red, with the reason it was sent back.
 */
export function ReviewDiff({ diff }: { diff: Diff }) {
  const { t, locale } = useI18n()
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set())
  const rows = useMemo(() => diffRows(diff.lines), [diff.lines])
  const added = diff.lines.filter((line) => line.op === 'add').length
  const removed = diff.lines.filter((line) => line.op === 'del').length
  return (
    <section className="card review-diff" aria-labelledby="review-diff-title">
      <h2 id="review-diff-title" className="card__title">
        {t('review.diffTitle')}
      </h2>
      <p className="review-diff__since">
        {t('review.diffSince', { reviewer: diff.reviewer, date: formatAbsolute(diff.rejectedAt, locale) })}
        <span className="review-diff__stats">
          <span className="review-diff__stat review-diff__stat--add">{t('review.diffAdded', { count: added })}</span>
          <span className="review-diff__stat review-diff__stat--del">{t('review.diffRemoved', { count: removed })}</span>
        </span>
      </p>
      <blockquote className="review-diff__reason">{t('review.diffReason', { reason: diff.reason })}</blockquote>
      {added === 0 && removed === 0 ? (
        <p className="card__hint">{t('review.diffNone')}</p>
      ) : (
        <ol className="review-diff__lines" aria-label={t('review.diffTitle')}>
          {rows.flatMap((row, index) => {
            if (row.kind === 'line' || unfolded.has(index)) {
              const lines = row.kind === 'line' ? [row.line] : row.lines
              return lines.map((line, at) => (
                <li key={`${index}-${at}`} className={`review-diff__line review-diff__line--${line.op}`} data-op={line.op}>
                  <span className="review-diff__sign" aria-hidden="true">
                    {line.op === 'add' ? '+' : line.op === 'del' ? '−' : ' '}
                  </span>
                  <span className="visually-hidden">{line.op === 'same' ? '' : t(`review.diffOp.${line.op}`)}</span>
                  <span className="review-diff__text">{line.text === '' ? ' ' : line.text}</span>
                </li>
              ))
            }
            return [
              <li key={index} className="review-diff__fold">
                <button type="button" className="review-diff__unfold" onClick={() => setUnfolded((open) => new Set(open).add(index))}>
                  {t('review.diffFolded', { count: row.count })}
                </button>
              </li>,
            ]
          })}
        </ol>
      )}
    </section>
  )
}
