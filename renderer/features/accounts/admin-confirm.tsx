import type { Ref } from 'react'
import { workflowLimits } from '../../../shared/api/contract-workflow'
import { useI18n } from '../../i18n/i18n'
import { FormField } from '../../ui/form-field'

/**
 * The administrator's own password that confirms an account change (the service checks it), and the
 * service's refusal, if any — the foot of the add-account and reset-password forms.
 */
export function AdminConfirm({ adminRef, error, failure, disabled }: { adminRef: Ref<HTMLInputElement>; error: string | undefined; failure: string | undefined; disabled: boolean }) {
  const { t } = useI18n()
  return (
    <>
      <div className="account-form__confirm">
        <FormField
          label={t('addAccount.adminPassword')}
          hint={t('addAccount.adminPasswordHint')}
          type="password"
          inputRef={adminRef}
          autoComplete="current-password"
          maxLength={workflowLimits.password}
          error={error}
          disabled={disabled}
        />
      </div>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </>
  )
}
