import { createHmac, getHashes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { toHex, utf8Encode } from '../../../../shared/crypto/bytes'
import {
  SM2_DEFAULT_USER_ID,
  sm2GenerateKeyPair,
  sm2IsValidPublicKey,
  sm2KeyPairFromPrivateKey,
  sm2Sign,
  sm2SignDigest,
  sm2Verify,
  sm2VerifyDigest,
  sm2Za,
  sm2ZaOn,
} from '../../../../shared/crypto/sm2'
import { baseMultiply, bigIntToBytes, bytesToBigInt, decodePoint, invert, isOnCurve, mod, multiply, sm2p256v1, type Curve } from '../../../../shared/crypto/sm2-curve'
import { decodeSignatureDer, encodeSignatureDer } from '../../../../shared/crypto/sm2-der'
import { hmacSm3 } from '../../../../shared/crypto/sm2-nonce'
import { sm3 } from '../../../../shared/crypto/sm3'
import { opensslVerify, opensslWithSm2 } from '../../../../scripts/sm2-openssl'
import { tempDir } from '../../../support/temp-dir'

const fromHex = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex.replace(/\s/g, ''), 'hex'))
const big = (hex: string): bigint => BigInt(`0x${hex.replace(/\s/g, '')}`)
const c = sm2p256v1
const G = { x: c.gx, y: c.gy }

type Vector = { privateKey: string; publicKey: string; message: string; opensslSignature: string; ourSignature: string }
const fixture = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/sm2/openssl-vectors.json'), 'utf8')) as { vectors: Vector[] }
const vectors = fixture.vectors.map((v) => ({
  privateKey: fromHex(v.privateKey),
  publicKey: fromHex(v.publicKey),
  message: fromHex(v.message),
  opensslSignature: fromHex(v.opensslSignature),
  ourSignature: fromHex(v.ourSignature),
}))
const [v0] = vectors
const openssl = opensslWithSm2()

/** A copy of `bytes` with bit `bit` flipped. */
function flip(bytes: Uint8Array, bit: number): Uint8Array {
  const out = bytes.slice()
  out[bit >> 3] ^= 0x80 >> (bit & 7)
  return out
}

describe('sm2p256v1 arithmetic', () => {
  it('has G on the curve and n·G = O, seen as (n − 1)·G = −G', () => {
    expect(isOnCurve(c, c.gx, c.gy)).toBe(true)
    const last = baseMultiply(c, c.n - 1n)
    expect(last).toEqual({ x: c.gx, y: c.p - c.gy })
  })

  it('gives the same k·G from the comb table as from the window method', () => {
    const scalars = [1n, 2n, 3n, 15n, 16n, 17n, 255n, 256n, c.n - 2n, ...vectors.map((v) => bytesToBigInt(v.privateKey))]
    for (const k of scalars) expect(baseMultiply(c, k)).toEqual(multiply(c, k, G))
  })

  it('inverts modulo p and n, and refuses to invert 0', () => {
    for (const m of [c.p, c.n]) expect(mod(invert(12345n, m) * 12345n, m)).toBe(1n)
    expect(() => invert(0n, c.n)).toThrow()
  })
})

describe('SM2 example of GM/T 0003.2-2012 / GB/T 32918.2 annex A (Fp-256 test curve, k fixed by the standard)', () => {
  const curve: Curve = {
    p: big('8542D69E 4C044F18 E8B92435 BF6FF7DE 45728391 5C45517D 722EDB8B 08F1DFC3'),
    a: big('787968B4 FA32C3FD 2417842E 73BBFEFF 2F3C848B 6831D7E0 EC65228B 3937E498'),
    b: big('63E4C6D3 B23B0C84 9CF84241 484BFE48 F61D59A5 B16BA06E 6E12D1DA 27C5249A'),
    gx: big('421DEBD6 1B62EAB6 746434EB C3CC315E 32220B3B ADD50BDC 4C4E6C14 7FEDD43D'),
    gy: big('0680512B CBB42C07 D47349D2 153B70C4 E5D7FDFC BFA36EA1 A85841B9 E46E09A2'),
    n: big('8542D69E 4C044F18 E8B92435 BF6FF7DD 29772063 0485628D 5AE74EE7 C32E79B7'),
    size: 32,
  }
  const dA = big('128B2FA8 BD433C6C 068C8D80 3DFF7979 2A519A55 171B1B65 0C23661D 15897263')
  const k = big('6CB28D99 385C175C 94F94E93 4817663F C176D925 DD72B727 260DBAAE 1FB2F96F')

  it('derives the public key, ZA, e and (r, s) of the standard, and verifies them', () => {
    const PA = baseMultiply(curve, dA)
    expect(PA).toEqual({
      x: big('0AE4C779 8AA0F119 471BEE11 825BE462 02BB79E2 A5844495 E97C04FF 4DF2548A'),
      y: big('7C0240F8 8F1CD4E1 6352A73C 17B7F16F 07353E53 A176D684 A9FE0C6B B798E857'),
    })
    if (!PA) throw new Error('unreachable')
    const za = sm2ZaOn(curve, PA, utf8Encode('ALICE123@YAHOO.COM'))
    expect(toHex(za)).toBe('f4a38489e32b45b6f876e3ac2168ca392362dc8f23459c1d1146fc3dbfb7bc9a')
    const e = bytesToBigInt(sm3(new Uint8Array([...za, ...utf8Encode('message digest')])))
    expect(e).toBe(big('B524F552 CD82B8B0 28476E00 5C377FB1 9A87E6FC 682D48BB 5D42E3D9 B9EFFE76'))
    const { r, s } = sm2SignDigest(curve, dA, e, () => k)
    expect(r).toBe(big('40F1EC59 F793D9F4 9E09DCEF 49130D41 94F79FB1 EED2CAA5 5BACDB49 C4E755D1'))
    expect(s).toBe(big('6FC6DAC3 2C5D5CF1 0C77DFB2 0F7C2EB6 67A45787 2FB09EC5 6327A67E C7DEEBE7'))
    expect(sm2VerifyDigest(curve, PA, e, r, s)).toBe(true)
    expect(sm2VerifyDigest(curve, PA, e + 1n, r, s)).toBe(false)
  })
})

describe('SM2 keys', () => {
  it('makes a key pair from injected random bytes, and the same bytes give the same pair', () => {
    const seed = fromHex('11'.repeat(32))
    const a = sm2GenerateKeyPair(() => seed.slice())
    expect(a.privateKey).toEqual(seed)
    expect(a.publicKey).toHaveLength(65)
    expect(a.publicKey[0]).toBe(4)
    expect(sm2IsValidPublicKey(a.publicKey)).toBe(true)
    expect(sm2KeyPairFromPrivateKey(seed)).toEqual(a)
  })

  it('draws again when the random bytes are no usable scalar (0, n − 1, ≥ n)', () => {
    const draws = [new Uint8Array(32), bigIntToBytes(c.n - 1n, 32), fromHex('ff'.repeat(32)), fromHex('22'.repeat(32))]
    let calls = 0
    const pair = sm2GenerateKeyPair(() => draws[calls++])
    expect(calls).toBe(4)
    expect(toHex(pair.privateKey)).toBe('22'.repeat(32))
  })

  it('uses Web Crypto when no random source is given', () => {
    const a = sm2GenerateKeyPair()
    const b = sm2GenerateKeyPair()
    expect(a.privateKey).not.toEqual(b.privateKey)
    expect(sm2Verify(a.publicKey, utf8Encode('x'), sm2Sign(a.privateKey, utf8Encode('x')))).toBe(true)
  })

  it.each([
    ['zero', new Uint8Array(32)],
    ['n − 1', bigIntToBytes(c.n - 1n, 32)],
    ['n', bigIntToBytes(c.n, 32)],
    ['31 bytes', new Uint8Array(31).fill(1)],
    ['33 bytes', new Uint8Array(33).fill(1)],
  ])('refuses the private key %s', (_name, d) => {
    expect(() => sm2KeyPairFromPrivateKey(d)).toThrow(RangeError)
    expect(() => sm2Sign(d, utf8Encode('x'))).toThrow(RangeError)
  })

  it('derives from each OpenSSL private key exactly OpenSSL’s public key', () => {
    for (const v of vectors) expect(toHex(sm2KeyPairFromPrivateKey(v.privateKey).publicKey)).toBe(toHex(v.publicKey))
  })

  it('computes ZA over ENTL 0x0080 and the default ID "1234567812345678"', () => {
    const P = decodePoint(c, v0.publicKey)
    if (!P) throw new Error('fixture')
    const field = (x: bigint): number[] => [...bigIntToBytes(x, 32)]
    const manual = sm3(new Uint8Array([0x00, 0x80, ...utf8Encode('1234567812345678'), ...[c.a, c.b, c.gx, c.gy, P.x, P.y].flatMap(field)]))
    expect(sm2Za(v0.publicKey)).toEqual(manual)
    expect(SM2_DEFAULT_USER_ID).toBe('1234567812345678')
    expect(sm2Za(v0.publicKey, utf8Encode('ALICE123@YAHOO.COM'))).not.toEqual(manual)
  })
})

describe('SM2 against OpenSSL (committed vectors from scripts/sm2-vectors.ts)', () => {
  it('verifies every OpenSSL signature, and none over another message', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(5)
    for (const [i, v] of vectors.entries()) {
      expect(sm2Verify(v.publicKey, v.message, v.opensslSignature), `vector ${i}`).toBe(true)
      expect(sm2Verify(v.publicKey, utf8Encode(`other ${i}`), v.opensslSignature)).toBe(false)
    }
  })

  it('signs deterministically: the same signature OpenSSL verified when the vectors were made', () => {
    for (const v of vectors) {
      expect(toHex(sm2Sign(v.privateKey, v.message))).toBe(toHex(v.ourSignature))
      expect(sm2Verify(v.publicKey, v.message, v.ourSignature)).toBe(true)
    }
  })

  it('has its fresh signatures verified by the openssl on PATH', ({ skip }) => {
    skip(openssl === null, 'no `openssl` with SM2 on PATH: the committed vectors above are the cross-check')
    const dir = tempDir()
    for (const [i, v] of vectors.entries()) {
      const message = utf8Encode(`countersign 国密联署 ${i} ${Date.now()}`)
      const signature = sm2Sign(v.privateKey, message)
      expect(opensslVerify(dir, v.publicKey, message, signature), `vector ${i}`).toBe(true)
      // and OpenSSL does refuse: the check above can fail
      expect(opensslVerify(dir, v.publicKey, utf8Encode('another message'), signature)).toBe(false)
    }
    // another user ID changes ZA on both sides alike
    const alice = utf8Encode('ALICE123@YAHOO.COM')
    const signature = sm2Sign(v0.privateKey, utf8Encode('message digest'), { userId: alice })
    expect(opensslVerify(dir, v0.publicKey, utf8Encode('message digest'), signature, 'ALICE123@YAHOO.COM')).toBe(true)
    expect(opensslVerify(dir, v0.publicKey, utf8Encode('message digest'), signature)).toBe(false)
  })
})

describe('SM2 refuses what is not a valid signature', () => {
  const sig = v0.opensslSignature
  const rs = decodeSignatureDer(sig)
  if (!rs) throw new Error('fixture')
  const withRs = (r: bigint, s: bigint): Uint8Array => encodeSignatureDer(r, s)
  const message = v0.message

  it('refuses a flipped bit anywhere in the message', () => {
    const v = vectors[2]
    for (let bit = 0; bit < v.message.length * 8; bit++) expect(sm2Verify(v.publicKey, flip(v.message, bit), v.opensslSignature)).toBe(false)
  })

  it('refuses a flipped bit anywhere in the signature', () => {
    for (let bit = 0; bit < sig.length * 8; bit++) expect(sm2Verify(v0.publicKey, message, flip(sig, bit))).toBe(false)
  })

  it('refuses a flipped bit anywhere in the public key, and another valid key', () => {
    for (let bit = 0; bit < v0.publicKey.length * 8; bit++) expect(sm2Verify(flip(v0.publicKey, bit), message, sig)).toBe(false)
    expect(sm2Verify(vectors[1].publicKey, message, sig)).toBe(false)
  })

  it('refuses r and s out of [1, n − 1], s + n, n − s and r + s = n', () => {
    const { r, s } = rs
    expect(sm2Verify(v0.publicKey, message, withRs(r, s))).toBe(true)
    for (const [rr, ss] of [
      [r, s + c.n],
      [r + c.n, s],
      [r, c.n - s],
      [c.n, s],
      [r, c.n],
      [r, c.n - r],
      [1n, 1n],
    ]) {
      expect(sm2Verify(v0.publicKey, message, withRs(rr, ss))).toBe(false)
    }
    expect(sm2VerifyDigest(c, { x: c.gx, y: c.gy }, 1n, 0n, s)).toBe(false)
    expect(sm2VerifyDigest(c, { x: c.gx, y: c.gy }, 1n, r, 0n)).toBe(false)
  })

  const der = toHex(sig)
  const rLen = sig[3]
  const rHex = der.slice(8, 8 + rLen * 2)
  const sHex = der.slice(12 + rLen * 2)
  const seq = (body: string): Uint8Array => fromHex(`30${(body.length / 2).toString(16).padStart(2, '0')}${body}`)
  const int = (hex: string): string => `02${(hex.length / 2).toString(16).padStart(2, '0')}${hex}`

  it.each([
    ['empty', new Uint8Array(0)],
    ['a raw 64-byte r ‖ s', new Uint8Array([...bigIntToBytes(rs.r, 32), ...bigIntToBytes(rs.s, 32)])],
    ['a trailing byte', fromHex(`${der}00`)],
    ['a long-form length', fromHex(`3081${der.slice(2)}`)],
    ['an indefinite length', fromHex(`3080${der.slice(4)}0000`)],
    ['a wrong outer length', fromHex(`30${(sig[1] + 1).toString(16)}${der.slice(4)}`)],
    ['a SET instead of a SEQUENCE', fromHex(`31${der.slice(2)}`)],
    ['a truncated s', sig.subarray(0, sig.length - 1)],
    ['an extra zero byte before r', seq(int(`00${rHex}`) + int(sHex))],
    ['a missing zero byte (a negative r)', seq(int(`80${'11'.repeat(31)}`) + int(sHex))],
    ['an empty integer', seq('0200' + int(sHex))],
    ['an OCTET STRING for r', seq(`04${int(rHex).slice(2)}${int(sHex)}`)],
    ['a third integer', seq(int(rHex) + int(sHex) + int('01'))],
  ])('refuses DER with %s', (_name, bad) => {
    expect(sm2Verify(v0.publicKey, message, bad)).toBe(false)
    expect(decodeSignatureDer(bad)).toBeNull()
  })

  it('round-trips DER for values with and without the top bit set', () => {
    for (const [r, s] of [
      [1n, 1n],
      [0x80n, 0x7fn],
      [c.n - 1n, 2n ** 255n],
    ]) {
      expect(decodeSignatureDer(encodeSignatureDer(r, s))).toEqual({ r, s })
    }
    expect(toHex(encodeSignatureDer(0x80n, 0x7fn))).toBe('3007020200800201' + '7f')
  })

  it('refuses public keys that are not points of the curve', () => {
    const P = decodePoint(c, v0.publicKey)
    if (!P) throw new Error('fixture')
    const raw = (x: bigint, y: bigint, prefix = 4): Uint8Array => new Uint8Array([prefix, ...bigIntToBytes(x, 32), ...bigIntToBytes(y, 32)])
    const bad: [string, Uint8Array][] = [
      ['y + 1', raw(P.x, mod(P.y + 1n, c.p))],
      ['x = p', raw(c.p, P.y)],
      ['x + 1', raw(mod(P.x + 1n, c.p), P.y)],
      ['y = p', raw(P.x, c.p)],
      ['compressed form', new Uint8Array([2 + Number(P.y & 1n), ...bigIntToBytes(P.x, 32)])],
      ['the point at infinity (00)', Uint8Array.of(0)],
      ['no prefix', v0.publicKey.subarray(1)],
      ['prefix 06 (hybrid)', raw(P.x, P.y, 6)],
      ['all zeros', new Uint8Array(65)],
    ]
    for (const [name, key] of bad) {
      expect(sm2IsValidPublicKey(key), name).toBe(false)
      expect(sm2Verify(key, message, sig), name).toBe(false)
    }
    expect(sm2IsValidPublicKey(raw(P.x, c.p - P.y))).toBe(true) // −P is a valid key, just not this one
    expect(sm2Verify(raw(P.x, c.p - P.y), message, sig)).toBe(false)
    expect(() => sm2Za(raw(P.x, mod(P.y + 1n, c.p)))).toThrow(RangeError)
  })
})

describe('SM2 signing refuses unusable k (GB/T 32918.2 §6.1 A5, A6)', () => {
  const d = bytesToBigInt(v0.privateKey)
  const P = decodePoint(c, v0.publicKey)
  if (!P) throw new Error('fixture')
  const k1 = 0x1234567890abcdefn
  const k2 = 0xfedcba0987654321n
  const x1 = baseMultiply(c, k1)?.x ?? 0n
  const nonces = (...ks: bigint[]): (() => bigint) => {
    let i = 0
    return () => ks[i++]
  }

  it.each([
    // e chosen so that k1 gives the refused case; the signer must move on to k2
    ['r = 0', mod(-x1, c.n)],
    ['r + k = n', mod(c.n - k1 - x1, c.n)],
    ['s = 0', mod(k1 * invert(d, c.n) - x1, c.n)],
  ])('takes the next k when the first gives %s', (_name, e) => {
    const k2r = mod(e + (baseMultiply(c, k2)?.x ?? 0n), c.n)
    const { r, s } = sm2SignDigest(c, d, e, nonces(k1, k2))
    expect(r).toBe(k2r)
    expect(sm2VerifyDigest(c, P, e, r, s)).toBe(true)
  })

  it('skips k outside [1, n − 1]', () => {
    const e = 42n
    expect(sm2SignDigest(c, d, e, nonces(0n, c.n, k2))).toEqual(sm2SignDigest(c, d, e, nonces(k2)))
  })
})

describe('HMAC-SM3 (the nonce derivation)', () => {
  it('matches OpenSSL HMAC-SM3 for short, block-sized and long keys', ({ skip }) => {
    skip(!getHashes().includes('sm3'), "this Node's OpenSSL has no sm3")
    for (const keyLength of [0, 20, 64, 65, 200]) {
      const key = new Uint8Array(keyLength).map((_, i) => (i * 7 + 3) & 0xff)
      const data = utf8Encode(`data ${keyLength}`)
      expect(toHex(hmacSm3(key, data))).toBe(createHmac('sm3', key).update(data).digest('hex'))
    }
  })
})
