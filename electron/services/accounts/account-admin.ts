import type { z } from 'zod'
import { roleListSchema, type Account, type Role } from '../../../shared/accounts/index'
import { passwordProblemDetail } from '../../../shared/api/password-detail'
import { serviceError } from '../../../shared/api/result'
import type { ErrorMessageCode } from '../../../shared/api/error-text'
import type { RevocationReason } from '../../../shared/bundle/trust'
import type { AuditService } from '../audit/index'
import type { Logger } from '../common/logger'
import type { Store } from '../store/index'
import { activeAdminCount, freezeKeyRoles, insertKey } from './account-rows'
import { hashPassword, type KdfParams } from './kdf'
import { generateSigningKey, sealPrivateKey } from './key-vault'
import { revokeSm2Keys } from './sm2-keys'
import type { Credentials, Deactivation, RevokedKey, RolesChange } from './account-types'

/**
 * 账户管理 — what an administrator does to someone else's account: reset a password, revoke a key, change roles,
 * deactivate. Each step checks the administrator's password and role itself (`checkAs`); the AccountService runs
 * them one at a time with its other hashing calls.
 */
export type AdminContext = {
  store: Store
  audit: AuditService
  log: Logger
  now: () => Date
  kdf: KdfParams
  get(login: string): Account
  /** refuses nobody (no credentials: nobody is signed in) as well as a wrong password or a missing role */
  checkAs(credentials: Credentials | undefined, role?: Role): Promise<Account>
  forgetWipedKeys(): void
}

/**
 * 重置密码 — an admin sets a new password for someone who lost theirs. Nobody can open the old sealed
 * key without the old password, so the account gets a NEW key: the old one is revoked now (signatures
 * made before stay verifiable through the trust list) and its sealed private half is wiped. An SM2 key is
 * revoked and wiped the same way; the next signing that asks for the co-signature makes a new one.
 */
export async function resetPassword(c: AdminContext, admin: Credentials | undefined, login: string, newPassword: string): Promise<Account> {
    requireGoodPassword(newPassword)
    const actor = (await c.checkAs(admin, 'admin')).login
    const target = c.get(login)
    requireActive(target)
    const hash = await hashPassword(newPassword, c.kdf)
    const key = generateSigningKey()
    let sealed: string
    try {
      sealed = await sealPrivateKey(key.privateKey, key.keyid, { password: newPassword, master: hash.master }, c.kdf)
    } finally {
      hash.master.fill(0)
    }
    const at = c.now().toISOString()
    c.store.transaction((tx) => {
      const old = tx.all<{ keyid: string }>('SELECT keyid FROM keys WHERE account_id = ? AND revoked_at IS NULL', [target.id])
      freezeKeyRoles(tx, target.id)
      tx.run("UPDATE keys SET revoked_at = ?, revocation_reason = 'superseded', encrypted_private_key = NULL WHERE account_id = ? AND revoked_at IS NULL", [at, target.id])
      insertKey(tx, { keyid: key.keyid, accountId: target.id, rawPublicKey: key.rawPublicKey, sealed, at })
      tx.run('UPDATE accounts SET password_hash = ?, password_salt = ?, password_kdf = ?, failed_logins = 0, locked_until = NULL, rekey_pending = 0, updated_at = ? WHERE id = ?', [
        hash.hash,
        hash.salt,
        JSON.stringify(hash.params),
        at,
        target.id,
      ])
      c.audit.append(tx, 'account.reset', actor, login, { accountId: target.id, keyid: key.keyid, revokedKeyids: old.map((row) => row.keyid) })
      for (const row of old) {
        c.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid: row.keyid, reason: 'password_reset', revocationReason: 'superseded' })
      }
      for (const keyid of revokeSm2Keys(tx, target.id, at, 'superseded')) {
        c.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid, alg: 'sm2', reason: 'password_reset', revocationReason: 'superseded' })
      }
      c.audit.append(tx, 'key.created', actor, login, { accountId: target.id, keyid: key.keyid })
    })
    hash.hash.fill(0)
    c.log.info('account.reset', { login, by: actor, keyid: key.keyid })
    c.forgetWipedKeys()
    return c.get(login)
}

/**
 * 吊销密钥 — an admin revokes a key of `login`, saying why: 'compromised' (已泄露 — every signature the key ever
 * made stops verifying, whatever date it claims) or 'superseded' (retired, e.g. the holder left — signatures made
 * before now stand). Without `keyid`, the account's active keys (Ed25519 and its SM2 co-signing key) are revoked
 * and their sealed private halves wiped, from every kept snapshot too; the account signs nothing until an admin
 * resets its password, which issues a new key. With `keyid`, that one key of the account — also an already
 * revoked one, which 'compromised' marks as such (keeping its revokedAt). Compromised is final: it is never
 * turned back into superseded. Audited as key.revoked.
 */
export async function revokeKey(c: AdminContext, admin: Credentials | undefined, login: string, reason: RevocationReason, keyid?: string): Promise<RevokedKey[]> {
    if (reason !== 'compromised' && reason !== 'superseded') {
      throw serviceError('invalid_request', 'key.revokeReason')
    }
    const actor = (await c.checkAs(admin, 'admin')).login
    const target = c.get(login)
    const at = c.now().toISOString()
    const changed = c.store.transaction((tx) => {
      type Row = { keyid: string; alg: 'ed25519' | 'sm2'; revoked_at: string | null; revocation_reason: RevocationReason | null }
      const all = tx.all<Row>(
        `SELECT keyid, 'ed25519' AS alg, revoked_at, revocation_reason FROM keys WHERE account_id = ?
         UNION ALL SELECT keyid, 'sm2' AS alg, revoked_at, revocation_reason FROM sm2_keys WHERE account_id = ?`,
        [target.id, target.id],
      )
      const chosen = keyid === undefined ? all.filter((k) => k.revoked_at === null) : all.filter((k) => k.keyid === keyid)
      if (keyid !== undefined && chosen.length === 0) throw serviceError('not_found', 'key.notFound', { login, keyid })
      if (chosen.length === 0) {
        throw serviceError('conflict', 'key.noActive', { login })
      }
      const out: RevokedKey[] = []
      freezeKeyRoles(tx, target.id)
      for (const k of chosen) {
        const table = k.alg === 'sm2' ? 'sm2_keys' : 'keys'
        const was = k.revoked_at === null ? null : (k.revocation_reason ?? 'compromised')
        if (was === 'compromised' && reason === 'superseded') {
          throw serviceError('conflict', 'key.staysCompromised', { keyid: k.keyid.slice(0, 16) })
        }
        if (was === reason) continue
        if (k.revoked_at === null) {
          tx.run(`UPDATE ${table} SET revoked_at = ?, revocation_reason = ?, encrypted_private_key = NULL WHERE keyid = ? AND revoked_at IS NULL`, [at, reason, k.keyid])
        } else {
          tx.run(`UPDATE ${table} SET revocation_reason = ? WHERE keyid = ?`, [reason, k.keyid])
        }
        const change = k.revoked_at === null ? 'revoked' : 'now-compromised'
        out.push({ keyid: k.keyid, alg: k.alg, reason, revokedAt: k.revoked_at ?? at, change })
        c.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid: k.keyid, alg: k.alg, revocationReason: reason, ...(was ? { previously: was } : {}) })
      }
      if (out.length === 0) throw serviceError('conflict', 'key.alreadyRevoked', { reason })
      return out
    })
    c.log.info('key.revoked', { login, by: actor, reason, keys: changed.length })
    if (changed.some((k) => k.change === 'revoked')) c.forgetWipedKeys()
    return changed
}

/**
 * 修改角色 — an admin sets the roles of `login` (a non-empty list; the order does not matter). Refused for a
 * deactivated account, and when it would leave the office without an active administrator. When what the account
 * may sign as changes (drafter or reviewer added or removed), its keys are retired as superseded, keeping the roles
 * they had: signatures made before stay verifiable as what they were, and none made after counts under the old
 * roles. The next time its holder gives the password (signing in, signing) a new key is made under the new roles.
 * Only admin changing needs no new key (admin signs nothing). Audited as account.roles_changed (and key.revoked).
 */
export async function setRoles(c: AdminContext, admin: Credentials | undefined, login: string, roles: readonly Role[]): Promise<RolesChange> {
    const wanted = parse(roleListSchema, roles, 'account.badRoles')
    const actor = (await c.checkAs(admin, 'admin')).login
    const target = c.get(login)
    requireActive(target)
    if (wanted.join(',') === target.roles.join(',')) return { account: target, changed: false, retiredKeyids: [] }
    const signing = (list: readonly Role[]): string => list.filter((role) => role !== 'admin').join(',')
    const rekey = signing(wanted) !== signing(target.roles)
    const at = c.now().toISOString()
    const retired = c.store.transaction((tx) => {
      if (target.roles.includes('admin') && !wanted.includes('admin') && activeAdminCount(tx) <= 1) {
        throw serviceError('conflict', 'account.onlyAdminRole', { login })
      }
      let keyids: { keyid: string; alg: 'ed25519' | 'sm2' }[] = []
      if (rekey) {
        keyids = tx.all<{ keyid: string; alg: 'ed25519' | 'sm2' }>(
          `SELECT keyid, 'ed25519' AS alg FROM keys WHERE account_id = ? AND revoked_at IS NULL
           UNION ALL SELECT keyid, 'sm2' AS alg FROM sm2_keys WHERE account_id = ? AND revoked_at IS NULL`,
          [target.id, target.id],
        )
        freezeKeyRoles(tx, target.id)
        tx.run("UPDATE keys SET revoked_at = ?, revocation_reason = 'superseded', encrypted_private_key = NULL WHERE account_id = ? AND revoked_at IS NULL", [at, target.id])
        revokeSm2Keys(tx, target.id, at, 'superseded')
      }
      // a new key follows at the holder's next password only if one was retired here (never after a compromise)
      const pending = keyids.some((k) => k.alg === 'ed25519') ? 1 : 0
      tx.run('UPDATE accounts SET roles = ?, rekey_pending = MAX(rekey_pending, ?), updated_at = ? WHERE id = ?', [JSON.stringify(wanted), pending, at, target.id])
      c.audit.append(tx, 'account.roles_changed', actor, login, { accountId: target.id, from: target.roles, to: wanted, retiredKeyids: keyids.map((k) => k.keyid) })
      for (const k of keyids) {
        c.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid: k.keyid, alg: k.alg, reason: 'roles_changed', revocationReason: 'superseded' })
      }
      return keyids.map((k) => k.keyid)
    })
    c.log.info('account.roles_changed', { login, by: actor, roles: wanted.join(','), retired: retired.length })
    if (retired.length > 0) c.forgetWipedKeys()
    return { account: c.get(login), changed: true, retiredKeyids: retired }
}

/**
 * 停用账户 — an admin deactivates `login` (someone who left): it can no longer sign in or sign, and its keys are
 * revoked as superseded (retired, not compromised): every signature it made before stays verifiable. The private
 * halves are wiped, from kept snapshots too. Refused for the admin's own account and for the last active
 * administrator. Audited as account.deactivated (and key.revoked).
 */
export async function deactivate(c: AdminContext, admin: Credentials | undefined, login: string): Promise<Deactivation> {
    const actor = await c.checkAs(admin, 'admin')
    const target = c.get(login)
    if (target.id === actor.id) throw serviceError('forbidden', 'account.selfDeactivate')
    requireActive(target)
    const at = c.now().toISOString()
    const revoked = c.store.transaction((tx) => {
      if (target.roles.includes('admin') && activeAdminCount(tx) <= 1) {
        throw serviceError('conflict', 'account.onlyAdminDeactivate', { login })
      }
      const keys = tx.all<{ keyid: string; alg: 'ed25519' | 'sm2' }>(
        `SELECT keyid, 'ed25519' AS alg FROM keys WHERE account_id = ? AND revoked_at IS NULL
         UNION ALL SELECT keyid, 'sm2' AS alg FROM sm2_keys WHERE account_id = ? AND revoked_at IS NULL`,
        [target.id, target.id],
      )
      freezeKeyRoles(tx, target.id)
      tx.run("UPDATE keys SET revoked_at = ?, revocation_reason = 'superseded', encrypted_private_key = NULL WHERE account_id = ? AND revoked_at IS NULL", [at, target.id])
      revokeSm2Keys(tx, target.id, at, 'superseded')
      tx.run('UPDATE accounts SET deactivated_at = ?, rekey_pending = 0, updated_at = ? WHERE id = ? AND deactivated_at IS NULL', [at, at, target.id])
      if (tx.changes() !== 1) throw serviceError('conflict', 'account.alreadyDeactivated', { login })
      c.audit.append(tx, 'account.deactivated', actor.login, login, { accountId: target.id, revokedKeyids: keys.map((k) => k.keyid) })
      for (const k of keys) {
        c.audit.append(tx, 'key.revoked', actor.login, login, { accountId: target.id, keyid: k.keyid, alg: k.alg, reason: 'deactivated', revocationReason: 'superseded' })
      }
      return keys.map((k) => k.keyid)
    })
    c.log.info('account.deactivated', { login, by: actor.login, keys: revoked.length })
    if (revoked.length > 0) c.forgetWipedKeys()
    return { account: c.get(login), revokedKeyids: revoked }
}

export function parse<S extends z.ZodType>(schema: S, value: unknown, reason: ErrorMessageCode): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw serviceError('invalid_request', reason)
  return result.data
}

export function requireActive(account: Account): void {
  if (account.deactivatedAt !== null) throw serviceError('conflict', 'account.deactivated', { login: account.login })
}

export function requireGoodPassword(password: string): void {
  const problem = passwordProblemDetail(password)
  if (problem) throw serviceError('invalid_request', problem.code, problem.params)
}
