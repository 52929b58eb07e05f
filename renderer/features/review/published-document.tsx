import { memo } from 'react'
import type { ReviewView } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { publishedParts, type PublishedField } from './published-parts'
import '../findings/preview.css'

type Props = {
  view: ReviewView
  selected: number | undefined
  onSelect: (index: number) => void
}

/**
 * 发布内容 — the notice exactly as it will be published (the redacted text the signatures cover), as plain
 * text. Each value a finding replaced or kept is marked; clicking it selects the finding in the list.
 */
export const PublishedDocument = memo(function PublishedDocument({ view, selected, onSelect }: Props) {
  const { t } = useI18n()
  const render = (field: PublishedField) =>
    publishedParts(view, field).map((part, index) =>
      part.finding ? (
        <mark
          key={`f-${part.finding.index}`}
          id={`published-${part.finding.index}`}
          className={`preview-mark preview-mark--${part.finding.action === 'keep' ? 'shown' : 'hidden'}${selected === part.finding.index ? ' preview-mark--selected' : ''}`}
          data-index={part.finding.index}
          title={t(`entity.${part.finding.type}`)}
          onClick={() => part.finding && onSelect(part.finding.index)}
        >
          {part.text}
        </mark>
      ) : (
        <span key={`t-${index}`}>{part.text}</span>
      ),
    )
  return (
    <article className="preview__doc review-doc" aria-labelledby="review-doc-title" data-testid="published-notice">
      {/* h3: the page's h1 names the notice under review, the paper's h2 says this is what will be published. */}
      <h3 id="review-doc-title" className="preview__title">
        {view.published.title ? render('title') : t('notice.untitled')}
      </h3>
      {view.published.docNumber && <p className="preview__doc-number">{render('docNumber')}</p>}
      <div className="preview__body" data-testid="published-body">
        {view.published.body === '' ? t('preview.empty') : render('body')}
      </div>
      {view.published.issuer && <p className="preview__issuer">{render('issuer')}</p>}
    </article>
  )
})
