import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { makeEnvelope, pae, PAYLOAD_TYPE, type Envelope } from '../../../shared/bundle/dsse'
import type { Digests } from '../../../shared/bundle/statement'
import { sm3Hex } from '../../../shared/crypto/sm3'
import type { VerifyEd25519 } from '../../../shared/bundle/verify-envelope'

/**
 * Node implementations of what the pure bundle code has injected: digests and Ed25519 over raw 32-byte public
 * keys. SM3 comes from shared/ because Electron's BoringSSL has none. Nothing here logs; key material never
 * leaves these functions except as the signature or the public key.
 */

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The digests the bundle subjects use. */
export const nodeDigests: Digests = { sha256: sha256Hex, sm3: sm3Hex }

/** keyid = hex SHA-256 of the raw 32-byte public key (contracts.md §2). */
export function keyidOf(publicKeyRaw: Uint8Array): string {
  if (publicKeyRaw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes')
  return sha256Hex(publicKeyRaw)
}

/** A KeyObject for a raw 32-byte Ed25519 public key. */
export function publicKeyFromRaw(publicKeyRaw: Uint8Array): KeyObject {
  if (publicKeyRaw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes')
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyRaw).toString('base64url') }, format: 'jwk' })
}

/** The raw 32 bytes of an Ed25519 public key (given the public key or its private key). */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const pub = key.type === 'private' ? createPublicKey(key) : key
  if (pub.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key')
  const { x } = pub.export({ format: 'jwk' })
  if (typeof x !== 'string') throw new Error('not an Ed25519 key')
  return new Uint8Array(Buffer.from(x, 'base64url'))
}

/** A fresh Ed25519 key pair with its raw public key and keyid (the private key stays a KeyObject). */
export function generateSigningKey(): { privateKey: KeyObject; publicKeyRaw: Uint8Array; keyid: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const publicKeyRaw = rawPublicKey(publicKey)
  return { privateKey, publicKeyRaw, keyid: keyidOf(publicKeyRaw) }
}

export function signEd25519(privateKey: KeyObject, message: Uint8Array): Uint8Array {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') throw new Error('an Ed25519 private key is required')
  return new Uint8Array(sign(null, message, privateKey))
}

/** Ed25519 verification; false (never a throw) for a malformed key or signature. */
export const verifyEd25519: VerifyEd25519 = (publicKeyRaw, message, signature) => {
  if (publicKeyRaw.length !== 32 || signature.length !== 64) return false
  try {
    return verify(null, message, publicKeyFromRaw(publicKeyRaw), signature)
  } catch {
    return false
  }
}

/**
 * A DSSE envelope over `payload` signed by `privateKey`. The caller's `keyid` is checked against the key, so a
 * mislabelled key fails here rather than at a verifier's desk.
 */
export function signEnvelope(payload: Uint8Array, privateKey: KeyObject, keyid: string): Envelope {
  if (keyidOf(rawPublicKey(privateKey)) !== keyid) throw new Error('keyid does not belong to this private key')
  const sig = signEd25519(privateKey, pae(PAYLOAD_TYPE, payload))
  return makeEnvelope(PAYLOAD_TYPE, payload, [{ keyid, sig }])
}
