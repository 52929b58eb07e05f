import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'
import { workflowLimits } from '../../shared/api/contract-workflow'
import { serviceMessage } from '../lib/service-message'
import { Dialog } from './dialog'
import './form-field.css'
import './password-dialog.css'

/** An optional second field for a comment or reason (批准意见, 退回理由) typed in the same dialog. */
export type PasswordDialogExtra = {
  label: string
  hint?: string
  placeholder?: string
  /** A required field must hold something other than spaces before the dialog submits. */
  required?: boolean
  maxLength: number
  /** Shown when a required field is left empty. */
  requiredMessage?: string
  /** What the field starts with (e.g. a 退回 reason quoting the place the reviewer marked). */
  initial?: string
}

export type PasswordDialogProps = {
  open: boolean
  title: string
  /** What signing or confirming here does, in a sentence or two. */
  explanation: ReactNode
  confirmLabel: string
  /** Red confirm button (sending back, resetting another person's password). */
  danger?: boolean
  /** Label of the password field; defaults to 您的密码. */
  passwordLabel?: string
  extra?: PasswordDialogExtra
  /**
   * Runs the call that needs the password. While it runs the dialog is busy; when it rejects, the
   * service's reason is shown and the password field is emptied for another try; when it resolves the
   * owner closes the dialog (set `open` false).
   */
  onSubmit: (input: { password: string; extra: string }) => Promise<void>
  onCancel: () => void
}

/**
 * Asks for the signed-in user's password to sign or confirm one action. The password lives only in
 * the input element while the dialog is open: it is read on submit, passed on, and the field cleared;
 * nothing is kept in React state, so closing the dialog leaves no copy behind.
 */
export function PasswordDialog(props: PasswordDialogProps) {
  const { t } = useI18n()
  const formId = useId()
  const [busy, setBusy] = useState(false)
  return (
    <Dialog
      open={props.open}
      title={props.title}
      onClose={() => {
        if (!busy) props.onCancel()
      }}
      footer={
        <>
          <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={formId} className={props.danger ? 'button button--danger' : 'button button--primary'} disabled={busy}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {props.confirmLabel}
          </button>
        </>
      }
    >
      <PasswordForm {...props} formId={formId} busy={busy} setBusy={setBusy} />
    </Dialog>
  )
}

type FormProps = PasswordDialogProps & { formId: string; busy: boolean; setBusy: (busy: boolean) => void }

// Rendered only while the dialog is open (Dialog drops its children when closed), so its state — the
// comment and the error — starts empty every time the dialog opens.
function PasswordForm({ formId, busy, setBusy, explanation, passwordLabel, extra, onSubmit }: FormProps) {
  const { t, locale } = useI18n()
  const passwordRef = useRef<HTMLInputElement>(null)
  const [extraText, setExtraText] = useState(extra?.initial ?? '')
  const [error, setError] = useState<string>()
  const passwordId = useId()
  const extraId = useId()
  const errorId = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = passwordRef.current
    if (!input || busy) return
    const password = input.value
    if (extra?.required && extraText.trim() === '') {
      setError(extra.requiredMessage ?? t('pwdialog.extraRequired', { label: extra.label }))
      return
    }
    if (password === '') {
      setError(t('pwdialog.passwordRequired'))
      input.focus()
      return
    }
    input.value = ''
    setBusy(true)
    setError(undefined)
    try {
      await onSubmit({ password, extra: extraText.trim() })
    } catch (failure) {
      setError(serviceMessage(failure, locale, t))
      passwordRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form id={formId} className="password-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <div className="dialog__text password-dialog__explanation">{explanation}</div>
      {extra && (
        <div className="field">
          <label className="field__label" htmlFor={extraId}>
            {extra.label}
          </label>
          <textarea
            id={extraId}
            className="input password-dialog__textarea"
            value={extraText}
            maxLength={extra.maxLength}
            placeholder={extra.placeholder}
            required={extra.required}
            disabled={busy}
            rows={3}
            onChange={(event) => setExtraText(event.target.value)}
          />
          {extra.hint && <p className="field__hint">{extra.hint}</p>}
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={passwordId}>
          {passwordLabel ?? t('pwdialog.password')}
        </label>
        <input
          ref={passwordRef}
          id={passwordId}
          className="input"
          type="password"
          autoComplete="current-password"
          autoFocus={!extra}
          disabled={busy}
          aria-invalid={error !== undefined}
          aria-describedby={error ? errorId : undefined}
          maxLength={workflowLimits.password}
        />
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
