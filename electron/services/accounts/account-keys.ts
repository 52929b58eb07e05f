import type { KeyObject } from 'node:crypto'
import type { Account, Role } from '../../../shared/accounts/index'
import { serviceError } from '../../../shared/api/result'
import type { AuditService } from '../audit/index'
import type { Logger } from '../common/logger'
import type { Store } from '../store/index'
import { randomUUID } from 'node:crypto'
import { accountCount, accountRow, insertKey, sameNameWarnings, sealedActiveKey } from './account-rows'
import type { CreatedAccount } from './account-types'
import { hashPassword, type KdfParams, type PasswordHash } from './kdf'
import { generateSigningKey, keyidOf, openPrivateKey, sealPrivateKey, type KeySecret } from './key-vault'
import { resealSm2Key, sealSm2Key, type UnlockedSm2Key } from './sm2-keys'

/**
 * 签名密钥 — an account's sealed keys, with the secret of a password just checked: opened for a signing, sealed
 * again under a new password or a newer scrypt row, and made anew after a role change retired the old one.
 * The AccountService calls these inside its one-at-a-time lane; the secret is never kept.
 */
export type KeysContext = {
  store: Store
  audit: AuditService
  log: Logger
  now: () => Date
  kdf: KdfParams
  get(login: string): Account
}

/**
 * changePassword's work: a new password row (one scrypt run) and the account's active keys, opened with the old
 * secret, sealed again under the new one — keyids unchanged. Audited as account.password_changed.
 */
export async function resealUnder(c: KeysContext, account: Account, oldSecret: KeySecret, newPassword: string): Promise<void> {
  const login = account.login
  const active = sealedActiveKey(c.store, account.id)
  const key = active?.sealed ? await openPrivateKey(active.sealed, active.keyid, oldSecret) : null
  if (!active || !key) throw serviceError('conflict', 'key.cannotOpen', { login })
  const hash = await hashPassword(newPassword, c.kdf)
  try {
    const newSecret: KeySecret = { password: newPassword, master: hash.master }
    const sm2 = await resealSm2Key(c.store, account, oldSecret, newSecret, c.kdf)
    const sealed = await sealPrivateKey(key, active.keyid, newSecret, c.kdf)
    const at = c.now().toISOString()
    c.store.transaction((tx) => {
      tx.run('UPDATE accounts SET password_hash = ?, password_salt = ?, password_kdf = ?, failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?', [
        hash.hash,
        hash.salt,
        JSON.stringify(hash.params),
        at,
        account.id,
      ])
      tx.run('UPDATE keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sealed, active.keyid])
      if (tx.changes() !== 1) throw serviceError('conflict', 'key.changedRetry')
      if (sm2) {
        tx.run('UPDATE sm2_keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sm2.sealed, sm2.keyid])
        if (tx.changes() !== 1) throw serviceError('conflict', 'key.sm2ChangedRetry')
      }
      c.audit.append(tx, 'account.password_changed', login, login, { accountId: account.id, keyid: active.keyid, ...(sm2 ? { sm2Keyid: sm2.keyid } : {}) })
    })
  } finally {
    hash.master.fill(0)
    hash.hash.fill(0)
  }
}

/**
 * Moves an account whose password row predates master-v2 (kdf.ts) to it, with the same password: a new row (one
 * scrypt run) and its active keys sealed again under the new master secret (an SM2 key not opened for this
 * signing is opened with its own v1 scrypt run). Not a change of password, so not audited; a failure only
 * leaves the old rows, which keep working.
 */
export async function upgradeLegacy(c: KeysContext, account: Account, password: string, ed25519: KeyObject, sm2: UnlockedSm2Key | undefined): Promise<void> {
  const active = sealedActiveKey(c.store, account.id)
  if (!active?.sealed || active.keyid !== keyidOf(ed25519)) return
  const hash = await hashPassword(password, c.kdf)
  try {
    const next: KeySecret = { password, master: hash.master }
    const sealed = await sealPrivateKey(ed25519, active.keyid, next, c.kdf)
    const sm2Sealed = sm2 ? { keyid: sm2.keyid, sealed: await sealSm2Key(sm2.privateKey, sm2.keyid, next, c.kdf) } : await resealSm2Key(c.store, account, { password, master: null }, next, c.kdf)
    c.store.transaction((tx) => {
      tx.run('UPDATE accounts SET password_hash = ?, password_salt = ?, password_kdf = ? WHERE id = ?', [hash.hash, hash.salt, JSON.stringify(hash.params), account.id])
      tx.run('UPDATE keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sealed, active.keyid])
      if (tx.changes() !== 1) throw serviceError('conflict', 'key.changed')
      if (sm2Sealed) {
        tx.run('UPDATE sm2_keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sm2Sealed.sealed, sm2Sealed.keyid])
        if (tx.changes() !== 1) throw serviceError('conflict', 'key.sm2Changed')
      }
    })
    c.log.info('account.rehashed', { login: account.login })
  } catch (error) {
    c.log.warn('account.rehash_failed', { login: account.login, kind: error instanceof Error ? error.name : 'error' })
  } finally {
    hash.master.fill(0)
    hash.hash.fill(0)
  }
}

/**
 * After a role change retired the account's key: a new one, sealed under the password just checked. Nothing to
 * do for an account with an active key or none pending (a compromised key waits for an admin's reset).
 */
export async function rekeyIfPending(c: KeysContext, account: Account, secret: KeySecret): Promise<Account> {
  if (account.keyid !== null) return account
  const pending = c.store.get<{ p: number }>('SELECT rekey_pending AS p FROM accounts WHERE id = ?', [account.id])?.p ?? 0
  if (pending === 0) return account
  const key = generateSigningKey()
  const sealed = await sealPrivateKey(key.privateKey, key.keyid, secret, c.kdf)
  const at = c.now().toISOString()
  c.store.transaction((tx) => {
    const still = tx.get<{ p: number }>('SELECT rekey_pending AS p FROM accounts WHERE id = ? AND deactivated_at IS NULL', [account.id])?.p ?? 0
    const active = tx.get<{ keyid: string }>('SELECT keyid FROM keys WHERE account_id = ? AND revoked_at IS NULL', [account.id])
    if (still === 0 || active) return
    insertKey(tx, { keyid: key.keyid, accountId: account.id, rawPublicKey: key.rawPublicKey, sealed, at })
    tx.run('UPDATE accounts SET rekey_pending = 0 WHERE id = ?', [account.id])
    c.audit.append(tx, 'key.created', account.login, account.login, { accountId: account.id, keyid: key.keyid, reason: 'roles_changed' })
  })
  c.log.info('key.created', { login: account.login, keyid: key.keyid })
  return c.get(account.login)
}

/** The active Ed25519 key, opened with the secret of the password just checked (no scrypt run for a v2 seal). */
export async function openSigningKey(c: KeysContext, account: Account, secret: KeySecret): Promise<KeyObject> {
  const active = sealedActiveKey(c.store, account.id)
  if (!active?.sealed) throw serviceError('conflict', 'key.noUsable', { login: account.login })
  const key = await openPrivateKey(active.sealed, active.keyid, secret)
  if (!key) {
    // The password matched its hash, so the sealed key itself is damaged or was swapped.
    c.log.error('key.unseal_failed', { login: account.login, keyid: active.keyid })
    throw serviceError('internal', 'key.cannotOpen', { login: account.login })
  }
  return key
}

/** The write half of create: the account row, its sealed key (under the master secret just derived) and the audit. */
export async function insertAccount(c: KeysContext, input: { login: string; name: string; roles: Role[]; first: boolean; actor: string | null; hash: PasswordHash; password: string }): Promise<CreatedAccount> {
  const { login, name, roles, first, actor, hash } = input
  if (accountRow(c.store, login)) throw serviceError('conflict', 'account.exists', { login })

  const id = randomUUID()
  const key = generateSigningKey()
  const sealed = await sealPrivateKey(key.privateKey, key.keyid, { password: input.password, master: hash.master }, c.kdf)
  const at = c.now().toISOString()
  c.store.transaction((tx) => {
    // Checked again inside the write: the first-admin rule must not be raced by a second front door.
    if (first !== (accountCount(tx) === 0)) throw serviceError('conflict', 'account.changed')
    tx.run(
      `INSERT INTO accounts (id, login, name, roles, password_hash, password_salt, password_kdf, failed_logins, locked_until, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)`,
      [id, login, name, JSON.stringify(roles), hash.hash, hash.salt, JSON.stringify(hash.params), at, at],
    )
    insertKey(tx, { keyid: key.keyid, accountId: id, rawPublicKey: key.rawPublicKey, sealed, at })
    c.audit.append(tx, 'account.created', actor, login, { accountId: id, roles, first })
    c.audit.append(tx, 'key.created', actor, login, { accountId: id, keyid: key.keyid })
  })
  c.log.info('account.created', { login, roles: roles.join(','), keyid: key.keyid })
  return { ...c.get(login), warnings: sameNameWarnings(c.store, login, name) }
}
