import { EncodingError } from './bytes'

/**
 * Base64 (RFC 4648) in pure TypeScript: shared/ has neither Buffer nor atob. We always write the standard
 * alphabet with padding; we read standard or URL-safe (DSSE allows either) but nothing looser: no whitespace,
 * no stray characters, no non-zero trailing bits — so one byte string has exactly one accepted spelling per alphabet.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

const decodeTable = (() => {
  const t = new Int16Array(128).fill(-1)
  for (let i = 0; i < 64; i++) t[alphabet.charCodeAt(i)] = i
  t['-'.charCodeAt(0)] = 62
  t['_'.charCodeAt(0)] = 63
  return t
})()

export function base64Encode(bytes: Uint8Array): string {
  const out: string[] = []
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    out.push(alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63])
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i] << 16
    out.push(alphabet[n >> 18] + alphabet[(n >> 12) & 63] + '==')
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8)
    out.push(alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + '=')
  }
  return out.join('')
}

/** Strict decoding; throws EncodingError on anything but canonical base64 (padding optional). */
export function base64Decode(text: string): Uint8Array {
  let end = text.length
  if (end % 4 === 0 && end > 0 && text[end - 1] === '=') end -= text[end - 2] === '=' ? 2 : 1
  if (end % 4 === 1) throw new EncodingError('base64 has an impossible length')
  const urlSafe = /[-_]/.test(text)
  const out = new Uint8Array(Math.floor((end * 3) / 4))
  let acc = 0
  let bits = 0
  let n = 0
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    const v = c < 128 ? decodeTable[c] : -1
    // mixing '+/' with '-_' is not one of the two alphabets
    if (v < 0 || (urlSafe && (c === 43 || c === 47))) throw new EncodingError(`invalid base64 character at ${i}`)
    acc = ((acc << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[n++] = (acc >> bits) & 0xff
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new EncodingError('base64 has non-zero padding bits')
  return out
}
