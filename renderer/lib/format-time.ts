import type { Locale } from '../../shared/api/contract'
import type { Translate } from '../i18n/translate'

const minute = 60_000

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
}

/** 14:05:09 — the clock time of a save. */
export function formatClock(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(iso))
}

/** The time in 已保存 …: the clock alone today, with the date before (3月5日 14:05) on a notice saved earlier. */
export function formatSaveTime(iso: string, now: Date, locale: Locale): string {
  const then = new Date(iso)
  if (sameDay(then, now)) return formatClock(iso, locale)
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(then)
}

/** 2026年3月5日 14:05 — the full local date and time, for tooltips and version lists. */
export function formatAbsolute(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(
    new Date(iso),
  )
}

/**
 * How long ago, the way an office clerk says it: 刚刚, 5 分钟前, 今天 14:05, 昨天 09:30, 3月5日 14:05,
 * and the year only when it is not this year.
 */
export function formatRelative(iso: string, now: Date, locale: Locale, t: Translate): string {
  const then = new Date(iso)
  const elapsed = now.getTime() - then.getTime()
  if (elapsed >= 0 && elapsed < minute) return t('time.justNow')
  if (elapsed >= 0 && elapsed < 60 * minute) return t('time.minutesAgo', { count: Math.floor(elapsed / minute) })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(then)
  if (sameDay(then, now)) return t('time.today', { time })
  const yesterday = new Date(now)
  yesterday.setDate(now.getDate() - 1)
  if (sameDay(then, yesterday)) return t('time.yesterday', { time })
  const sameYear = then.getFullYear() === now.getFullYear()
  return new Intl.DateTimeFormat(locale, {
    ...(sameYear ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(then)
}

/** When a version was saved: 今天 14:05:09 today, otherwise the full date (seconds matter when saves come fast). */
export function formatSavedAt(iso: string, now: Date, locale: Locale, t: Translate): string {
  const then = new Date(iso)
  if (sameDay(then, now)) return t('time.today', { time: formatClock(iso, locale) })
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(then)
}
