/**
 * One pass over alphanumeric tokens of 8+ characters (bounded by anything else) for the document
 * numbers that mix letters and digits: passports, permits, USCC. Shorter tokens never qualify; the
 * tokens are the shared alphanumeric runs (alnum-runs.ts), so no regex walks the text here.
 */
import { alnumRuns, type ScanContext } from '../scan-context'
import { alnumIdFromToken, tokenShape } from './alnum-ids'
import { detectLabelledDocuments } from './labelled-documents'
import { usccFromToken } from './uscc'

export function detectAlnumTokens(ctx: ScanContext): void {
  const text = ctx.text
  const { at, count } = alnumRuns(ctx).tokens
  for (let k = 0; k < count; k += 2) {
    const start = at[k]
    const len = at[k + 1] - start
    if (len < 8 || len > 20 || (len > 11 && len !== 18)) continue
    if (len === 18) usccFromToken(ctx, start)
    // document numbers start with a letter: look before slicing the token out
    else if (text.charCodeAt(start) >= 65) alnumIdFromToken(ctx, start, text.slice(start, start + len))
  }
  detectLabelledDocuments(ctx, tokenShape)
}
