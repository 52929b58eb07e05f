/**
 * 公示期 — the end of the period a notice says it stays published, read from its own words. One parser for the
 * sweep of pages already online (shared/sweep/report) and for the take-down reminders of exported bundles
 * (publishUntilOf). Dates are calendar days, YYYY-MM-DD.
 */

/** Where a relative period (自发布之日起7日, 公示期为5个工作日) starts when the text itself gives no date. */
export type PublicityOptions = {
  /** the day publication starts, when known (公示期 start field, 落款日期): wins over any date in the text */
  start?: string | undefined
  /** used only when neither `start` nor a date in the text is there (e.g. the day the bundle was exported) */
  fallbackStart?: string | undefined
}

const day = String.raw`(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?`
const endDay = String.raw`(?:(\d{4})\s*[年./-]\s*)?(?:(\d{1,2})\s*[月./-]\s*)?(\d{1,2})\s*日?`
/** 公示期为2024年5月5日至5月11日 / 公示时间：2024-05-05至2024-05-11 / 公示日期2024.5.5—2024.5.11 */
const range = new RegExp(String.raw`公示(?:期|时间|日期|期限)[为是：:\s]*(?:自|从)?\s*${day}\s*(?:起)?\s*(?:至|到|—|－|-|~|～)\s*${endDay}`, 'u')
/** 自发布之日起7日 / 公示期为7天 / 公示期5个工作日 */
const relative = /(?:(?:自|从)?(?:发布|公布|公示)之日起|公示(?:期|时间|期限)[为是：:\s]*)(\d{1,3})\s*(?:个)?\s*(工作)?\s*[日天]/u
const anyDay = new RegExp(day, 'u')

function iso(year: number, month: number, date: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, date))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return undefined
  return d.toISOString().slice(0, 10)
}

/** The day `count` days (or working days, Monday to Friday) on from `start`, counting `start` itself as the first. */
export function addPeriod(start: string, count: number, workingDays: boolean): string {
  const d = new Date(`${start}T00:00:00Z`)
  if (!workingDays) {
    d.setUTCDate(d.getUTCDate() + Math.max(count, 1) - 1)
    return d.toISOString().slice(0, 10)
  }
  // national holidays are not known offline: only weekends are skipped
  const weekday = (): boolean => d.getUTCDay() !== 0 && d.getUTCDay() !== 6
  while (!weekday()) d.setUTCDate(d.getUTCDate() + 1)
  for (let left = Math.max(count, 1) - 1; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1)
    if (weekday()) left--
  }
  return d.toISOString().slice(0, 10)
}

/**
 * The end of the stated 公示期, or undefined when the text states none it can date. A range gives its end; a
 * relative period (自发布之日起7日) counts from `options.start`, else the first date in the text, else
 * `options.fallbackStart`.
 */
export function statedPublicityEnd(text: string, options: PublicityOptions = {}): string | undefined {
  const m = range.exec(text)
  if (m) {
    const year = Number(m[4] ?? m[1])
    const month = Number(m[5] ?? m[2])
    const end = iso(year, month, Number(m[6]))
    const begin = iso(Number(m[1]), Number(m[2]), Number(m[3]))
    // 2024年12月25日至1月5日: the end is in the next year
    if (end && begin && end < begin && m[4] === undefined) return iso(year + 1, month, Number(m[6]))
    if (end) return end
  }
  const rel = relative.exec(text)
  if (!rel) return undefined
  let start = options.start
  if (!start) {
    const first = anyDay.exec(text)
    start = first ? iso(Number(first[1]), Number(first[2]), Number(first[3])) : undefined
  }
  start ??= options.fallbackStart
  if (!start) return undefined
  return addPeriod(start, Number(rel[1]), rel[2] !== undefined)
}

/** What a notice knows about its own 公示期: the fields the drafter filled in, and its text. */
export type PublicitySource = { title: string; body: string; publicityStart: string; publicityEnd: string; signatureDate: string }

/**
 * publishUntil of a notice's bundle: the 公示期 end field if filled in, else the period its text states (a
 * relative one counted from the 公示期 start or 落款日期 field, the first date in the text, else
 * `fallbackStart`), else undefined.
 */
export function publishUntilOf(notice: PublicitySource, fallbackStart?: string): string | undefined {
  if (notice.publicityEnd) return notice.publicityEnd
  const start = notice.publicityStart || notice.signatureDate || undefined
  return statedPublicityEnd(`${notice.title}\n${notice.body}`, { start, fallbackStart })
}

/** Whole days from `today` to `end` (both YYYY-MM-DD): 0 on the last day, negative once it has passed. */
export function daysBetween(today: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** The local calendar day of a moment, YYYY-MM-DD (the office's clock, not UTC). */
export function localDay(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}
