import { Dialog } from './dialog'

export type ConfirmDialogProps = {
  open: boolean
  title: string
  body: string
  confirmLabel: string
  cancelLabel: string
  /** Destructive confirmations get the red button and focus starts on Cancel. */
  danger?: boolean
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, danger = false, busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      role="alertdialog"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus={danger}>
            {cancelLabel}
          </button>
          <button type="button" className={danger ? 'button button--danger' : 'button button--primary'} onClick={onConfirm} disabled={busy} autoFocus={!danger}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p className="dialog__text">{body}</p>
    </Dialog>
  )
}
