import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'

export type ToastAction = { label: string; run: () => void }
export type Toast = { message: string; action?: ToastAction; tone?: 'info' | 'error' }
/** `clear` takes the message away (signing out: the next person must not see it, nor its 撤销). */
type ToastApi = { show: (toast: Toast) => void; clear: () => void }

const ToastContext = createContext<ToastApi | undefined>(undefined)
const visibleMs = 6000

/**
 * One message at a time at the bottom of the window (已移到回收站 · 撤销). A message is shown whole, never
 * cut with "…"; an error stays until the officer closes it (关闭), so there is time to read it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const [current, setCurrent] = useState<(Toast & { key: number }) | undefined>()

  useEffect(() => {
    if (!current || current.tone === 'error') return
    const timer = window.setTimeout(() => setCurrent(undefined), visibleMs)
    return () => window.clearTimeout(timer)
  }, [current])

  const show = useCallback((toast: Toast) => setCurrent({ ...toast, key: Date.now() }), [])
  const clear = useCallback(() => setCurrent(undefined), [])
  const api = useMemo(() => ({ show, clear }), [show, clear])

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {current && (
          <div key={current.key} className={`toast toast--${current.tone ?? 'info'}`}>
            <span className="toast__message">{current.message}</span>
            {current.action && (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  current.action?.run()
                  setCurrent(undefined)
                }}
              >
                {current.action.label}
              </button>
            )}
            {current.tone === 'error' && (
              <button type="button" className="toast__action" onClick={() => setCurrent(undefined)}>
                {t('action.close')}
              </button>
            )}
          </div>
        )}
      </div>
    </ToastContext.Provider>
  )
}

export function useToast(): ToastApi {
  const value = useContext(ToastContext)
  if (!value) throw new Error('useToast outside ToastProvider')
  return value
}
