/** E-mail addresses; a government domain (gov.cn) is an office mailbox, published on purpose. */
import { emit, type ScanContext } from '../scan-context'
import { labelReason, withReason } from '../interned'
import { reason } from '../reasons'
import { ctx as C, labelBefore } from '../context'
import { scores } from '../data/scores'

const S = scores.emails

/** [A-Za-z0-9] */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** [A-Za-z0-9._%+-]: what a local part is made of */
function isLocal(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
}
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9])/

export function detectEmails(ctx: ScanContext): void {
  const text = ctx.text
  // anchored on '@' and grown outwards: a regex starting at every letter would backtrack everywhere
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at
    while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--
    while (s < at && !isAlnum(text.charCodeAt(s))) s++
    if (s === at) continue
    const dm = DOMAIN.exec(text.slice(at + 1, at + 256))
    if (!dm) continue
    const m = { index: s, 0: text.slice(s, at + 1 + dm[0].length) }
    let v = m[0]
    // a trailing dot ends the sentence, not the domain
    while (v.endsWith('.')) v = v.slice(0, -1)
    let reasons = [reason('emailShape')]
    let confidence = S.address
    const label = labelBefore(text, m.index, C.email, 10)
    if (label) reasons = withReason(reasons, labelReason(label))
    if (/\.gov\.cn$|\.gov$/i.test(v)) {
      confidence = S.governmentMailbox
      reasons = withReason(reasons, reason('govMailbox'))
    } else if (labelBefore(text, m.index, C.orgPhone, 12)) {
      confidence = S.officeContact
      reasons = withReason(reasons, reason('officeContact'))
    }
    emit(ctx, 'EMAIL', m.index, m.index + v.length, confidence, 'email', reasons)
  }
}
