import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { currentKdf, derive, kdfParamsSchema, saltLength, type KdfParams } from './kdf'

/**
 * 私钥保管 — an Ed25519 private key at rest: PKCS#8 DER sealed with AES-256-GCM. v2 (written now): the key-encryption
 * key is HKDF-SHA256 of the account's master secret — the output of the one scrypt run that also checks the
 * password (kdf.ts) — with the seal's own salt; `kdf` records that run's cost. v1 (written before): the KEK is a
 * scrypt run of its own over the password, with its own salt. The key id is bound in as associated data, so a
 * sealed key copied onto another key's row does not open.
 */
const sealedKeySchema = z.discriminatedUnion('v', [
  z.strictObject({ v: z.literal(1), kdf: kdfParamsSchema, salt: z.base64(), iv: z.base64(), tag: z.base64(), ciphertext: z.base64() }),
  z.strictObject({ v: z.literal(2), kdf: kdfParamsSchema, salt: z.base64(), iv: z.base64(), tag: z.base64(), ciphertext: z.base64() }),
])
export type SealedKey = z.infer<typeof sealedKeySchema>

/**
 * What opens and seals an account's keys during one action: the password, and the master secret its check
 * just derived (null for an account whose password row predates v2). Never kept beyond the action.
 */
export type KeySecret = { password: string; master: Buffer | null }

const kekInfo = Buffer.from('countersign/key-encryption-key/v2', 'utf8')
const kekFromMaster = (master: Uint8Array, salt: Uint8Array): Buffer => Buffer.from(hkdfSync('sha256', master, salt, kekInfo, 32))

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
export async function sealBytes(secret: Uint8Array, aad: Buffer, key: KeySecret, params: KdfParams = currentKdf): Promise<string> {
  const salt = randomBytes(saltLength)
  const iv = randomBytes(ivLength)
  // with the master secret in hand no scrypt runs here: v2; without it (an old password row), v1 as before
  const kek = key.master ? kekFromMaster(key.master, salt) : await derive(key.password, salt, params)
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, iv)
    cipher.setAAD(aad)
    const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()])
    const sealed: SealedKey = {
      v: key.master ? 2 : 1,
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

/**
 * Opens what sealBytes sealed; null when the secret or the associated data is wrong (GCM refuses), or a v2 seal
 * comes without a master secret. A v2 seal costs no scrypt run, a v1 seal one.
 */
export async function openBytes(sealedJson: string, aad: Buffer, key: KeySecret): Promise<Buffer | null> {
  const sealed = sealedKeySchema.parse(JSON.parse(sealedJson))
  const salt = Buffer.from(sealed.salt, 'base64')
  if (sealed.v === 2 && !key.master) return null
  const kek = sealed.v === 2 && key.master ? kekFromMaster(key.master, salt) : await derive(key.password, salt, sealed.kdf)
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

export async function sealPrivateKey(privateKey: KeyObject, keyid: string, key: KeySecret, params: KdfParams = currentKdf): Promise<string> {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' })
  try {
    return await sealBytes(der, aad(keyid), key, params)
  } finally {
    // Best effort: the KeyObject itself lives in OpenSSL memory we cannot wipe, but our copies we can.
    der.fill(0)
  }
}

/** Opens a sealed key; null when the secret is wrong (GCM refuses) or the key does not match `keyid`. */
export async function openPrivateKey(sealedJson: string, keyid: string, key: KeySecret): Promise<KeyObject | null> {
  const der = await openBytes(sealedJson, aad(keyid), key)
  if (!der) return null
  try {
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    return keyidOf(privateKey) === keyid ? privateKey : null
  } finally {
    der.fill(0)
  }
}
