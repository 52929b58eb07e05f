import { describe, expect, it } from 'vitest'
import { base64ToBytes, base64ToText, bytesToBase64, textToBase64 } from '../../../../renderer/lib/base64'

describe('base64 helpers', () => {
  it('round-trips bytes, including a buffer larger than one fromCharCode chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256)
    const encoded = bytesToBase64(bytes)
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
    expect(base64ToBytes(encoded)).toEqual(bytes)
  })

  it('reads UTF-8 text (a trust list with Chinese names) and drops a BOM', () => {
    const json = '{"office":"某某镇人民政府"}'
    expect(base64ToText(textToBase64(json))).toBe(json)
    expect(base64ToText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]).toString('base64'))).toBe(json)
  })
})
