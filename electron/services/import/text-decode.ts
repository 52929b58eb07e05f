/**
 * Text files from Chinese offices: UTF-8 (with or without BOM), UTF-16 with a BOM, or GBK/GB18030 — what
 * Excel and WPS write when a user picks "CSV" on a Chinese Windows. Decoding is strict: a file that is not
 * clean in any of them is refused with a message, never shown as mojibake. GB18030 (a superset of GBK)
 * decodes almost any byte string, so its result must also look like text: few control characters, no
 * private-use or supplementary-plane characters that real GBK text does not produce.
 */
import { ImportError } from '../../../shared/import/index'

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type DecodedText = { text: string; encoding: TextEncoding }

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Share of characters that real text in that encoding would hardly contain. */
function implausible(text: string): number {
  let odd = 0
  let nonAscii = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) odd++
      continue
    }
    nonAscii++
    // private use (GB18030's unassigned codes), surrogates (4-byte sequences: rare outside names in Ext B), C1 controls
    if ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x80 && c < 0xa0)) odd++
  }
  return odd / Math.max(1, Math.min(text.length, nonAscii + 16))
}

/** Decodes a text file, or throws ImportError('bad-encoding') naming the file. `charset` is a declared one (HTML meta) to try first. */
export function decodeText(bytes: Uint8Array, file: string, charset?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3))
    if (text !== null) return { text, encoding: 'utf-8-bom' }
    throw new ImportError('bad-encoding', file, 'UTF-8 BOM but not valid UTF-8')
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes.subarray(2))
    if (text !== null) return { text, encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict('utf-16be', bytes.subarray(2))
    if (text !== null) return { text, encoding: 'utf-16be' }
  }
  // NUL bytes: a binary file or UTF-16 without a BOM, neither of which we guess
  if (bytes.includes(0)) throw new ImportError('bad-encoding', file, 'binary content')
  const declared = charset?.toLowerCase().trim()
  if (declared && /^(gbk|gb2312|gb18030|x-gbk|cp936|windows-936)$/.test(declared)) {
    const text = strict('gb18030', bytes)
    if (text !== null) return { text, encoding: 'gb18030' }
  }
  const utf8 = strict('utf-8', bytes)
  if (utf8 !== null && implausible(utf8) < 0.02) return { text: utf8, encoding: 'utf-8' }
  const gb = strict('gb18030', bytes)
  if (gb !== null && implausible(gb) < 0.02) return { text: gb, encoding: 'gb18030' }
  throw new ImportError('bad-encoding', file)
}
