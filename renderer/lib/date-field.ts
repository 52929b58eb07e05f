/**
 * 日期 as officers write it. The date fields are plain text boxes showing 2026年3月1日 (placeholder 年/月/日),
 * not the browser's date input, whose format follows the browser's own language (mm/dd/yyyy in a Chromium
 * without its Chinese language pack). They take 2026年3月1日, 2026-03-01, 2026/3/1, 2026.3.1 or 20260301,
 * in half- or full-width digits; the notice stores ISO 2026-03-01.
 */

const fullWidthDigit = /[０-９]/g
const dated = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?$/
const compact = /^(\d{4})(\d{2})(\d{2})$/

/** ISO `YYYY-MM-DD` for a typed date; '' for an empty box; undefined for text that is not a real date. */
export function parseDateText(text: string): string | undefined {
  const plain = text
    .replace(fullWidthDigit, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．／－]/g, (c) => ({ '．': '.', '／': '/', '－': '-' })[c] ?? c)
    .trim()
  if (plain === '') return ''
  const match = dated.exec(plain) ?? compact.exec(plain)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** 2026年3月1日 for ISO 2026-03-01 ('' stays ''; anything else is shown as it is). */
export function formatDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  return `${match[1]}年${String(Number(match[2]))}月${String(Number(match[3]))}日`
}
