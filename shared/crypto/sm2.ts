import { concatBytes, utf8Encode } from './bytes'
import { sm3 } from './sm3'
import { baseMultiply, bigIntToBytes, bytesToBigInt, decodePoint, doubleMultiply, encodePoint, invert, mod, sm2p256v1, type Affine, type Curve } from './sm2-curve'
import { decodeSignatureDer, encodeSignatureDer } from './sm2-der'
import { deterministicNonces } from './sm2-nonce'

/**
 * SM2 数字签名算法 (GB/T 32918.2-2016) on sm2p256v1 with SM3, in pure TypeScript — the optional 国密
 * co-signature of a bundle envelope. Keys: a 32-byte private scalar d and the 65-byte public key 04 ‖ x ‖ y.
 * Signatures: DER SEQUENCE { r, s }, over e = SM3(ZA ‖ M) with the default user ID, exactly as
 * `openssl pkeyutl -sign -rawin -digest sm3 -pkeyopt distid:1234567812345678` makes them.
 */

/** The default 用户身份标识 ID of GM/T 0009 ("1234567812345678", so ENTL = 0x0080), which OpenSSL also uses. */
export const SM2_DEFAULT_USER_ID = '1234567812345678'
/** Bytes of an SM2 private key: the scalar d, big-endian. */
export const SM2_PRIVATE_KEY_LENGTH = 32
/** Bytes of an SM2 public key: 04 ‖ x ‖ y. */
export const SM2_PUBLIC_KEY_LENGTH = 65

const defaultUserId = utf8Encode(SM2_DEFAULT_USER_ID)

/** Fills a new array with `length` cryptographically random bytes. */
export type RandomBytes = (length: number) => Uint8Array

/** An SM2 key pair: private scalar d (32 bytes, big-endian) and public key 04 ‖ x ‖ y (65 bytes). */
export type Sm2KeyPair = { privateKey: Uint8Array; publicKey: Uint8Array }

type WebCrypto = { getRandomValues<T extends Uint8Array>(array: T): T }

/**
 * Random bytes from Web Crypto, which Node 20 and the renderer both have as globalThis.crypto. shared/ is
 * compiled without DOM or Node types, hence the narrow local type.
 */
export function defaultRandomBytes(length: number): Uint8Array {
  const webCrypto = (globalThis as { crypto?: WebCrypto }).crypto
  if (!webCrypto) throw new Error('no secure random source (globalThis.crypto) in this environment')
  return webCrypto.getRandomValues(new Uint8Array(length))
}

const curve = sm2p256v1

/** d must lie in [1, n − 2]: signing divides by 1 + d. */
function privateScalar(c: Curve, privateKey: Uint8Array): bigint {
  if (privateKey.length !== c.size) throw new RangeError(`an SM2 private key is ${c.size} bytes`)
  const d = bytesToBigInt(privateKey)
  if (d < 1n || d > c.n - 2n) throw new RangeError('the SM2 private key is out of range')
  return d
}

function publicPoint(c: Curve, d: bigint): Affine {
  const P = baseMultiply(c, d)
  if (!P) throw new Error('unreachable: d·G is finite for 0 < d < n')
  return P
}

/** The key pair of a private scalar; throws unless it is 32 bytes in [1, n − 2]. */
export function sm2KeyPairFromPrivateKey(privateKey: Uint8Array): Sm2KeyPair {
  const d = privateScalar(curve, privateKey)
  return { privateKey: privateKey.slice(), publicKey: encodePoint(curve, publicPoint(curve, d)) }
}

/**
 * A fresh key pair from 32 random bytes (GB/T 32918.1 §6.1). Draws again in the ~2⁻³² case that the bytes are
 * not a usable scalar, so no value is favoured. Pass `random` to make tests reproducible.
 */
export function sm2GenerateKeyPair(random: RandomBytes = defaultRandomBytes): Sm2KeyPair {
  for (let attempt = 0; attempt < 64; attempt++) {
    const candidate = random(SM2_PRIVATE_KEY_LENGTH)
    if (candidate.length !== SM2_PRIVATE_KEY_LENGTH) throw new RangeError('the random source returned the wrong length')
    const d = bytesToBigInt(candidate)
    if (d >= 1n && d <= curve.n - 2n) return { privateKey: candidate, publicKey: encodePoint(curve, publicPoint(curve, d)) }
    candidate.fill(0)
  }
  throw new Error('the random source keeps returning unusable keys')
}

/** Whether `publicKey` is 04 ‖ x ‖ y of a point on sm2p256v1 (which also rules out the point at infinity). */
export function sm2IsValidPublicKey(publicKey: Uint8Array): boolean {
  return decodePoint(curve, publicKey) !== null
}

/** ZA = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) on any curve (GB/T 32918.2 §5.5). */
export function sm2ZaOn(c: Curve, publicKey: Affine, userId: Uint8Array): Uint8Array {
  const bits = userId.length * 8
  if (bits > 0xffff) throw new RangeError('the SM2 user ID is longer than 8191 bytes')
  const field = (v: bigint): Uint8Array => bigIntToBytes(v, c.size)
  return sm3(concatBytes(Uint8Array.of(bits >> 8, bits & 0xff), userId, field(c.a), field(c.b), field(c.gx), field(c.gy), field(publicKey.x), field(publicKey.y)))
}

/** ZA for a 65-byte sm2p256v1 public key; throws on an invalid key. */
export function sm2Za(publicKey: Uint8Array, userId: Uint8Array = defaultUserId): Uint8Array {
  const P = decodePoint(curve, publicKey)
  if (!P) throw new RangeError('not a valid SM2 public key')
  return sm2ZaOn(curve, P, userId)
}

/**
 * Signature generation A3–A7 of GB/T 32918.2 §6.1 from the digest e, taking k from `nonces` until one is
 * usable: k giving r = 0, r + k = n or s = 0 is refused and the next one drawn.
 */
export function sm2SignDigest(c: Curve, d: bigint, e: bigint, nonces: () => bigint): { r: bigint; s: bigint } {
  if (d < 1n || d > c.n - 2n) throw new RangeError('the SM2 private key is out of range')
  const inverse = invert(1n + d, c.n)
  for (let attempt = 0; attempt < 1000; attempt++) {
    const k = nonces()
    if (k < 1n || k >= c.n) continue
    const point = baseMultiply(c, k)
    if (!point) continue
    const r = mod(e + point.x, c.n)
    if (r === 0n || r + k === c.n) continue
    const s = mod(inverse * (k - r * d), c.n)
    if (s === 0n) continue
    return { r, s }
  }
  throw new Error('no usable SM2 nonce')
}

/** Verification B1–B7 of GB/T 32918.2 §7.1 from the digest e; false for any r, s out of [1, n − 1]. */
export function sm2VerifyDigest(c: Curve, publicKey: Affine, e: bigint, r: bigint, s: bigint): boolean {
  if (r < 1n || r >= c.n || s < 1n || s >= c.n) return false
  const t = mod(r + s, c.n)
  if (t === 0n) return false
  const point = doubleMultiply(c, s, t, publicKey)
  return point !== null && mod(e + point.x, c.n) === r
}

/** Options of sm2Sign and sm2Verify. */
export type Sm2Options = {
  /** the signer's ID (bytes) in ZA; the default "1234567812345678" is what Countersign always uses */
  userId?: Uint8Array
}

/**
 * SM2 signature of `message` (hashed as SM3(ZA ‖ message) here) by a 32-byte private key, DER encoded.
 * k is derived as in RFC 6979 with HMAC-SM3, so the same key and message give the same signature.
 */
export function sm2Sign(privateKey: Uint8Array, message: Uint8Array, options: Sm2Options = {}): Uint8Array {
  const d = privateScalar(curve, privateKey)
  const za = sm2ZaOn(curve, publicPoint(curve, d), options.userId ?? defaultUserId)
  const e = bytesToBigInt(sm3(concatBytes(za, message)))
  const { r, s } = sm2SignDigest(curve, d, e, deterministicNonces(curve.n, d, e, curve.size))
  return encodeSignatureDer(r, s)
}

/**
 * Whether `signature` (strict DER) is a valid SM2 signature of `message` by `publicKey` (65 bytes). Returns
 * false, never throws, for an invalid key, malformed DER or r, s out of range.
 */
export function sm2Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array, options: Sm2Options = {}): boolean {
  try {
    const P = decodePoint(curve, publicKey)
    const rs = decodeSignatureDer(signature)
    if (!P || !rs) return false
    const e = bytesToBigInt(sm3(concatBytes(sm2ZaOn(curve, P, options.userId ?? defaultUserId), message)))
    return sm2VerifyDigest(curve, P, e, rs.r, rs.s)
  } catch {
    return false
  }
}
