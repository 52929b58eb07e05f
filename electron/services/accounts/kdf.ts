import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
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

let derivations = 0
/** How many scrypt derivations this process has run (a count only): benches and tests check the cost of an action. */
export function kdfDerivations(): number {
  return derivations
}

/**
 * Derives 32 bytes from a password. Runs on libuv's thread pool (not scryptSync) so the Electron main
 * process keeps answering while the few hundred milliseconds pass.
 */
export function derive(password: string, salt: Uint8Array, params: KdfParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; twice that leaves room for its other buffers.
  const maxmem = Math.max(256 * 1024 * 1024, 2 * 128 * params.N * params.r * params.p)
  derivations += 1
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(normalisePassword(password), 'utf8'), salt, params.keyLength, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) => {
      if (error) reject(error)
      else resolve(key)
    })
  })
}

/**
 * A password row's parameters. `scheme: 'master-v2'` (every row written now): the one scrypt run of the password
 * gives a 32-byte master secret that is never stored; the row keeps only HMAC-SHA256(master, "verifier"), and the
 * account's sealed keys are opened with keys HKDF draws from the same master (key-vault.ts). One scrypt per action
 * then both checks the password and opens the key, and an attacker holding the data folder still pays one full
 * scrypt per guess. Without `scheme` (rows written before): the stored hash IS the scrypt output, so it must never
 * be used as a key; such accounts open their keys with a scrypt run of their own until their first signing moves
 * them to v2 (AccountService.upgradeLegacy).
 */
export const passwordKdfSchema = kdfParamsSchema.extend({ scheme: z.literal('master-v2').optional() })
export type PasswordKdf = z.infer<typeof passwordKdfSchema>

const verifierLabel = Buffer.from('countersign/password-verifier/v2', 'utf8')

/** What a v2 password row stores: a one-way image of the master secret, never the secret itself. */
export function verifierOf(master: Uint8Array): Buffer {
  return createHmac('sha256', master).update(verifierLabel).digest()
}

/** `master` (32 bytes) exists only for the action at hand: the caller wipes it (fill(0)) when done. */
export type PasswordHash = { hash: Buffer; salt: Buffer; params: PasswordKdf; master: Buffer }

/** A new v2 password row (one scrypt run) and the master secret to seal the account's keys with. */
export async function hashPassword(password: string, params: KdfParams = currentKdf): Promise<PasswordHash> {
  const salt = randomBytes(saltLength)
  const master = await derive(password, salt, params)
  return { hash: verifierOf(master), salt, params: { ...params, scheme: 'master-v2' }, master }
}

/**
 * One scrypt run of the password against a stored row, compared in constant time. `master` is the secret to
 * open the account's v2-sealed keys with, for a right password on a v2 row only (null otherwise); the caller wipes it.
 */
export async function checkPasswordHash(password: string, stored: { hash: Uint8Array; salt: Uint8Array; params: PasswordKdf }): Promise<{ ok: boolean; master: Buffer | null }> {
  const { scheme, ...params } = stored.params
  const derived = await derive(password, stored.salt, params)
  const candidate = scheme === 'master-v2' ? verifierOf(derived) : Buffer.from(derived)
  const expected = Buffer.from(stored.hash)
  const ok = candidate.length === expected.length && timingSafeEqual(candidate, expected)
  candidate.fill(0)
  if (ok && scheme === 'master-v2') return { ok, master: derived }
  derived.fill(0)
  return { ok, master: null }
}

/** Constant-time check of a password against a stored row (one scrypt run). */
export async function verifyPassword(password: string, stored: { hash: Uint8Array; salt: Uint8Array; params: PasswordKdf }): Promise<boolean> {
  const { ok, master } = await checkPasswordHash(password, stored)
  master?.fill(0)
  return ok
}

export function parseKdf(json: string): PasswordKdf {
  return passwordKdfSchema.parse(JSON.parse(json))
}
