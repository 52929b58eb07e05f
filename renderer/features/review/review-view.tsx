import { useCallback, useState } from 'react'
import type { ReviewView } from '../../../shared/api/contract-workflow'
import { droppedColumnNote } from '../../../shared/publish/whole-columns'
import { useI18n } from '../../i18n/i18n'
import { PublishedDocument } from './published-document'
import { ReviewDiff } from './review-diff'
import { ReviewFindings } from './review-findings'
import { SignedFiles } from './signed-files'
import './review.css'

/**
 * The body of the reviewer's screen, the same on the office machine and on a leader's own machine:
 * the changes since the last 退回 first (what the reviewer asked to be fixed), then exactly what will be
 * published, the signed files, and every finding with its decision beside it.
 */
export function ReviewBody({ view }: { view: ReviewView }) {
  const { t, locale } = useI18n()
  const [selected, setSelected] = useState<number | undefined>()
  const select = useCallback((index: number) => {
    setSelected(index)
    document.getElementById(`published-${index}`)?.scrollIntoView({ block: 'center' })
  }, [])
  return (
    <div className="review__layout">
      <div className="review__scroll">
        <div className="review__column">
          {view.diff && <ReviewDiff diff={view.diff} />}
          <section className="paper review__paper" aria-labelledby="review-published-title">
            <header className="review__paper-header">
              <h2 id="review-published-title" className="review__paper-title">
                {t('review.published')}
              </h2>
              <p className="review__paper-hint">{t('review.publishedHint')}</p>
            </header>
            <PublishedDocument view={view} selected={selected} onSelect={setSelected} />
            {view.droppedColumns.length > 0 && (
              <div className="preview__closing-note" role="note" data-testid="dropped-columns-note">
                {view.droppedColumns.map((column) => (
                  <p key={`${column.table}-${column.column}`}>{droppedColumnNote(column)[locale]}</p>
                ))}
              </div>
            )}
          </section>
          <SignedFiles view={view} />
        </div>
      </div>
      <ReviewFindings view={view} selected={selected} onSelect={select} />
    </div>
  )
}
