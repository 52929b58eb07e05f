import { concatBytes } from './bytes'
import { sm3 } from './sm3'
import { bigIntToBytes, bytesToBigInt, mod } from './sm2-curve'

/**
 * The per-signature secret k of SM2, made deterministically as in RFC 6979 §3.2 with HMAC-SM3 in place of
 * HMAC-SHA-256. A k that repeats or leaks gives away the private key; deriving it from the key and the digest
 * removes the dependence on a good random source at signing time, and makes the same statement signed by the
 * same key give the same signature — like Ed25519, so a re-signed approval exports the same bundle bytes.
 */

const BLOCK = 64

/** HMAC-SM3 (RFC 2104 with SM3, block size 64 bytes). */
export function hmacSm3(key: Uint8Array, message: Uint8Array): Uint8Array {
  const k = new Uint8Array(BLOCK)
  k.set(key.length > BLOCK ? sm3(key) : key)
  const inner = new Uint8Array(BLOCK)
  const outer = new Uint8Array(BLOCK)
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = k[i] ^ 0x36
    outer[i] = k[i] ^ 0x5c
  }
  const out = sm3(concatBytes(outer, sm3(concatBytes(inner, message))))
  k.fill(0)
  inner.fill(0)
  outer.fill(0)
  return out
}

/**
 * An endless source of candidate k in [1, n−1] for private key d and digest e (RFC 6979 §3.2 steps b–h, with
 * qlen = hlen = 256). The signer asks for the next candidate whenever one is unusable (r = 0, r + k = n, s = 0).
 */
export function deterministicNonces(n: bigint, d: bigint, e: bigint, size: number): () => bigint {
  const x = bigIntToBytes(d, size)
  // bits2octets(h1): the digest reduced mod n (hlen = qlen, so no shift)
  const h = bigIntToBytes(mod(e, n), size)
  let v: Uint8Array = new Uint8Array(32).fill(1)
  let k: Uint8Array = new Uint8Array(32)
  k = hmacSm3(k, concatBytes(v, Uint8Array.of(0), x, h))
  v = hmacSm3(k, v)
  k = hmacSm3(k, concatBytes(v, Uint8Array.of(1), x, h))
  v = hmacSm3(k, v)
  let first = true
  return () => {
    for (;;) {
      if (!first) {
        k = hmacSm3(k, concatBytes(v, Uint8Array.of(0)))
        v = hmacSm3(k, v)
      }
      first = false
      v = hmacSm3(k, v)
      const candidate = bytesToBigInt(v)
      if (candidate >= 1n && candidate < n) return candidate
    }
  }
}
