/**
 * 落款 and 公示期 — the lines the published notice appends after the body from the 落款日期 and 公示期
 * fields, and when not to: a body typed (or imported) with its own 落款 or 公示期 already says them, and
 * appending the fields again would publish them twice. One function for the bundle's render and the
 * editor's preview, so the preview warns about exactly what the bundle leaves out.
 */

/** What the closing needs: the published body and issuer, and the dates (YYYY-MM-DD) when set. */
export type ClosingInput = { body: string; issuer: string; signatureDate?: string | undefined; publicityStart?: string | undefined; publicityEnd?: string | undefined }

export type Closing = {
  /** the 公示期 line to append, or undefined */
  publicity: string | undefined
  /** the 落款单位 line to append (the issuer), or undefined */
  issuer: string | undefined
  /** the 落款日期 line to append (2026年3月1日), or undefined */
  date: string | undefined
  /** the 落款 lines to append, in order: 落款单位, then 落款日期 */
  signature: string[]
  /** the fields left out because the body already states them */
  skipped: { issuer: boolean; date: boolean; publicity: boolean }
}

/** `2026-03-01` → `2026年3月1日`, the way a 公文 writes a date; anything else is returned as it is. */
export function chineseDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day
}

/** 公示期：2026年3月1日至2026年3月7日 (or only the end that is set); undefined when neither is. */
export function publicityText(start: string, end: string): string | undefined {
  if (!start && !end) return undefined
  if (start && end) return `公示期：${chineseDate(start)}至${chineseDate(end)}`
  return start ? `公示期：自${chineseDate(start)}起` : `公示期：至${chineseDate(end)}止`
}

const cnDigit = '〇○零一二三四五六七八九十'
/** A line that is only a date: 2026年3月1日, 二〇二六年三月一日, 2026-03-01, 2026.3.1 (spaces allowed). */
const dateLine = new RegExp(`^(?:[0-9０-９]{4}|[${cnDigit}]{4})\\s*年\\s*(?:[0-9０-９]{1,2}|[${cnDigit}]{1,3})\\s*月\\s*(?:[0-9０-９]{1,2}|[${cnDigit}]{1,3})\\s*日$|^\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}$`, 'u')
/** The body states its own publicity period: 公示期为7天, 公示时间：3月1日至7日. */
const publicityStated = /公示期|公示时间|公示日期/u

/** How many of the body's last non-empty lines count as its own 落款 block. */
const closingLines = 3

const squash = (text: string): string => text.replace(/\s+/gu, '')

export function closingOf(input: ClosingInput): Closing {
  const tail = input.body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-closingLines)
  const issuer = squash(input.issuer)
  const skipped = {
    issuer: issuer !== '' && tail.some((line) => squash(line) === issuer),
    date: Boolean(input.signatureDate) && tail.some((line) => dateLine.test(line)),
    publicity: Boolean(input.publicityStart || input.publicityEnd) && publicityStated.test(input.body),
  }
  const publicity = skipped.publicity ? undefined : publicityText(input.publicityStart ?? '', input.publicityEnd ?? '')
  const issuerLine = input.issuer && !skipped.issuer ? input.issuer : undefined
  const date = input.signatureDate && !skipped.date ? chineseDate(input.signatureDate) : undefined
  const signature = [...(issuerLine === undefined ? [] : [issuerLine]), ...(date === undefined ? [] : [date])]
  return { publicity, issuer: issuerLine, date, signature, skipped }
}
