import type { ReactNode } from 'react'
import { limits, noticeTypes, type NoticeFields, type NoticeType } from '../../../shared/notice/notice'
import { useI18n } from '../../i18n/i18n'
import { BodyField, type BodyFieldProps } from './body-field'
import { NoticeDates } from './notice-dates'

export type NoticeFieldsFormProps = {
  fields: NoticeFields
  readOnly: boolean
  /** A brand-new notice starts with the cursor in 标题. */
  autoFocusTitle?: boolean
  onChange: (patch: Partial<NoticeFields>) => void
  onBlur: () => void
  /** The highlight layer and the textarea handle for the findings panel. */
  body?: Pick<BodyFieldProps, 'layer' | 'layerDescription' | 'textareaRef' | 'onCaret' | 'onPasteText' | 'grid'>
  /** Shown between the fields and 正文 (the import-marker banner and the 表格 panel). */
  aboveBody?: ReactNode
}

function isNoticeType(value: string): value is NoticeType {
  return (noticeTypes as readonly string[]).includes(value)
}

/** 标题, 文号, 发布单位, 公告类型, 落款日期, 公示期 and 正文. Saving is the caller's business. */
export function NoticeFieldsForm({ fields, readOnly, autoFocusTitle = false, onChange, onBlur, body, aboveBody }: NoticeFieldsFormProps) {
  const { t } = useI18n()
  return (
    <form className="notice-form" aria-label={t('editor.formLabel')} onSubmit={(event) => event.preventDefault()}>
      <div className="field field--title">
        <label className="field__label" htmlFor="notice-title">
          {t('editor.title')}
        </label>
        <input
          id="notice-title"
          className="input input--title"
          value={fields.title}
          readOnly={readOnly}
          maxLength={limits.title}
          placeholder={t('editor.titlePlaceholder')}
          autoComplete="off"
          autoFocus={autoFocusTitle}
          onChange={(event) => onChange({ title: event.target.value })}
          onBlur={onBlur}
        />
      </div>
      <div className="notice-form__row">
        <div className="field">
          <label className="field__label" htmlFor="notice-doc-number">
            {t('editor.docNumber')}
          </label>
          <input
            id="notice-doc-number"
            className="input"
            value={fields.docNumber}
            readOnly={readOnly}
            maxLength={limits.docNumber}
            placeholder={t('editor.docNumberPlaceholder')}
            autoComplete="off"
            onChange={(event) => onChange({ docNumber: event.target.value })}
            onBlur={onBlur}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="notice-issuer">
            {t('editor.issuer')}
          </label>
          <input
            id="notice-issuer"
            className="input"
            value={fields.issuer}
            readOnly={readOnly}
            maxLength={limits.issuer}
            placeholder={t('editor.issuerPlaceholder')}
            autoComplete="organization"
            onChange={(event) => onChange({ issuer: event.target.value })}
            onBlur={onBlur}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="notice-type">
            {t('editor.noticeType')}
          </label>
          <select
            id="notice-type"
            className="input select"
            value={fields.noticeType}
            disabled={readOnly}
            onChange={(event) => {
              if (isNoticeType(event.target.value)) onChange({ noticeType: event.target.value })
            }}
            onBlur={onBlur}
          >
            {noticeTypes.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <NoticeDates fields={fields} readOnly={readOnly} onChange={onChange} onBlur={onBlur} />
      {aboveBody}
      <BodyField id="notice-body" value={fields.body} readOnly={readOnly} onChange={(text) => onChange({ body: text })} onBlur={onBlur} {...body} />
    </form>
  )
}
