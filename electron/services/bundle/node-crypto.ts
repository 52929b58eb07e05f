import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto'
import { makeEnvelope, pae, PAYLOAD_TYPE, type Envelope } from '../../../shared/bundle/dsse'
import type { Digests } from '../../../shared/bundle/statement'
import { SM2_PUBLIC_KEY_LENGTH, sm2GenerateKeyPair, sm2KeyPairFromPrivateKey, sm2Sign } from '../../../shared/crypto/sm2'
import { sm3Hex } from '../../../shared/crypto/sm3'
import type { VerifyEd25519 } from '../../../shared/bundle/verify-envelope'

/**
 * Node implementations of what the pure bundle code has injected: digests and Ed25519 over raw 32-byte public
 * keys. SM3 and SM2 come from shared/ because Electron's BoringSSL has neither. Nothing here logs; key material never
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

/** An SM2 private key (the 32-byte scalar) unlocked for one signing, and the keyid it must match. */
export type Sm2SigningKey = { privateKey: Uint8Array; keyid: string }

/** keyid of an SM2 key = hex SHA-256 of its raw 65-byte public key 04 ‖ x ‖ y, as for Ed25519. */
export function sm2KeyidOf(publicKeyRaw: Uint8Array): string {
  if (publicKeyRaw.length !== SM2_PUBLIC_KEY_LENGTH) throw new Error('an SM2 public key is 65 bytes (04 ‖ x ‖ y)')
  return sha256Hex(publicKeyRaw)
}

/** The raw public key of an SM2 private scalar (throws for a scalar out of range). */
export function sm2PublicKeyOf(privateKey: Uint8Array): Uint8Array {
  return sm2KeyPairFromPrivateKey(privateKey).publicKey
}

/** A fresh SM2 key pair (randomness from Node's CSPRNG) with its keyid. */
export function generateSm2SigningKey(): { privateKey: Uint8Array; publicKeyRaw: Uint8Array; keyid: string } {
  const pair = sm2GenerateKeyPair((length) => new Uint8Array(randomBytes(length)))
  return { privateKey: pair.privateKey, publicKeyRaw: pair.publicKey, keyid: sm2KeyidOf(pair.publicKey) }
}

/**
 * A DSSE envelope over `payload` signed by `privateKey` and, when given, co-signed by the same person's SM2 key
 * over the same PAE bytes (the Ed25519 signature first). The caller's keyids are checked against the keys, so a
 * mislabelled key fails here rather than at a verifier's desk.
 */
export function signEnvelope(payload: Uint8Array, privateKey: KeyObject, keyid: string, sm2Key?: Sm2SigningKey): Envelope {
  if (keyidOf(rawPublicKey(privateKey)) !== keyid) throw new Error('keyid does not belong to this private key')
  if (sm2Key && sm2KeyidOf(sm2PublicKeyOf(sm2Key.privateKey)) !== sm2Key.keyid) throw new Error('the SM2 keyid does not belong to this SM2 private key')
  const message = pae(PAYLOAD_TYPE, payload)
  const signatures = [{ keyid, sig: signEd25519(privateKey, message) }]
  if (sm2Key) signatures.push({ keyid: sm2Key.keyid, sig: sm2Sign(sm2Key.privateKey, message) })
  return makeEnvelope(PAYLOAD_TYPE, payload, signatures)
}
