import { useState } from 'react'
import { manualKinds, type ManualAction, type ManualKind } from '../../../shared/findings/manual'
import { errorText } from '../../lib/error-text'
import { useI18n } from '../../i18n/i18n'
import { Dialog } from '../../ui/dialog'

export type ManualDialogProps = {
  /** the selected words, or undefined while closed */
  selected: string | undefined
  onMark: (kind: ManualKind, action: ManualAction) => Promise<void>
  onClose: () => void
}

/** 标记为个人信息 — what the selected words are (a short list) and whether they are masked or removed. */
export function ManualDialog({ selected, onMark, onClose }: ManualDialogProps) {
  const { t, locale } = useI18n()
  const [kind, setKind] = useState<ManualKind>('PERSON_NAME')
  const [action, setAction] = useState<ManualAction>('mask')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  const submit = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await onMark(kind, action)
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      open={selected !== undefined}
      title={t('manual.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void submit()}>
            {t('manual.confirm')}
          </button>
        </>
      }
    >
      <p className="manual-dialog__selected">{t('manual.selected', { value: selected ?? '' })}</p>
      <label className="form-field">
        <span className="form-field__label">{t('manual.kind')}</span>
        <select className="input" value={kind} onChange={(event) => setKind(event.target.value as ManualKind)}>
          {manualKinds.map((k) => (
            <option key={k} value={k}>
              {t(`manual.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="manual-dialog__actions">
        <legend className="form-field__label">{t('manual.action')}</legend>
        {(['mask', 'remove'] as const).map((a) => (
          <label key={a} className="manual-dialog__choice">
            <input type="radio" name="manual-action" value={a} checked={action === a} onChange={() => setAction(a)} />
            {t(`manual.${a}`)}
          </label>
        ))}
      </fieldset>
      {error !== undefined && (
        <p className="finding__error" role="alert">
          {errorText(error, t, locale)}
        </p>
      )}
    </Dialog>
  )
}
