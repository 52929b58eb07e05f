import type { NoticeFields } from '../../../shared/notice/notice'
import { useI18n } from '../../i18n/i18n'
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
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="date"
        value={fields[key]}
        readOnly={readOnly}
        min={key === 'publicityEnd' && fields.publicityStart ? fields.publicityStart : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? 'notice-publicity-error' : undefined}
        // a half-typed date reads as '' in a date input: that is "not set", which the contract takes
        onChange={(event) => onChange({ [key]: event.target.value })}
        onBlur={onBlur}
      />
    </div>
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
          {t('editor.publicityOrder', { start: fields.publicityStart, end: fields.publicityEnd })}
        </p>
      )}
    </div>
  )
}
