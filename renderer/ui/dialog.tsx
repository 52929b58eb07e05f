import { useEffect, useId, useRef, type ReactNode } from 'react'
import './dialog.css'

export type DialogProps = {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  /** Buttons, right-aligned; the first focusable element gets focus when the dialog opens. */
  footer?: ReactNode
  size?: 'small' | 'large'
  /** `alertdialog` for questions that need an answer (destructive confirmations). */
  role?: 'dialog' | 'alertdialog'
}

/**
 * A modal on the native <dialog>: the browser supplies the focus trap, Esc, the backdrop and
 * returning focus to the opener, all of which are easy to get subtly wrong by hand.
 */
export function Dialog({ open, title, onClose, children, footer, size = 'small', role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Keep React state the source of truth: Esc asks the owner to close instead of closing behind its back.
        event.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
          </header>
          <div className="dialog__body">{children}</div>
          {footer && <footer className="dialog__footer">{footer}</footer>}
        </>
      )}
    </dialog>
  )
}
