import { useState } from 'react'
import type { NoticeFields } from '../../../shared/notice/notice'
import { useI18n } from '../../i18n/i18n'
import { formatDateText, parseDateText } from '../../lib/date-field'
import '../../ui/form-field.css'

type DateKey = 'signatureDate' | 'publicityStart' | 'publicityEnd'

/** 公示期 ends before it starts: said beside the end date (the service refuses it too). */
export function publicityOrderError(fields: Pick<NoticeFields, 'publicityStart' | 'publicityEnd'>): boolean {
  return fields.publicityStart !== '' && fields.publicityEnd !== '' && fields.publicityEnd < fields.publicityStart
}

/** 落款日期 — the date under the signature block — and 公示期 (start and end). */
export function NoticeDates({
  fields,
  readOnly,
  onChange,
  onBlur,
}: {
  fields: NoticeFields
  readOnly: boolean
  onChange: (patch: Partial<NoticeFields>) => void
  onBlur: () => void
}) {
  const { t } = useI18n()
  const orderError = publicityOrderError(fields)
  const input = (key: DateKey, id: string, label: string, invalid = false) => (
    <DateField id={id} label={label} value={fields[key]} readOnly={readOnly} invalid={invalid} onChange={(iso) => onChange({ [key]: iso })} onBlur={onBlur} />
  )
  return (
    <div className="notice-form__dates">
      <div className="notice-form__row">
        {input('signatureDate', 'notice-signature-date', t('editor.signatureDate'))}
        {input('publicityStart', 'notice-publicity-start', t('editor.publicityStart'), orderError)}
        {input('publicityEnd', 'notice-publicity-end', t('editor.publicityEnd'), orderError)}
      </div>
      {orderError && (
        <p id="notice-publicity-error" className="field__error" role="alert">
          {t('editor.publicityOrder', { start: formatDateText(fields.publicityStart), end: formatDateText(fields.publicityEnd) })}
        </p>
      )}
    </div>
  )
}

/**
 * One date as a text box in 年/月/日 (see lib/date-field): what is typed is kept while it is being typed,
 * saved as soon as it reads as a date, shown as 2026年3月1日 once the box is left, and said to be wrong
 * (without touching the saved date) when it does not read as one.
 */
function DateField({
  id,
  label,
  value,
  readOnly,
  invalid,
  onChange,
  onBlur,
}: {
  id: string
  label: string
  value: string
  readOnly: boolean
  invalid: boolean
  onChange: (iso: string) => void
  onBlur: () => void
}) {
  const { t } = useI18n()
  // the text being typed; undefined while the box shows the saved date
  const [draft, setDraft] = useState<string | undefined>()
  const unreadable = draft !== undefined && parseDateText(draft) === undefined
  const errorId = `${id}-error`
  const describedBy = [invalid ? 'notice-publicity-error' : '', unreadable ? errorId : ''].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('editor.datePlaceholder')}
        value={draft ?? formatDateText(value)}
        readOnly={readOnly}
        aria-invalid={invalid || unreadable ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          const text = event.target.value
          setDraft(text)
          const iso = parseDateText(text)
          if (iso !== undefined && iso !== value) onChange(iso)
        }}
        onBlur={() => {
          if (draft !== undefined && parseDateText(draft) !== undefined) setDraft(undefined)
          onBlur()
        }}
      />
      {unreadable && (
        <p id={errorId} className="field__error">
          {t('editor.dateUnreadable')}
        </p>
      )}
    </div>
  )
}
