import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64Decode, base64Encode } from '../../../../shared/crypto/base64'
import { bytesEqual, concatBytes, EncodingError, toHex, utf8Decode, utf8Encode } from '../../../../shared/crypto/bytes'

describe('utf8', () => {
  it('encodes like Node, astral characters included', () => {
    for (const s of ['', 'abc', '低保公示', '𠀀𪚥 emoji 😀', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
      expect(utf8Encode(s)).toEqual(new Uint8Array(Buffer.from(s, 'utf8')))
      expect(utf8Decode(utf8Encode(s))).toBe(s)
    }
  })

  it('decodes long text (past the chunking of fromCharCode)', () => {
    const s = '公示名单 row 😀\n'.repeat(5000)
    expect(utf8Decode(new Uint8Array(Buffer.from(s)))).toBe(s)
  })

  it('refuses a lone surrogate when encoding', () => {
    expect(() => utf8Encode('a\ud800b')).toThrow(EncodingError)
    expect(() => utf8Encode('\udc00')).toThrow(EncodingError)
  })

  it.each([
    ['overlong NUL', [0xc0, 0x80]],
    ['overlong slash', [0xe0, 0x80, 0xaf]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['truncated', [0xe4, 0xbd]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['invalid lead', [0xf5, 0x80, 0x80, 0x80]],
    ['stray continuation', [0x80]],
  ])('refuses invalid UTF-8: %s', (_name, bytes) => {
    expect(() => utf8Decode(Uint8Array.from(bytes))).toThrow(EncodingError)
  })
})

describe('base64', () => {
  it('encodes like Node at every length', () => {
    for (let n = 0; n < 70; n++) {
      const b = new Uint8Array(randomBytes(n))
      const s = base64Encode(b)
      expect(s).toBe(Buffer.from(b).toString('base64'))
      expect(base64Decode(s)).toEqual(b)
    }
  })

  it('reads URL-safe and unpadded forms (DSSE allows either alphabet)', () => {
    const b = Uint8Array.from([0xfb, 0xff, 0xbf, 0x01])
    expect(base64Decode('+/+/AQ==')).toEqual(b)
    expect(base64Decode('-_-_AQ')).toEqual(b)
    expect(base64Decode('-_-_AQ==')).toEqual(b)
  })

  it.each([
    ['whitespace', 'QUJD REVG'],
    ['newline', 'QUJD\nREVG'],
    ['misplaced padding', 'QQ==QQ=='],
    ['too much padding', 'Q==='],
    ['impossible length', 'QUJDR'],
    ['non-zero trailing bits', 'QR=='],
    ['mixed alphabets', '+/-_AQ=='],
    ['non-ASCII', 'QUJ€'],
  ])('refuses %s', (_name, text) => {
    expect(() => base64Decode(text)).toThrow(EncodingError)
  })
})

describe('byte helpers', () => {
  it('hex, equality and concatenation', () => {
    expect(toHex(Uint8Array.from([0, 15, 16, 255]))).toBe('000f10ff')
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true)
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false)
    expect(bytesEqual(Uint8Array.of(1), Uint8Array.of(1, 2))).toBe(false)
    expect(concatBytes(Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3))).toEqual(Uint8Array.of(1, 2, 3))
  })
})
