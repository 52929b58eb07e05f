import { createHash, getHashes, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../../../../shared/crypto/bytes'
import { sm3, sm3Hex } from '../../../../shared/crypto/sm3'

const nodeHasSm3 = getHashes().includes('sm3')

describe('sm3 (GB/T 32905-2016)', () => {
  it('gives the standard\'s example A.1 digest for "abc"', () => {
    expect(sm3Hex(utf8Encode('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0')
  })

  it('gives the standard\'s example A.2 digest for the 64-byte "abcd"×16', () => {
    expect(sm3Hex(utf8Encode('abcd'.repeat(16)))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732')
  })

  it('hashes the empty input', () => {
    expect(sm3Hex(new Uint8Array(0))).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b')
  })

  it('returns 32 bytes and does not touch its input', () => {
    const input = utf8Encode('低保公示')
    const copy = input.slice()
    expect(sm3(input)).toHaveLength(32)
    expect(input).toEqual(copy)
  })

  it('matches OpenSSL sm3 at every length around the padding boundaries and on a large input', ({ skip }) => {
    skip(!nodeHasSm3, "this Node's OpenSSL has no sm3 (as in Electron's BoringSSL): nothing to cross-check against")
    const node = (b: Uint8Array): string => createHash('sm3').update(b).digest('hex')
    for (let n = 0; n <= 200; n++) {
      const b = new Uint8Array(randomBytes(n))
      expect(sm3Hex(b), `length ${n}`).toBe(node(b))
    }
    const big = new Uint8Array(randomBytes(3_000_017))
    expect(sm3Hex(big)).toBe(node(big))
  })
})
