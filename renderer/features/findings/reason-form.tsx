import { useId, useState } from 'react'
import { decisionLimits } from '../../../shared/findings/decision'
import { useI18n } from '../../i18n/i18n'

export type ReasonFormProps = {
  action: 'keep' | 'notPersonal'
  busy: boolean
  onSubmit: (reason: string) => void
  onCancel: () => void
}

/** The written reason 保留 and 非个人信息 need. The service checks it too; this only saves a round trip. */
export function ReasonForm({ action, busy, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useI18n()
  const id = useId()
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const errorId = `${id}-error`
  return (
    <form
      className="reason-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (reason.trim() === '') {
          setMissing(true)
          return
        }
        onSubmit(reason.trim())
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <label className="reason-form__label" htmlFor={id}>
        {t(`decision.reasonLabel.${action}`)}
      </label>
      <textarea
        id={id}
        className="input reason-form__input"
        value={reason}
        rows={2}
        maxLength={decisionLimits.reason}
        placeholder={t(`decision.reasonPlaceholder.${action}`)}
        aria-invalid={missing}
        aria-describedby={missing ? errorId : undefined}
        autoFocus
        onChange={(event) => {
          setReason(event.target.value)
          if (missing && event.target.value.trim() !== '') setMissing(false)
        }}
      />
      {missing && (
        <p id={errorId} className="reason-form__error" role="alert">
          {t('decision.reasonRequired')}
        </p>
      )}
      <div className="reason-form__footer">
        <span className="reason-form__count">{t('decision.reasonCount', { count: reason.length, max: decisionLimits.reason })}</span>
        <button type="button" className="button button--small button--ghost" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="button button--small button--primary" disabled={busy}>
          {t('decision.confirm')}
        </button>
      </div>
    </form>
  )
}
