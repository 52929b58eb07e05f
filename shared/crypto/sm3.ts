import { toHex } from './bytes'

/**
 * SM3 杂凑算法 (GB/T 32905-2016) in pure TypeScript. Electron's BoringSSL has no sm3 and the verifier must give
 * the same answer in the CLI, the app and a browser worker, so the bundle's 国密 digest is computed here.
 * Blocks are read straight from the input; only the last one or two are padded, so multi-MB files cost no copy.
 */

const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e]

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n))

// T_j <<< (j mod 32), precomputed once
const TJ = (() => {
  const t = new Int32Array(64)
  for (let j = 0; j < 64; j++) t[j] = j < 16 ? rotl(0x79cc4519, j) : rotl(0x7a879d8a, j % 32)
  return t
})()

function compress(v: Int32Array, w: Int32Array, block: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const p = off + i * 4
    w[i] = (block[p] << 24) | (block[p + 1] << 16) | (block[p + 2] << 8) | block[p + 3]
  }
  for (let j = 16; j < 68; j++) {
    const x = w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15)
    w[j] = x ^ rotl(x, 15) ^ rotl(x, 23) ^ rotl(w[j - 13], 7) ^ w[j - 6]
  }
  let a = v[0]
  let b = v[1]
  let c = v[2]
  let d = v[3]
  let e = v[4]
  let f = v[5]
  let g = v[6]
  let h = v[7]
  for (let j = 0; j < 64; j++) {
    const a12 = rotl(a, 12)
    const ss1 = rotl((a12 + e + TJ[j]) | 0, 7)
    const ss2 = ss1 ^ a12
    const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c)
    const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g)
    const tt1 = (ff + d + ss2 + (w[j] ^ w[j + 4])) | 0
    const tt2 = (gg + h + ss1 + w[j]) | 0
    d = c
    c = rotl(b, 9)
    b = a
    a = tt1
    h = g
    g = rotl(f, 19)
    f = e
    e = tt2 ^ rotl(tt2, 9) ^ rotl(tt2, 17)
  }
  v[0] ^= a
  v[1] ^= b
  v[2] ^= c
  v[3] ^= d
  v[4] ^= e
  v[5] ^= f
  v[6] ^= g
  v[7] ^= h
}

/** The 32-byte SM3 digest of `data`. */
export function sm3(data: Uint8Array): Uint8Array {
  const v = Int32Array.from(IV)
  const w = new Int32Array(68)
  const full = data.length - (data.length % 64)
  for (let off = 0; off < full; off += 64) compress(v, w, data, off)
  // tail: remaining bytes, 0x80, zeros, 64-bit big-endian bit length
  const rest = data.length - full
  const tail = new Uint8Array(rest + 9 <= 64 ? 64 : 128)
  tail.set(data.subarray(full))
  tail[rest] = 0x80
  const bitLen = data.length * 8
  const hi = Math.floor(bitLen / 0x100000000)
  const lo = bitLen >>> 0
  const end = tail.length
  tail[end - 8] = hi >>> 24
  tail[end - 7] = (hi >>> 16) & 0xff
  tail[end - 6] = (hi >>> 8) & 0xff
  tail[end - 5] = hi & 0xff
  tail[end - 4] = lo >>> 24
  tail[end - 3] = (lo >>> 16) & 0xff
  tail[end - 2] = (lo >>> 8) & 0xff
  tail[end - 1] = lo & 0xff
  for (let off = 0; off < end; off += 64) compress(v, w, tail, off)
  const out = new Uint8Array(32)
  for (let i = 0; i < 8; i++) {
    out[i * 4] = v[i] >>> 24
    out[i * 4 + 1] = (v[i] >>> 16) & 0xff
    out[i * 4 + 2] = (v[i] >>> 8) & 0xff
    out[i * 4 + 3] = v[i] & 0xff
  }
  return out
}

/** Lower-case hex SM3, the form used in bundle subjects. */
export function sm3Hex(data: Uint8Array): string {
  return toHex(sm3(data))
}
