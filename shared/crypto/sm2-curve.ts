import { toHex } from './bytes'

/**
 * Elliptic-curve arithmetic for SM2 (GB/T 32918.1-2016) over a prime field, in BigInt: Electron's BoringSSL has
 * no SM2, and the verifier must run unchanged in the CLI, the app and a renderer worker.
 *
 * Points are kept in Jacobian coordinates (x = X/Z², y = Y/Z³, Z = 0 is the point at infinity) so additions and
 * doublings need no inversion. k·P uses a fixed 4-bit window; k·G uses a comb table of j·16^i·G built once.
 *
 * BigInt arithmetic is not constant-time. That is accepted here: keys are used on the holder's own desktop for
 * a handful of signatures, with no remote party able to time them; do not reuse this for a network service.
 */

/** A short-Weierstrass curve y² = x³ + ax + b over GF(p) with a base point G of prime order n. */
export type Curve = {
  readonly p: bigint
  readonly a: bigint
  readonly b: bigint
  readonly n: bigint
  readonly gx: bigint
  readonly gy: bigint
  /** bytes of a field element or scalar as written in ZA, keys and signatures */
  readonly size: number
}

/** An affine point (never the point at infinity). */
export type Affine = { readonly x: bigint; readonly y: bigint }
type Jacobian = { readonly x: bigint; readonly y: bigint; readonly z: bigint }

const INFINITY: Jacobian = { x: 1n, y: 1n, z: 0n }

/** sm2p256v1, the recommended curve of GB/T 32918.5-2017 (the only one Countersign signs with). */
export const sm2p256v1: Curve = {
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
  size: 32,
}

/** v mod m in [0, m): BigInt's % keeps the dividend's sign. */
export function mod(v: bigint, m: bigint): bigint {
  const r = v % m
  return r < 0n ? r + m : r
}

/** a⁻¹ mod m (extended Euclid); throws when a has no inverse, which for a prime m means a ≡ 0. */
export function invert(a: bigint, m: bigint): bigint {
  let r0 = m
  let r1 = mod(a, m)
  let t0 = 0n
  let t1 = 1n
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1] = [r1, r0 - q * r1]
    ;[t0, t1] = [t1, t0 - q * t1]
  }
  if (r0 !== 1n) throw new Error('no modular inverse')
  return mod(t0, m)
}

/** Big-endian bytes as an unsigned integer. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${toHex(bytes)}`)
}

/** An unsigned integer as exactly `length` big-endian bytes; throws if it does not fit. */
export function bigIntToBytes(v: bigint, length: number): Uint8Array {
  const hex = v.toString(16)
  if (v < 0n || hex.length > length * 2) throw new RangeError('integer does not fit')
  const padded = hex.padStart(length * 2, '0')
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) out[i] = parseInt(padded.slice(i * 2, i * 2 + 2), 16)
  return out
}

/** Whether (x, y) is a point of the curve with both coordinates reduced (0 ≤ x, y < p). */
export function isOnCurve(c: Curve, x: bigint, y: bigint): boolean {
  if (x < 0n || x >= c.p || y < 0n || y >= c.p) return false
  return mod(y * y - (x * x * x + c.a * x + c.b), c.p) === 0n
}

// a = p − 3 (as on sm2p256v1) lets a doubling compute 3X² + aZ⁴ as 3(X − Z²)(X + Z²): two multiplications fewer.
const minusThree = new WeakMap<Curve, boolean>()
function aIsMinusThree(c: Curve): boolean {
  let v = minusThree.get(c)
  if (v === undefined) {
    v = c.a === c.p - 3n
    minusThree.set(c, v)
  }
  return v
}

function double(c: Curve, P: Jacobian): Jacobian {
  const { p } = c
  if (P.z === 0n || P.y === 0n) return INFINITY
  const yy = (P.y * P.y) % p
  const s = (4n * P.x * yy) % p
  const zz = (P.z * P.z) % p
  const m = aIsMinusThree(c) ? (3n * (P.x - zz) * (P.x + zz)) % p : (3n * P.x * P.x + c.a * ((zz * zz) % p)) % p
  const x3 = mod(m * m - 2n * s, p)
  const y3 = mod(m * (s - x3) - 8n * ((yy * yy) % p), p)
  const z3 = (2n * P.y * P.z) % p
  return { x: x3, y: y3, z: z3 }
}

/** P + Q, both Jacobian; falls back to doubling when P = Q. */
function add(c: Curve, P: Jacobian, Q: Jacobian): Jacobian {
  if (P.z === 0n) return Q
  if (Q.z === 0n) return P
  const { p } = c
  const z1z1 = (P.z * P.z) % p
  const z2z2 = (Q.z * Q.z) % p
  const u1 = (P.x * z2z2) % p
  const u2 = (Q.x * z1z1) % p
  const s1 = (((P.y * Q.z) % p) * z2z2) % p
  const s2 = (((Q.y * P.z) % p) * z1z1) % p
  return finishAdd(c, P, u1, u2, s1, s2, (P.z * Q.z) % p)
}

/** P + Q with Q affine (Z = 1), the cheaper addition every table lookup uses. */
function addAffine(c: Curve, P: Jacobian, Q: Affine): Jacobian {
  if (P.z === 0n) return { x: Q.x, y: Q.y, z: 1n }
  const { p } = c
  const z1z1 = (P.z * P.z) % p
  const u2 = (Q.x * z1z1) % p
  const s2 = (((Q.y * P.z) % p) * z1z1) % p
  return finishAdd(c, P, P.x, u2, P.y, s2, P.z)
}

function finishAdd(c: Curve, P: Jacobian, u1: bigint, u2: bigint, s1: bigint, s2: bigint, z1z2: bigint): Jacobian {
  const { p } = c
  const h = mod(u2 - u1, p)
  const r = mod(s2 - s1, p)
  if (h === 0n) return r === 0n ? double(c, P) : INFINITY
  const hh = (h * h) % p
  const hhh = (h * hh) % p
  const v = (u1 * hh) % p
  const x3 = mod(r * r - hhh - 2n * v, p)
  const y3 = mod(r * (v - x3) - s1 * hhh, p)
  return { x: x3, y: y3, z: (z1z2 * h) % p }
}

/** Affine form of P, or null for the point at infinity. */
function toAffine(c: Curve, P: Jacobian): Affine | null {
  if (P.z === 0n) return null
  const zi = invert(P.z, c.p)
  const zi2 = (zi * zi) % c.p
  return { x: mod(P.x * zi2, c.p), y: mod(P.y * zi2 * zi, c.p) }
}

/** Affine forms of many finite points with one inversion (Montgomery's trick). */
function batchToAffine(c: Curve, points: readonly Jacobian[]): Affine[] {
  const { p } = c
  const prefix: bigint[] = []
  let acc = 1n
  for (const P of points) {
    if (P.z === 0n) throw new Error('table point at infinity')
    prefix.push(acc)
    acc = (acc * P.z) % p
  }
  let inv = invert(acc, p)
  const out: Affine[] = new Array<Affine>(points.length)
  for (let i = points.length - 1; i >= 0; i--) {
    const zi = (inv * prefix[i]) % p
    inv = (inv * points[i].z) % p
    const zi2 = (zi * zi) % p
    out[i] = { x: (points[i].x * zi2) % p, y: (((points[i].y * zi2) % p) * zi) % p }
  }
  return out
}

/** The base-16 digits of k, least significant first, enough for any scalar below n. */
function nibbles(c: Curve, k: bigint): number[] {
  const hex = k.toString(16).padStart(c.size * 2, '0')
  const out: number[] = []
  for (let i = hex.length - 1; i >= 0; i--) out.push(parseInt(hex[i], 16))
  return out
}

/** [1·P, 2·P, …, 15·P] in affine form. */
function windowTable(c: Curve, P: Affine): Affine[] {
  const first: Jacobian = { x: P.x, y: P.y, z: 1n }
  const jac: Jacobian[] = [first]
  for (let j = 2; j <= 15; j++) jac.push(addAffine(c, jac[j - 2], P))
  return batchToAffine(c, jac)
}

// comb[i][j − 1] = j·16^i·G: k·G is then one table addition per hex digit of k and no doubling at all.
const combs = new WeakMap<Curve, Affine[][]>()
function comb(c: Curve): Affine[][] {
  let rows = combs.get(c)
  if (rows) return rows
  const all: Jacobian[] = []
  let base: Jacobian = { x: c.gx, y: c.gy, z: 1n }
  const digits = c.size * 2
  for (let i = 0; i < digits; i++) {
    let point = base
    all.push(point)
    for (let j = 2; j <= 15; j++) {
      point = add(c, point, base)
      all.push(point)
    }
    base = add(c, point, base) // 16·base
  }
  const affine = batchToAffine(c, all)
  rows = []
  for (let i = 0; i < digits; i++) rows.push(affine.slice(i * 15, i * 15 + 15))
  combs.set(c, rows)
  return rows
}

function baseMultiplyJacobian(c: Curve, k: bigint): Jacobian {
  const rows = comb(c)
  const digits = nibbles(c, k)
  let acc = INFINITY
  for (let i = 0; i < digits.length; i++) if (digits[i] !== 0) acc = addAffine(c, acc, rows[i][digits[i] - 1])
  return acc
}

function multiplyJacobian(c: Curve, k: bigint, P: Affine): Jacobian {
  const table = windowTable(c, P)
  const digits = nibbles(c, k)
  let acc = INFINITY
  for (let i = digits.length - 1; i >= 0; i--) {
    acc = double(c, double(c, double(c, double(c, acc))))
    if (digits[i] !== 0) acc = addAffine(c, acc, table[digits[i] - 1])
  }
  return acc
}

/** k·G for 0 < k < n; null only if the result is the point at infinity. */
export function baseMultiply(c: Curve, k: bigint): Affine | null {
  if (k <= 0n || k >= c.n) throw new RangeError('scalar out of range')
  return toAffine(c, baseMultiplyJacobian(c, k))
}

/** u·G + v·P for scalars in [0, n) and a validated point P; null for the point at infinity. */
export function doubleMultiply(c: Curve, u: bigint, v: bigint, P: Affine): Affine | null {
  if (u < 0n || u >= c.n || v < 0n || v >= c.n) throw new RangeError('scalar out of range')
  const uG = u === 0n ? INFINITY : baseMultiplyJacobian(c, u)
  const vP = v === 0n ? INFINITY : multiplyJacobian(c, v, P)
  return toAffine(c, add(c, uG, vP))
}

/** k·P for 0 < k < n and a validated point P (used by tests to check the comb against the window). */
export function multiply(c: Curve, k: bigint, P: Affine): Affine | null {
  if (k <= 0n || k >= c.n) throw new RangeError('scalar out of range')
  return toAffine(c, multiplyJacobian(c, k, P))
}

/** 04 ‖ x ‖ y, the uncompressed encoding of a point (GB/T 32918.1 §4.2.9). */
export function encodePoint(c: Curve, P: Affine): Uint8Array {
  const out = new Uint8Array(1 + 2 * c.size)
  out[0] = 0x04
  out.set(bigIntToBytes(P.x, c.size), 1)
  out.set(bigIntToBytes(P.y, c.size), 1 + c.size)
  return out
}

/**
 * The point of an uncompressed public key, or null unless it is exactly 04 ‖ x ‖ y with reduced coordinates on
 * the curve. The point at infinity has no such encoding, and with cofactor 1 (sm2p256v1) every point on the
 * curve lies in the group of order n, so this is the whole of the key validation GB/T 32918.1 §6.2 asks for.
 */
export function decodePoint(c: Curve, bytes: Uint8Array): Affine | null {
  if (bytes.length !== 1 + 2 * c.size || bytes[0] !== 0x04) return null
  const x = bytesToBigInt(bytes.subarray(1, 1 + c.size))
  const y = bytesToBigInt(bytes.subarray(1 + c.size))
  return isOnCurve(c, x, y) ? { x, y } : null
}
