import { useId, type ReactNode, type Ref } from 'react'
import './form-field.css'

type InputProps = {
  label: string
  hint?: ReactNode
  error?: string
  inputRef?: Ref<HTMLInputElement>
  type?: 'text' | 'password'
  /** Controlled when given; password fields leave it out and are read through `inputRef`. */
  value?: string
  onChange?: (value: string) => void
  autoComplete?: string
  autoFocus?: boolean
  maxLength?: number
  placeholder?: string
  disabled?: boolean
  /** Monospace input for logins. */
  mono?: boolean
}

/** A labelled input with its hint and its error, tied together for screen readers. */
export function FormField({ label, hint, error, inputRef, type = 'text', value, onChange, mono, ...rest }: InputProps) {
  const id = useId()
  const hintId = useId()
  const errorId = useId()
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className={mono ? 'input input--mono' : 'input'}
        type={type}
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        spellCheck={false}
        {...rest}
      />
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  )
}
