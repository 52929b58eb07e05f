/**
 * Whether text holds control characters (C0, DEL, C1, line/paragraph separators). Names and office names
 * with them could forge extra lines in `user list` or a report; passwords with them are usually a stray CR.
 */
export function hasControlChars(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true
  }
  return false
}
