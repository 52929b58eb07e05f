import { createHash, randomBytes } from 'node:crypto'
import type { Account } from '../../../shared/accounts/index'
import { serviceError } from '../../../shared/api/result'
import type { RevocationReason } from '../../../shared/bundle/trust'
import { sm2GenerateKeyPair, sm2KeyPairFromPrivateKey, SM2_PRIVATE_KEY_LENGTH } from '../../../shared/crypto/sm2'
import type { Store, Tx } from '../store/index'
import type { KdfParams } from './kdf'
import { openBytes, sealBytes, type KeySecret } from './key-vault'
import type { CheckDeps } from './password-check'

/**
 * 国密签名密钥 — an account's optional SM2 key for the co-signature, kept in table sm2_keys. It is sealed exactly
 * like the Ed25519 key (AES-256-GCM under a scrypt-derived key of the owner's password, keyid as associated
 * data); what is sealed is the 32-byte private scalar. The associated data also names the algorithm, so a sealed
 * SM2 key copied into the Ed25519 table (or back) does not open.
 */

/** An SM2 private key unlocked for one signing (the 32-byte scalar), with its keyid. */
export type UnlockedSm2Key = { privateKey: Uint8Array; keyid: string }

/** A freshly generated SM2 key: keyid, raw public key and the private scalar (to seal, then drop). */
export type NewSm2Key = { keyid: string; rawPublicKey: Uint8Array; privateKey: Uint8Array }

const aad = (keyid: string): Buffer => Buffer.from(`countersign-sm2-key/v1:${keyid}`, 'utf8')

/** keyid = hex SHA-256 of the raw 65-byte public key 04 ‖ x ‖ y, as for Ed25519 keys. */
export function sm2KeyidOf(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex')
}

/** A fresh SM2 key pair from Node's CSPRNG. */
export function generateSm2Key(): NewSm2Key {
  const pair = sm2GenerateKeyPair((length) => new Uint8Array(randomBytes(length)))
  return { keyid: sm2KeyidOf(pair.publicKey), rawPublicKey: pair.publicKey, privateKey: pair.privateKey }
}

/** Seals the 32-byte SM2 scalar under the password, bound to its keyid (see key-vault.ts sealBytes). */
export function sealSm2Key(privateKey: Uint8Array, keyid: string, key: KeySecret, params?: KdfParams): Promise<string> {
  return sealBytes(privateKey, aad(keyid), key, params)
}

/** Opens a sealed SM2 key; null when the password is wrong or the scalar does not belong to `keyid`. */
export async function openSm2Key(sealedJson: string, keyid: string, key: KeySecret): Promise<Uint8Array | null> {
  const scalar = await openBytes(sealedJson, aad(keyid), key)
  if (!scalar) return null
  try {
    if (scalar.length !== SM2_PRIVATE_KEY_LENGTH) return null
    const privateKey = new Uint8Array(scalar)
    let matches = false
    try {
      matches = sm2KeyidOf(sm2KeyPairFromPrivateKey(privateKey).publicKey) === keyid
    } catch {
      // out of range: not a key we sealed
    }
    if (matches) return privateKey
    privateKey.fill(0)
    return null
  } finally {
    scalar.fill(0)
  }
}

/** The sealed private half of the account's active SM2 key, read only at the moment of use. */
export function sealedActiveSm2Key(reader: Store | Tx, accountId: string): { keyid: string; sealed: string | null } | undefined {
  return reader.get<{ keyid: string; sealed: string | null }>(
    'SELECT keyid, encrypted_private_key AS sealed FROM sm2_keys WHERE account_id = ? AND revoked_at IS NULL',
    [accountId],
  )
}

/** Stores a new active SM2 key, valid from `at`, with its sealed private half. */
export function insertSm2Key(tx: Tx, key: { keyid: string; accountId: string; rawPublicKey: Uint8Array; sealed: string; at: string }): void {
  tx.run(
    `INSERT INTO sm2_keys (keyid, account_id, public_key, created_at, valid_from, valid_until, revoked_at, encrypted_private_key)
     VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)`,
    [key.keyid, key.accountId, key.rawPublicKey, key.at, key.at, key.sealed],
  )
}

/** Revokes the account's active SM2 key (if any) at `at` for `reason` and wipes its sealed private half; returns its keyids. */
export function revokeSm2Keys(tx: Tx, accountId: string, at: string, reason: RevocationReason): string[] {
  const active = tx.all<{ keyid: string }>('SELECT keyid FROM sm2_keys WHERE account_id = ? AND revoked_at IS NULL', [accountId])
  tx.run('UPDATE sm2_keys SET revoked_at = ?, revocation_reason = ?, encrypted_private_key = NULL WHERE account_id = ? AND revoked_at IS NULL', [at, reason, accountId])
  return active.map((row) => row.keyid)
}

/**
 * The account's active SM2 key opened with the password just checked, or — if it has none — a new one made,
 * sealed under that password, stored and written to the audit log as key.created with alg sm2.
 */
export async function openOrCreateSm2Key(deps: CheckDeps, account: Account, secret: KeySecret, params?: KdfParams): Promise<UnlockedSm2Key> {
  const active = sealedActiveSm2Key(deps.store, account.id)
  if (active) {
    const privateKey = active.sealed ? await openSm2Key(active.sealed, active.keyid, secret) : null
    if (!privateKey) {
      deps.log.error('key.unseal_failed', { login: account.login, keyid: active.keyid, alg: 'sm2' })
      throw serviceError('internal', 'key.sm2CannotOpen', { login: account.login })
    }
    return { privateKey, keyid: active.keyid }
  }
  const key = generateSm2Key()
  const sealed = await sealSm2Key(key.privateKey, key.keyid, secret, params)
  const at = deps.now().toISOString()
  deps.store.transaction((tx) => {
    // serial() keeps this service from racing itself; the unique index guards against anything else
    if (sealedActiveSm2Key(tx, account.id)) throw serviceError('conflict', 'key.sm2ChangedRetry')
    insertSm2Key(tx, { keyid: key.keyid, accountId: account.id, rawPublicKey: key.rawPublicKey, sealed, at })
    deps.audit.append(tx, 'key.created', account.login, account.login, { accountId: account.id, keyid: key.keyid, alg: 'sm2' })
  })
  deps.log.info('key.created', { login: account.login, keyid: key.keyid, alg: 'sm2' })
  return { privateKey: key.privateKey, keyid: key.keyid }
}

/** The active SM2 key (if any) sealed again under the new password, for changePassword; refused if it cannot be opened. */
export async function resealSm2Key(store: Store, account: Account, oldSecret: KeySecret, newSecret: KeySecret, params?: KdfParams): Promise<{ keyid: string; sealed: string } | null> {
  const active = sealedActiveSm2Key(store, account.id)
  if (!active) return null
  const privateKey = active.sealed ? await openSm2Key(active.sealed, active.keyid, oldSecret) : null
  if (!privateKey) {
    throw serviceError('conflict', 'key.sm2CannotOpen', { login: account.login })
  }
  try {
    return { keyid: active.keyid, sealed: await sealSm2Key(privateKey, active.keyid, newSecret, params) }
  } finally {
    privateKey.fill(0)
  }
}
