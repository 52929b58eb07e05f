/**
 * One pass over alphanumeric tokens of 8+ characters (bounded by anything else) for the document
 * numbers that mix letters and digits: passports, permits, USCC. Shorter tokens never qualify, and the
 * look-ahead lets the regex engine skip them without producing a match.
 */
import type { ScanContext } from '../scan-context'
import { alnumIdFromToken, detectLabelledDocuments } from './alnum-ids'
import { usccFromToken } from './uscc'

const TOKEN = /(?=[0-9A-Za-z]{8})[0-9A-Za-z]+/g

export function detectAlnumTokens(ctx: ScanContext): void {
  const text = ctx.text
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const v = m[0]
    if (v.length > 20) continue
    if (v.length === 18) usccFromToken(ctx, m.index, v)
    else if (v.length <= 11) alnumIdFromToken(ctx, m.index, v)
  }
  detectLabelledDocuments(ctx)
}
