/** E-mail addresses; a government domain (gov.cn) is an office mailbox, published on purpose. */
import type { ScanContext } from '../scan-context'
import { emit } from '../scan-context'
import { ctx as C, labelBefore } from '../context'

const LOCAL = /[A-Za-z0-9._%+-]/
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9])/

export function detectEmails(ctx: ScanContext): void {
  const text = ctx.text
  // anchored on '@' and grown outwards: a regex starting at every letter would backtrack everywhere
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1] ?? '')) s--
    while (s < at && !/[A-Za-z0-9]/.test(text[s] ?? '')) s++
    if (s === at) continue
    const dm = DOMAIN.exec(text.slice(at + 1, at + 256))
    if (!dm) continue
    const m = { index: s, 0: text.slice(s, at + 1 + dm[0].length) }
    let v = m[0]
    // a trailing dot ends the sentence, not the domain
    while (v.endsWith('.')) v = v.slice(0, -1)
    const reasons = ['address shape local@domain.tld']
    let confidence = 0.95
    const label = labelBefore(text, m.index, C.email, 10)
    if (label) reasons.push(`label ${label}`)
    if (/\.gov\.cn$|\.gov$/i.test(v)) {
      confidence = 0.4
      reasons.push('government domain: an office mailbox')
    } else if (labelBefore(text, m.index, C.orgPhone, 12)) {
      confidence = 0.45
      reasons.push('office contact context')
    }
    emit(ctx, 'EMAIL', m.index, m.index + v.length, confidence, 'email', reasons)
  }
}
