import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { normalisePassword } from '../../../shared/accounts/index'

/**
 * scrypt parameters, stored beside every hash and every encrypted key so the cost can be raised later
 * without losing access to what was written under the old cost.
 */
export const kdfParamsSchema = z.strictObject({
  alg: z.literal('scrypt'),
  // Bounds keep a tampered row from asking for gigabytes or for a trivially cheap hash.
  N: z.number().int().min(2 ** 14).max(2 ** 20).refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  keyLength: z.literal(32),
})
export type KdfParams = z.infer<typeof kdfParamsSchema>

/** The cost for new hashes: N = 2^17, r = 8, p = 1 (~128 MiB, a few hundred ms), per OWASP's scrypt floor. */
export const currentKdf: KdfParams = { alg: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 32 }

export const saltLength = 32

/**
 * Derives 32 bytes from a password. Runs on libuv's thread pool (not scryptSync) so the Electron main
 * process keeps answering while the few hundred milliseconds pass.
 */
export function derive(password: string, salt: Uint8Array, params: KdfParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; twice that leaves room for its other buffers.
  const maxmem = Math.max(256 * 1024 * 1024, 2 * 128 * params.N * params.r * params.p)
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(normalisePassword(password), 'utf8'), salt, params.keyLength, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) => {
      if (error) reject(error)
      else resolve(key)
    })
  })
}

export type PasswordHash = { hash: Buffer; salt: Buffer; params: KdfParams }

export async function hashPassword(password: string, params: KdfParams = currentKdf): Promise<PasswordHash> {
  const salt = randomBytes(saltLength)
  return { hash: await derive(password, salt, params), salt, params }
}

/** Constant-time comparison of the derived key with the stored one. */
export async function verifyPassword(password: string, stored: { hash: Uint8Array; salt: Uint8Array; params: KdfParams }): Promise<boolean> {
  const candidate = await derive(password, stored.salt, stored.params)
  const expected = Buffer.from(stored.hash)
  const same = candidate.length === expected.length && timingSafeEqual(candidate, expected)
  candidate.fill(0)
  return same
}

export function parseKdf(json: string): KdfParams {
  return kdfParamsSchema.parse(JSON.parse(json))
}
