import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Locale } from '../../shared/api/contract'
import { translate, type Translate } from './translate'

export type { Translate } from './translate'
export type I18n = { locale: Locale; t: Translate; setLocale: (locale: Locale) => void }

const I18nContext = createContext<I18n | undefined>(undefined)

/** Holds the UI language; persisting it (settings.update) is the settings page's job. */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale)
  const setLocale = useCallback((next: Locale) => setLocaleState(next), [])
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale])

  useEffect(() => {
    // Screen readers and CJK font selection follow the document language.
    document.documentElement.lang = locale
    document.title = translate(locale, 'app.name') + ' ' + translate(locale, 'app.subtitle')
  }, [locale])

  const value = useMemo(() => ({ locale, t, setLocale }), [locale, t, setLocale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}
