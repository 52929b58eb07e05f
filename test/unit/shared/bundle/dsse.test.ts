import { describe, expect, it } from 'vitest'
import { base64Encode } from '../../../../shared/crypto/base64'
import { utf8Decode, utf8Encode } from '../../../../shared/crypto/bytes'
import { envelopeBytes, makeEnvelope, MAX_ENVELOPE_BYTES, pae, parseEnvelope, PAYLOAD_TYPE } from '../../../../shared/bundle/dsse'

describe('DSSE v1', () => {
  it('builds the pre-authentication encoding of the DSSE protocol example', () => {
    const out = pae('http://example.com/HelloWorld', utf8Encode('hello world'))
    expect(utf8Decode(out)).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world')
  })

  it('counts bytes, not characters, and takes the body verbatim', () => {
    const body = utf8Encode('公示')
    const out = pae('t/公', body)
    expect(utf8Decode(out)).toBe('DSSEv1 5 t/公 6 公示')
    expect(utf8Decode(pae(PAYLOAD_TYPE, new Uint8Array(0)))).toBe(`DSSEv1 28 ${PAYLOAD_TYPE} 0 `)
  })

  it('writes an envelope as canonical JSON and reads it back', () => {
    const payload = utf8Encode('{"a":1}')
    const env = makeEnvelope(PAYLOAD_TYPE, payload, [{ keyid: 'ab'.repeat(32), sig: Uint8Array.of(1, 2, 3) }])
    expect(env).toEqual({ payload: base64Encode(payload), payloadType: PAYLOAD_TYPE, signatures: [{ keyid: 'ab'.repeat(32), sig: 'AQID' }] })
    const bytes = envelopeBytes(env)
    expect(utf8Decode(bytes)).toBe(`{"payload":"eyJhIjoxfQ==","payloadType":"${PAYLOAD_TYPE}","signatures":[{"keyid":"${'ab'.repeat(32)}","sig":"AQID"}]}`)
    const parsed = parseEnvelope(bytes)
    expect(parsed.ok && parsed.value.payload).toEqual(payload)
  })

  it.each([
    ['not-utf8', Uint8Array.of(0x7b, 0xff, 0x7d)],
    ['not-json', utf8Encode('{"payload":')],
    ['not-envelope', utf8Encode('{"payload":"","payloadType":"x","signatures":[]}')],
    ['not-envelope', utf8Encode('[1,2]')],
    ['bad-base64', utf8Encode('{"payload":"a b","payloadType":"x","signatures":[{"sig":""}]}')],
    ['too-large', new Uint8Array(MAX_ENVELOPE_BYTES + 1)],
  ])('reports %s for a broken envelope file', (problem, bytes) => {
    expect(parseEnvelope(bytes)).toEqual({ ok: false, problem })
  })
})
