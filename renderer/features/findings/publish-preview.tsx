import { useMemo } from 'react'
import type { ReviewSummary } from '../../../shared/findings/resolution'
import type { NoticeFields } from '../../../shared/notice/notice'
import { closingOf } from '../../../shared/workflow/closing'
import { useI18n } from '../../i18n/i18n'
import { droppedColumnNote } from '../../../shared/publish/whole-columns'
import { previewModel, withoutRemovedColumns, type PreviewModel } from './preview-model'
import type { Reviewed } from './review-types'
import { SummaryBar } from './summary-bar'
import { manualItems, type PlacedManual } from './use-manual-findings'
import './preview.css'

export type PublishPreviewProps = {
  fields: NoticeFields
  reviewed: readonly Reviewed[]
  summary: ReviewSummary
  /** The findings are of the current body (no scan pending). */
  current: boolean
  /** 人工标记, placed on the fields as typed */
  manual: readonly PlacedManual[]
}

/**
 * 预览发布内容 — the header fields and the body exactly as `redactText` will publish it with today's decisions, each replaced
 * value coloured by where it stands. Read-only; the summary says what still stops publication.
 */
export function PublishPreview({ fields, reviewed, summary, current, manual }: PublishPreviewProps) {
  const { t, locale } = useI18n()
  const model = useMemo((): PreviewModel | 'pending' | 'failed' => {
    if (!current) return 'pending'
    try {
      return withoutRemovedColumns(
        previewModel(
          fields.body,
          reviewed.filter((item) => !item.field),
          manualItems(manual, 'body'),
        ),
      )
    } catch {
      return 'failed'
    }
  }, [current, fields.body, reviewed, manual])
  // 标题, 文号 and 发布单位 are published redacted too; until their scan has caught up with typing, say so
  const header = useMemo(() => {
    const published = (field: 'title' | 'docNumber' | 'issuer'): string | undefined => {
      try {
        return previewModel(
          fields[field],
          reviewed.filter((item) => item.field === field),
          manualItems(manual, field),
        ).text
      } catch {
        return undefined
      }
    }
    return { title: published('title'), docNumber: published('docNumber'), issuer: published('issuer') }
  }, [fields, reviewed, manual])
  const shown = (text: string | undefined): string => text ?? t('findings.scanning')
  // 落款 and 公示期 as the bundle appends them, and what it leaves out because the body already says it
  const closing = useMemo(
    () =>
      closingOf({
        body: typeof model === 'object' ? model.text : fields.body,
        issuer: header.issuer ?? fields.issuer,
        signatureDate: fields.signatureDate,
        publicityStart: fields.publicityStart,
        publicityEnd: fields.publicityEnd,
      }),
    [model, header.issuer, fields],
  )
  const skipped = (['issuer', 'date', 'publicity'] as const).filter((part) => closing.skipped[part])

  return (
    <section className="preview" aria-labelledby="preview-title">
      <header className="preview__header">
        <h2 id="preview-title" className="preview__heading">
          {t('preview.title')}
        </h2>
        <p className="preview__hint">{t('preview.hint')}</p>
        <SummaryBar summary={summary} />
      </header>
      <article className="preview__doc">
        <h1 className="preview__title">{fields.title ? shown(header.title) : t('notice.untitled')}</h1>
        {fields.docNumber && <p className="preview__doc-number">{shown(header.docNumber)}</p>}
        {model === 'pending' && <p className="preview__note">{t('findings.scanning')}</p>}
        {model === 'failed' && (
          <p className="preview__note preview__note--error" role="alert">
            {t('findings.failed')}
          </p>
        )}
        {typeof model === 'object' && (
          <div className="preview__body" data-testid="preview-body">
            {model.text === ''
              ? t('preview.empty')
              : model.parts.map((part, index) =>
                  part.mark ? (
                    <mark
                      key={part.mark.key}
                      className={`preview-mark preview-mark--${part.mark.state}`}
                      title={part.mark.state === 'unresolved' || part.mark.state === 'blocking' ? t(`status.${part.mark.state}`) : undefined}
                    >
                      {part.text}
                    </mark>
                  ) : (
                    <span key={`text-${index}`}>{part.text}</span>
                  ),
                )}
          </div>
        )}
        {closing.publicity && <p className="preview__publicity">{closing.publicity}</p>}
        {closing.issuer && <p className="preview__issuer">{shown(header.issuer)}</p>}
        {closing.date && <p className="preview__issuer">{closing.date}</p>}
      </article>
      {typeof model === 'object' && model.droppedColumns && model.droppedColumns.length > 0 && (
        <div className="preview__closing-note" role="note" data-testid="dropped-columns-note">
          {model.droppedColumns.map((column) => (
            <p key={`${column.table}-${column.column}`}>{droppedColumnNote(column)[locale]}</p>
          ))}
        </div>
      )}
      {skipped.length > 0 && (
        <div className="preview__closing-note" role="note" data-testid="closing-note">
          {skipped.map((part) => (
            <p key={part}>{t(part === 'issuer' ? 'closing.skippedIssuer' : part === 'date' ? 'closing.skippedDate' : 'closing.skippedPublicity')}</p>
          ))}
        </div>
      )}
    </section>
  )
}
