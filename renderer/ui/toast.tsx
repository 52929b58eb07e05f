import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'

export type ToastAction = { label: string; run: () => void }
export type Toast = { message: string; action?: ToastAction; tone?: 'info' | 'error' }
type ToastApi = { show: (toast: Toast) => void }

const ToastContext = createContext<ToastApi | undefined>(undefined)
const visibleMs = 6000

/** One short message at a time at the bottom of the window (已移到回收站 · 撤销). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<(Toast & { key: number }) | undefined>()

  useEffect(() => {
    if (!current) return
    const timer = window.setTimeout(() => setCurrent(undefined), visibleMs)
    return () => window.clearTimeout(timer)
  }, [current])

  const show = useCallback((toast: Toast) => setCurrent({ ...toast, key: Date.now() }), [])
  const api = useMemo(() => ({ show }), [show])

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
