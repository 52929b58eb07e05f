import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { currentKdf, derive, kdfParamsSchema, saltLength, type KdfParams } from './kdf'

/**
 * 私钥保管 — an Ed25519 private key at rest: PKCS#8 DER sealed with AES-256-GCM under a key derived
 * from the owner's password by scrypt (its own salt, never the password hash's). The key id is bound in
 * as associated data, so a sealed key copied onto another key's row does not open.
 */
const sealedKeySchema = z.strictObject({
  v: z.literal(1),
  kdf: kdfParamsSchema,
  salt: z.base64(),
  iv: z.base64(),
  tag: z.base64(),
  ciphertext: z.base64(),
})
export type SealedKey = z.infer<typeof sealedKeySchema>

export type NewKeyPair = { keyid: string; rawPublicKey: Buffer; privateKey: KeyObject }

const ivLength = 12
const aad = (keyid: string): Buffer => Buffer.from(`countersign-key/v1:${keyid}`, 'utf8')

export function generateSigningKey(): NewKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const rawPublicKey = rawPublicKeyOf(publicKey)
  return { keyid: keyidOf(rawPublicKey), rawPublicKey, privateKey }
}

/** The raw 32-byte Ed25519 public key: the last 32 bytes of its SPKI DER (a fixed 12-byte prefix). */
export function rawPublicKeyOf(key: KeyObject): Buffer {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key')
  const spki = publicKey.export({ format: 'der', type: 'spki' })
  return spki.subarray(spki.length - 32)
}

/** keyid = hex SHA-256 of the raw 32-byte public key (contracts.md §2). Accepts raw bytes or a KeyObject. */
export function keyidOf(key: Uint8Array | KeyObject): string {
  const raw = key instanceof Uint8Array ? key : rawPublicKeyOf(key)
  return createHash('sha256').update(raw).digest('hex')
}

/** A KeyObject for a raw 32-byte Ed25519 public key (for verifying signatures with the stored half). */
export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' })
}

/**
 * Seals secret bytes: AES-256-GCM under a key scrypt derives from the password with a fresh salt, with `aad`
 * authenticated alongside. Shared by the Ed25519 key (PKCS#8 DER) and the SM2 key (its 32-byte scalar).
 */
export async function sealBytes(secret: Uint8Array, aad: Buffer, password: string, params: KdfParams = currentKdf): Promise<string> {
  const salt = randomBytes(saltLength)
  const iv = randomBytes(ivLength)
  const kek = await derive(password, salt, params)
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, iv)
    cipher.setAAD(aad)
    const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()])
    const sealed: SealedKey = {
      v: 1,
      kdf: params,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    }
    return JSON.stringify(sealed)
  } finally {
    kek.fill(0)
  }
}

/** Opens what sealBytes sealed; null when the password or the associated data is wrong (GCM refuses). */
export async function openBytes(sealedJson: string, aad: Buffer, password: string): Promise<Buffer | null> {
  const sealed = sealedKeySchema.parse(JSON.parse(sealedJson))
  const kek = await derive(password, Buffer.from(sealed.salt, 'base64'), sealed.kdf)
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(sealed.iv, 'base64'))
    decipher.setAAD(aad)
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()])
  } catch {
    return null
  } finally {
    kek.fill(0)
  }
}

export async function sealPrivateKey(privateKey: KeyObject, keyid: string, password: string, params: KdfParams = currentKdf): Promise<string> {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' })
  try {
    return await sealBytes(der, aad(keyid), password, params)
  } finally {
    // Best effort: the KeyObject itself lives in OpenSSL memory we cannot wipe, but our copies we can.
    der.fill(0)
  }
}

/** Opens a sealed key; null when the password is wrong (GCM refuses) or the key does not match `keyid`. */
export async function openPrivateKey(sealedJson: string, keyid: string, password: string): Promise<KeyObject | null> {
  const der = await openBytes(sealedJson, aad(keyid), password)
  if (!der) return null
  try {
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    return keyidOf(privateKey) === keyid ? privateKey : null
  } finally {
    der.fill(0)
  }
}
