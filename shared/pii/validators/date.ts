const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Calendar validity of a Gregorian date, with the birth-date window IDs use (1900 .. today). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12) || !(day >= 1)) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = month === 2 && leap ? 29 : DAYS[month - 1]
  return day <= days
}

/** A plausible birth date: real, not before 1900, not after `today`. */
export function isPlausibleBirthDate(year: number, month: number, day: number, today: Date = new Date()): boolean {
  if (!isRealDate(year, month, day) || year < 1900) return false
  const t = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate()
  return year * 10000 + month * 100 + day <= t
}
