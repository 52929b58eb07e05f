/**
 * Byte helpers for the pure layer. shared/ has no TextEncoder/TextDecoder types (no DOM, no Node), and the
 * verifier must decode strictly anyway: a bundle with invalid UTF-8 in a signed file is refused, not repaired.
 */

/** Thrown when bytes or text are not what the format requires; the message is safe to show. */
export class EncodingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EncodingError'
  }
}

/** UTF-8 encoding. Lone surrogates are refused: they cannot be encoded and would change on a round trip. */
export function utf8Encode(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = text.charCodeAt(i + 1)
      if (cp > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) throw new EncodingError(`lone surrogate at index ${i}`)
      cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00)
      i++
    }
    if (cp < 0x80) out[n++] = cp
    else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6)
      out[n++] = 0x80 | (cp & 63)
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12)
      out[n++] = 0x80 | ((cp >> 6) & 63)
      out[n++] = 0x80 | (cp & 63)
    } else {
      out[n++] = 0xf0 | (cp >> 18)
      out[n++] = 0x80 | ((cp >> 12) & 63)
      out[n++] = 0x80 | ((cp >> 6) & 63)
      out[n++] = 0x80 | (cp & 63)
    }
  }
  return out.slice(0, n)
}

/** Strict UTF-8 decoding: overlong forms, surrogates, truncated sequences and code points past U+10FFFF throw. */
export function utf8Decode(bytes: Uint8Array): string {
  const parts: string[] = []
  let units: number[] = []
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    let cp: number
    let need: number
    let min: number
    if (b < 0x80) {
      cp = b
      need = 0
      min = 0
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07
      need = 3
      min = 0x10000
    } else throw new EncodingError(`invalid UTF-8 at byte ${i}`)
    if (i + need >= bytes.length) throw new EncodingError(`truncated UTF-8 at byte ${i}`)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if ((c & 0xc0) !== 0x80) throw new EncodingError(`invalid UTF-8 at byte ${i + k}`)
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new EncodingError(`invalid UTF-8 at byte ${i}`)
    if (cp < 0x10000) units.push(cp)
    else units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff))
    // fromCharCode takes its arguments on the stack: flush in chunks
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units))
      units = []
    }
    i += need + 1
  }
  parts.push(String.fromCharCode(...units))
  return parts.join('')
}

const hexDigits = '0123456789abcdef'

/** Lower-case hex, the form every digest and keyid in the bundle uses. */
export function toHex(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += hexDigits[b >> 4] + hexDigits[b & 15]
  return s
}

/** Constant-shape equality; digests here are public, so timing does not matter. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let off = 0
  for (const p of parts) {
    out.set(p, off)
    off += p.length
  }
  return out
}
