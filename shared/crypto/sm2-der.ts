import { bigIntToBytes, bytesToBigInt } from './sm2-curve'

/**
 * The SM2 signature encoding OpenSSL (and GM/T 0009) uses: DER SEQUENCE { INTEGER r, INTEGER s }.
 * Decoding is strict DER, not BER: exactly one encoding per (r, s) is accepted — no long-form lengths, no
 * negative or zero-padded integers, no trailing bytes — so a signature cannot be re-spelled into a new file.
 */

/** r and s as positive integers below 2^256 fit in 33 content bytes each; anything longer is not ours. */
const MAX_INTEGER_BYTES = 33

function integerBody(v: bigint): Uint8Array {
  if (v <= 0n) throw new RangeError('r and s are positive')
  const bytes = bigIntToBytes(v, Math.ceil(v.toString(16).length / 2))
  // a set top bit would read as negative: DER prepends one zero byte
  if (bytes[0] & 0x80) {
    const out = new Uint8Array(bytes.length + 1)
    out.set(bytes, 1)
    return out
  }
  return bytes
}

/** DER SEQUENCE { INTEGER r, INTEGER s } for positive r and s below 2^256. */
export function encodeSignatureDer(r: bigint, s: bigint): Uint8Array {
  const rb = integerBody(r)
  const sb = integerBody(s)
  if (rb.length > MAX_INTEGER_BYTES || sb.length > MAX_INTEGER_BYTES) throw new RangeError('r and s are below 2^256')
  const body = 4 + rb.length + sb.length
  const out = new Uint8Array(2 + body)
  out.set([0x30, body, 0x02, rb.length], 0)
  out.set(rb, 4)
  out.set([0x02, sb.length], 4 + rb.length)
  out.set(sb, 6 + rb.length)
  return out
}

/** (r, s) from strict DER, or null for anything else. Range checks against n are the verifier's job. */
export function decodeSignatureDer(der: Uint8Array): { r: bigint; s: bigint } | null {
  // shortest: 30 06 02 01 xx 02 01 xx; longest: two 33-byte integers
  if (der.length < 8 || der.length > 2 + 2 * (2 + MAX_INTEGER_BYTES)) return null
  // the content is under 128 bytes, so DER allows only the one-byte length form
  if (der[0] !== 0x30 || der[1] !== der.length - 2) return null
  const r = readInteger(der, 2)
  if (!r) return null
  const s = readInteger(der, r.end)
  if (!s || s.end !== der.length) return null
  return { r: r.value, s: s.value }
}

function readInteger(der: Uint8Array, at: number): { value: bigint; end: number } | null {
  if (at + 2 > der.length || der[at] !== 0x02) return null
  const length = der[at + 1]
  if (length < 1 || length > MAX_INTEGER_BYTES) return null
  const end = at + 2 + length
  if (end > der.length) return null
  const body = der.subarray(at + 2, end)
  if (body[0] & 0x80) return null // negative
  if (body.length > 1 && body[0] === 0 && !(body[1] & 0x80)) return null // a zero byte DER would not write
  return { value: bytesToBigInt(body), end }
}
