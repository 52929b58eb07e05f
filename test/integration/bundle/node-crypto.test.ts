import { createPrivateKey } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { toHex, utf8Encode } from '../../../shared/crypto/bytes'
import { pae, PAYLOAD_TYPE } from '../../../shared/bundle/dsse'
import { base64Decode } from '../../../shared/crypto/base64'
import {
  generateSigningKey,
  keyidOf,
  nodeDigests,
  publicKeyFromRaw,
  rawPublicKey,
  sha256Hex,
  signEd25519,
  signEnvelope,
  verifyEd25519,
} from '../../../electron/services/bundle/node-crypto'

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'))

// RFC 8032 §7.1, TEST 1 and TEST 2
const rfc8032 = [
  {
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
]

/** A KeyObject from a 32-byte Ed25519 seed (PKCS#8 wrapping, RFC 8410). */
const fromSeed = (seed: Uint8Array) =>
  createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' })

describe('node-crypto', () => {
  it('sha256 and sm3 digests in lower-case hex', () => {
    expect(sha256Hex(utf8Encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(nodeDigests.sm3(utf8Encode('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0')
  })

  it.each(rfc8032)('signs and verifies the RFC 8032 vector with public key $public', (v) => {
    const key = fromSeed(hex(v.secret))
    expect(toHex(rawPublicKey(key))).toBe(v.public)
    expect(toHex(signEd25519(key, hex(v.message)))).toBe(v.signature)
    expect(verifyEd25519(hex(v.public), hex(v.message), hex(v.signature))).toBe(true)
  })

  it('keyid is the SHA-256 of the raw 32-byte public key', () => {
    const k = generateSigningKey()
    expect(k.publicKeyRaw).toHaveLength(32)
    expect(k.keyid).toBe(sha256Hex(k.publicKeyRaw))
    expect(keyidOf(k.publicKeyRaw)).toBe(k.keyid)
    expect(rawPublicKey(publicKeyFromRaw(k.publicKeyRaw))).toEqual(k.publicKeyRaw)
    expect(() => keyidOf(new Uint8Array(33))).toThrow()
  })

  it('returns false, never throws, for a wrong message, key or signature', () => {
    const k = generateSigningKey()
    const msg = utf8Encode('公示')
    const sig = signEd25519(k.privateKey, msg)
    expect(verifyEd25519(k.publicKeyRaw, msg, sig)).toBe(true)
    expect(verifyEd25519(k.publicKeyRaw, utf8Encode('公告'), sig)).toBe(false)
    expect(verifyEd25519(generateSigningKey().publicKeyRaw, msg, sig)).toBe(false)
    expect(verifyEd25519(k.publicKeyRaw, msg, sig.subarray(1))).toBe(false)
    expect(verifyEd25519(new Uint8Array(31), msg, sig)).toBe(false)
    const flipped = sig.slice()
    flipped[40] ^= 1
    expect(verifyEd25519(k.publicKeyRaw, msg, flipped)).toBe(false)
  })

  it('signEnvelope signs the PAE and refuses a keyid that is not the key’s', () => {
    const k = generateSigningKey()
    const payload = utf8Encode('{"a":1}')
    const env = signEnvelope(payload, k.privateKey, k.keyid)
    expect(env.payloadType).toBe(PAYLOAD_TYPE)
    expect(env.signatures[0].keyid).toBe(k.keyid)
    expect(verifyEd25519(k.publicKeyRaw, pae(PAYLOAD_TYPE, payload), base64Decode(env.signatures[0].sig))).toBe(true)
    expect(verifyEd25519(k.publicKeyRaw, payload, base64Decode(env.signatures[0].sig))).toBe(false)
    expect(() => signEnvelope(payload, k.privateKey, generateSigningKey().keyid)).toThrow(/keyid/)
  })
})
