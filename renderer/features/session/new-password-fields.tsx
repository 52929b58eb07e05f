import type { RefObject } from 'react'
import { passwordLimits } from '../../../shared/accounts/password-policy'
import { workflowLimits } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { FormField } from '../../ui/form-field'

type Props = {
  passwordRef: RefObject<HTMLInputElement | null>
  confirmRef: RefObject<HTMLInputElement | null>
  error?: string
  disabled?: boolean
  /** 新密码 by default; 初始密码 when an admin sets someone else's. */
  label?: string
  /** Whose password it is, for the rules hint: your own or a colleague's. */
  forOther?: boolean
}

/**
 * A new password typed twice, with the rules beside it. Uncontrolled: the text stays in the inputs
 * and is read (and cleared) on submit, never copied into React state.
 */
export function NewPasswordFields({ passwordRef, confirmRef, error, disabled, label, forOther = false }: Props) {
  const { t } = useI18n()
  return (
    <div className="new-password">
      <FormField
        label={label ?? t('password.new')}
        type="password"
        inputRef={passwordRef}
        autoComplete="new-password"
        maxLength={workflowLimits.password}
        disabled={disabled}
        hint={t(forOther ? 'password.rulesOther' : 'password.rules', { min: passwordLimits.min })}
      />
      <FormField
        label={t('password.confirm')}
        type="password"
        inputRef={confirmRef}
        autoComplete="new-password"
        maxLength={workflowLimits.password}
        disabled={disabled}
        error={error}
      />
    </div>
  )
}
