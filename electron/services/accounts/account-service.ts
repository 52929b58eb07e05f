import { randomUUID, type KeyObject } from 'node:crypto'
import type { z } from 'zod'
import {
  displayNameSchema,
  fingerprintOf,
  hasRole,
  loginSchema,
  normalisePassword,
  passwordProblem,
  roleListSchema,
  type Account,
  type AccountKey,
  type Role,
} from '../../../shared/accounts/index'
import { ServiceError } from '../../../shared/api/result'
import type { RevocationReason } from '../../../shared/bundle/trust'
import type { AuditService } from '../audit/index'
import { silentLogger, type Logger } from '../common/logger'
import type { Store } from '../store/index'
import { accountCount, accountRow, accountRows, activeAdminCount, freezeKeyRoles, insertKey, keyRows, sealedActiveKey, toAccount, toAccountKey } from './account-rows'
import { currentKdf, hashPassword, type KdfParams, type PasswordHash } from './kdf'
import { generateSigningKey, keyidOf, openPrivateKey, sealPrivateKey, type KeySecret } from './key-vault'
import { checkPassword, type CheckDeps } from './password-check'
import { openOrCreateSm2Key, resealSm2Key, revokeSm2Keys, sealSm2Key, type UnlockedSm2Key } from './sm2-keys'

/** Who is acting: a login and the password that proves it (from --password-file, the env or a dialog). */
export type Credentials = { login: string; password: string }
export type NewAccount = { login: string; name: string; roles: readonly Role[]; password: string }
/** An account with its fingerprint and its whole key history (revoked keys included), for `user list`. */
export type AccountListing = Account & { fingerprint: string | null; keys: AccountKey[] }
/** The keys for one signing: always the Ed25519 key; the SM2 key when the 国密 co-signature was asked for. */
export type UnlockedKeys = { ed25519: KeyObject; sm2?: UnlockedSm2Key }
/**
 * Something about a new account a person should look at, not a refusal: `same-name` — another account already
 * carries this display name (the same person twice would defeat two-person approval). `message` is zh-CN (en).
 */
export type AccountWarning = { code: 'same-name'; logins: string[]; message: string }
/** A created account, with the warnings to show the admin who created it. */
export type CreatedAccount = Account & { warnings: AccountWarning[] }
/** One key `revokeKey` changed: revoked now, or an already revoked key now marked compromised. */
export type RevokedKey = { keyid: string; alg: 'ed25519' | 'sm2'; reason: RevocationReason; revokedAt: string; change: 'revoked' | 'now-compromised' }

/** What `setRoles` did: the account as it is now, and the keys it retired (superseded) because the roles changed. */
export type RolesChange = { account: Account; changed: boolean; retiredKeyids: string[] }
/** What `deactivate` did: the account as it is now, and the keys it revoked (superseded). */
export type Deactivation = { account: Account; revokedKeyids: string[] }

/** Display names compared as people read them: Unicode-normalised, spaces ignored. */
const comparableName = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '')

/**
 * 账户服务 — local accounts, their passwords and their Ed25519 signing keys (and, once asked for, an SM2 key
 * for the 国密 co-signature). Every authorisation check lives here: the first account must be an admin and
 * needs no one's approval; after that only an authenticated admin adds accounts or resets a password. Private
 * keys leave this service only from `unlockSigningKey(s)`, for the moment of signing.
 *
 * Calls that hash run one at a time (scrypt costs ~128 MiB and a few hundred ms each), which also keeps
 * parallel guesses from slipping past the back-off before the first failure is counted. Each action runs scrypt
 * once per password it is given: the run that checks the password also yields the master secret that opens and
 * seals the account's keys (kdf.ts, key-vault.ts), which is wiped when the action ends and never kept.
 */
export class AccountService {
  private lane: Promise<unknown> = Promise.resolve()
  private readonly deps: CheckDeps

  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
    private readonly log: Logger = silentLogger,
    private readonly now: () => Date = () => new Date(),
    /**
     * The scrypt cost of new hashes and sealed keys. Always `currentKdf` in the product: only openCore's
     * test-only argument changes it (test/support/test-kdf.ts), which no front door can reach.
     */
    private readonly kdf: KdfParams = currentKdf,
  ) {
    this.deps = { store, audit, log, now }
  }

  /** Whether any account exists yet; before the first, the app offers to create the admin. */
  hasAccounts(): boolean {
    return accountCount(this.store) > 0
  }

  list(): AccountListing[] {
    const now = this.now()
    const keys = keyRows(this.store).map((row) => toAccountKey(row, now))
    return accountRows(this.store).map((row) => {
      const account = toAccount(row)
      return { ...account, fingerprint: account.keyid === null ? null : fingerprintOf(account.keyid), keys: keys.filter((key) => key.accountId === account.id) }
    })
  }

  get(login: string): Account {
    const row = accountRow(this.store, login)
    if (!row) throw new ServiceError('not_found', `账户不存在 (no account named ${login})`)
    return toAccount(row)
  }

  /** Whether the account's key was retired by a role change and a new one is made at its holder's next password. */
  rekeyPending(accountId: string): boolean {
    return (this.store.get<{ p: number }>('SELECT rekey_pending AS p FROM accounts WHERE id = ? AND deactivated_at IS NULL', [accountId])?.p ?? 0) !== 0
  }

  /** Every key ever issued to the account, oldest first. */
  keys(login: string): AccountKey[] {
    const now = this.now()
    return keyRows(this.store, this.get(login).id).map((row) => toAccountKey(row, now))
  }

  /**
   * Creates an account and its signing key. With no accounts yet, `actingAs` must be absent and the
   * roles must include admin (the office's first administrator); afterwards `actingAs` must be an admin.
   */
  create(input: NewAccount, actingAs?: Credentials): Promise<CreatedAccount> {
    return this.serial(async () => {
      const login = parse(loginSchema, input.login, '登录名只能由 2–32 个小写字母、数字和 . _ - 组成 (login: 2–32 of a-z 0-9 . _ -)')
      const name = parse(displayNameSchema, input.name, '姓名必填，最多 64 个字符，不含控制字符 (a name is required: up to 64 characters, no control characters)')
      const roles = parse(roleListSchema, input.roles, '至少需要一个角色：drafter、reviewer 或 admin (at least one role: drafter, reviewer or admin)')
      requireGoodPassword(input.password)
      const first = !this.hasAccounts()
      if (first) {
        if (actingAs) throw new ServiceError('invalid_request', '尚无账户：第一个管理员账户无需 --as 创建 (no accounts yet: create the first admin without --as)')
        if (!roles.includes('admin')) throw new ServiceError('invalid_request', '第一个账户必须是管理员 (the first account must be an admin)')
      } else if (!actingAs) {
        throw new ServiceError('forbidden', '只有管理员可以添加账户，请用 --as 指定管理员 (only an admin can add accounts: give --as ADMIN)')
      }
      // The admin's password check and the new password's scrypt run side by side (each on its own pool thread);
      // both are awaited, and nothing is written — the new secret is wiped — unless the check passed.
      const checking = actingAs && !first ? this.checkAs(actingAs, 'admin').then((account) => account.login) : Promise.resolve(null)
      const hashing = hashPassword(input.password, this.kdf)
      const [checked, hashed] = await Promise.allSettled([checking, hashing])
      if (checked.status === 'rejected' || hashed.status === 'rejected') {
        if (hashed.status === 'fulfilled') hashed.value.master.fill(0)
        throw checked.status === 'rejected' ? checked.reason : (hashed as PromiseRejectedResult).reason
      }
      const actor = checked.value
      const hash = hashed.value
      try {
        return await this.insertAccount({ login, name, roles, first, actor, hash, password: input.password })
      } finally {
        hash.master.fill(0)
        hash.hash.fill(0)
      }
    })
  }

  /** The write half of create: the account row, its sealed key (under the master secret just derived) and the audit. */
  private async insertAccount(input: { login: string; name: string; roles: Role[]; first: boolean; actor: string | null; hash: PasswordHash; password: string }): Promise<CreatedAccount> {
    const { login, name, roles, first, actor, hash } = input
    if (accountRow(this.store, login)) throw new ServiceError('conflict', `账户 ${login} 已存在 (an account named ${login} already exists)`)

    const id = randomUUID()
    const key = generateSigningKey()
    const sealed = await sealPrivateKey(key.privateKey, key.keyid, { password: input.password, master: hash.master }, this.kdf)
    const at = this.now().toISOString()
    this.store.transaction((tx) => {
      // Checked again inside the write: the first-admin rule must not be raced by a second front door.
      if (first !== (accountCount(tx) === 0)) throw new ServiceError('conflict', '账户列表已变化，请重试 (the accounts changed meanwhile; try again)')
      tx.run(
        `INSERT INTO accounts (id, login, name, roles, password_hash, password_salt, password_kdf, failed_logins, locked_until, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)`,
        [id, login, name, JSON.stringify(roles), hash.hash, hash.salt, JSON.stringify(hash.params), at, at],
      )
      insertKey(tx, { keyid: key.keyid, accountId: id, rawPublicKey: key.rawPublicKey, sealed, at })
      this.audit.append(tx, 'account.created', actor, login, { accountId: id, roles, first })
      this.audit.append(tx, 'key.created', actor, login, { accountId: id, keyid: key.keyid })
    })
    this.log.info('account.created', { login, roles: roles.join(','), keyid: key.keyid })
    return { ...this.get(login), warnings: this.sameNameWarnings(login, name) }
  }

  /** Other accounts whose display name reads the same as `name` (a warning at creation, never a refusal). */
  private sameNameWarnings(login: string, name: string): AccountWarning[] {
    const wanted = comparableName(name)
    const logins = accountRows(this.store)
      .filter((row) => row.login !== login && comparableName(row.name) === wanted)
      .map((row) => row.login)
    if (logins.length === 0) return []
    const list = logins.join(', ')
    return [
      {
        code: 'same-name',
        logins,
        message: `已有同名账户 ${list}（${name}）：如果是同一个人，请不要为其另建账户，否则一人即可完成起草和审核 (an account named ${name} already exists: ${list}; one person with two accounts could both draft and approve)`,
      },
    ]
  }

  /** Checks a login's password (with back-off) and, if given, that the account holds `role`. */
  authenticate(login: string, password: string, role?: Role): Promise<Account> {
    return this.serial(() => this.checkAs({ login, password }, role))
  }

  /**
   * 解锁签名私钥 — the account's active private key, for the moment of signing only: sign, then drop it.
   * Wrong passwords count toward the back-off exactly as in `authenticate`. The key's id is `keyidOf(key)`.
   */
  unlockSigningKey(login: string, password: string): Promise<KeyObject> {
    return this.serial(async () => {
      const { account, secret } = await this.verify({ login, password })
      try {
        return await this.openSigningKey(account, secret)
      } finally {
        wipe(secret)
      }
    })
  }

  /**
   * 解锁签名密钥（含国密）— the Ed25519 key and, with `sm2: true`, the account's SM2 key, after one password
   * check (same back-off as `unlockSigningKey`). An account without an active SM2 key gets one now, while the
   * password is in hand to seal it; the office must then export its trust list again for verifiers to know it.
   */
  unlockSigningKeys(login: string, password: string, options: { sm2: boolean }): Promise<UnlockedKeys> {
    return this.serial(async () => {
      const { account, secret } = await this.verify({ login, password })
      try {
        const ed25519 = await this.openSigningKey(account, secret)
        const sm2 = options.sm2 ? await openOrCreateSm2Key(this.deps, account, secret, this.kdf) : undefined
        // a password row from before master-v2: moved to it now, while its keys are open, so later actions run scrypt once
        if (!secret.master) await this.upgradeLegacy(account, password, ed25519, sm2)
        return sm2 ? { ed25519, sm2 } : { ed25519 }
      } finally {
        wipe(secret)
      }
    })
  }

  /** 修改密码 — needs the old password; the same key is re-sealed under the new one (keyid unchanged). */
  changePassword(login: string, oldPassword: string, newPassword: string): Promise<Account> {
    return this.serial(async () => {
      requireGoodPassword(newPassword)
      if (normalisePassword(newPassword) === normalisePassword(oldPassword)) {
        throw new ServiceError('invalid_request', '新密码与旧密码相同 (the new password is the same as the old one)')
      }
      const { account, secret: oldSecret } = await this.verify({ login, password: oldPassword })
      try {
        await this.resealUnder(account, oldSecret, newPassword)
      } finally {
        wipe(oldSecret)
      }
      this.log.info('account.password_changed', { login })
      return this.get(login)
    })
  }

  /**
   * 重置密码 — an admin sets a new password for someone who lost theirs. Nobody can open the old sealed
   * key without the old password, so the account gets a NEW key: the old one is revoked now (signatures
   * made before stay verifiable through the trust list) and its sealed private half is wiped. An SM2 key is
   * revoked and wiped the same way; the next signing that asks for the co-signature makes a new one.
   */
  resetPassword(admin: Credentials, login: string, newPassword: string): Promise<Account> {
    return this.serial(async () => {
      requireGoodPassword(newPassword)
      const actor = (await this.checkAs(admin, 'admin')).login
      const target = this.get(login)
      requireActive(target)
      const hash = await hashPassword(newPassword, this.kdf)
      const key = generateSigningKey()
      let sealed: string
      try {
        sealed = await sealPrivateKey(key.privateKey, key.keyid, { password: newPassword, master: hash.master }, this.kdf)
      } finally {
        hash.master.fill(0)
      }
      const at = this.now().toISOString()
      this.store.transaction((tx) => {
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
        this.audit.append(tx, 'account.reset', actor, login, { accountId: target.id, keyid: key.keyid, revokedKeyids: old.map((row) => row.keyid) })
        for (const row of old) {
          this.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid: row.keyid, reason: 'password_reset', revocationReason: 'superseded' })
        }
        for (const keyid of revokeSm2Keys(tx, target.id, at, 'superseded')) {
          this.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid, alg: 'sm2', reason: 'password_reset', revocationReason: 'superseded' })
        }
        this.audit.append(tx, 'key.created', actor, login, { accountId: target.id, keyid: key.keyid })
      })
      hash.hash.fill(0)
      this.log.info('account.reset', { login, by: actor, keyid: key.keyid })
      this.forgetWipedKeys()
      return this.get(login)
    })
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
  revokeKey(admin: Credentials, login: string, reason: RevocationReason, keyid?: string): Promise<RevokedKey[]> {
    return this.serial(async () => {
      if (reason !== 'compromised' && reason !== 'superseded') {
        throw new ServiceError('invalid_request', '吊销原因只能是 compromised（已泄露）或 superseded（已更替） (the reason is compromised or superseded)')
      }
      const actor = (await this.checkAs(admin, 'admin')).login
      const target = this.get(login)
      const at = this.now().toISOString()
      const changed = this.store.transaction((tx) => {
        type Row = { keyid: string; alg: 'ed25519' | 'sm2'; revoked_at: string | null; revocation_reason: RevocationReason | null }
        const all = tx.all<Row>(
          `SELECT keyid, 'ed25519' AS alg, revoked_at, revocation_reason FROM keys WHERE account_id = ?
           UNION ALL SELECT keyid, 'sm2' AS alg, revoked_at, revocation_reason FROM sm2_keys WHERE account_id = ?`,
          [target.id, target.id],
        )
        const chosen = keyid === undefined ? all.filter((k) => k.revoked_at === null) : all.filter((k) => k.keyid === keyid)
        if (keyid !== undefined && chosen.length === 0) throw new ServiceError('not_found', `${login} 没有密钥 ${keyid} (${login} has no key ${keyid})`)
        if (chosen.length === 0) {
          throw new ServiceError('conflict', `${login} 没有有效的密钥；要把已吊销的密钥标记为已泄露，请用 --key 指定 (${login} has no active key; name a revoked one with --key)`)
        }
        const out: RevokedKey[] = []
        freezeKeyRoles(tx, target.id)
        for (const k of chosen) {
          const table = k.alg === 'sm2' ? 'sm2_keys' : 'keys'
          const was = k.revoked_at === null ? null : (k.revocation_reason ?? 'compromised')
          if (was === 'compromised' && reason === 'superseded') {
            throw new ServiceError('conflict', `密钥 ${k.keyid.slice(0, 16)}… 已标记为已泄露，不能改为已更替 (a key revoked as compromised stays compromised)`)
          }
          if (was === reason) continue
          if (k.revoked_at === null) {
            tx.run(`UPDATE ${table} SET revoked_at = ?, revocation_reason = ?, encrypted_private_key = NULL WHERE keyid = ? AND revoked_at IS NULL`, [at, reason, k.keyid])
          } else {
            tx.run(`UPDATE ${table} SET revocation_reason = ? WHERE keyid = ?`, [reason, k.keyid])
          }
          const change = k.revoked_at === null ? 'revoked' : 'now-compromised'
          out.push({ keyid: k.keyid, alg: k.alg, reason, revokedAt: k.revoked_at ?? at, change })
          this.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid: k.keyid, alg: k.alg, revocationReason: reason, ...(was ? { previously: was } : {}) })
        }
        if (out.length === 0) throw new ServiceError('conflict', `密钥已按此原因吊销 (the key is already revoked as ${reason})`)
        return out
      })
      this.log.info('key.revoked', { login, by: actor, reason, keys: changed.length })
      if (changed.some((k) => k.change === 'revoked')) this.forgetWipedKeys()
      return changed
    })
  }

  /**
   * 修改角色 — an admin sets the roles of `login` (a non-empty list; the order does not matter). Refused for a
   * deactivated account, and when it would leave the office without an active administrator. When what the account
   * may sign as changes (drafter or reviewer added or removed), its keys are retired as superseded, keeping the roles
   * they had: signatures made before stay verifiable as what they were, and none made after counts under the old
   * roles. The next time its holder gives the password (signing in, signing) a new key is made under the new roles.
   * Only admin changing needs no new key (admin signs nothing). Audited as account.roles_changed (and key.revoked).
   */
  setRoles(admin: Credentials, login: string, roles: readonly Role[]): Promise<RolesChange> {
    return this.serial(async () => {
      const wanted = parse(roleListSchema, roles, '至少需要一个角色：drafter、reviewer 或 admin (at least one role: drafter, reviewer or admin)')
      const actor = (await this.checkAs(admin, 'admin')).login
      const target = this.get(login)
      requireActive(target)
      if (wanted.join(',') === target.roles.join(',')) return { account: target, changed: false, retiredKeyids: [] }
      const signing = (list: readonly Role[]): string => list.filter((role) => role !== 'admin').join(',')
      const rekey = signing(wanted) !== signing(target.roles)
      const at = this.now().toISOString()
      const retired = this.store.transaction((tx) => {
        if (target.roles.includes('admin') && !wanted.includes('admin') && activeAdminCount(tx) <= 1) {
          throw new ServiceError('conflict', `${login} 是唯一的管理员，不能取消其管理员角色；请先为另一个账户添加管理员角色 (${login} is the only administrator: make someone else an administrator first)`)
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
        this.audit.append(tx, 'account.roles_changed', actor, login, { accountId: target.id, from: target.roles, to: wanted, retiredKeyids: keyids.map((k) => k.keyid) })
        for (const k of keyids) {
          this.audit.append(tx, 'key.revoked', actor, login, { accountId: target.id, keyid: k.keyid, alg: k.alg, reason: 'roles_changed', revocationReason: 'superseded' })
        }
        return keyids.map((k) => k.keyid)
      })
      this.log.info('account.roles_changed', { login, by: actor, roles: wanted.join(','), retired: retired.length })
      if (retired.length > 0) this.forgetWipedKeys()
      return { account: this.get(login), changed: true, retiredKeyids: retired }
    })
  }

  /**
   * 停用账户 — an admin deactivates `login` (someone who left): it can no longer sign in or sign, and its keys are
   * revoked as superseded (retired, not compromised): every signature it made before stays verifiable. The private
   * halves are wiped, from kept snapshots too. Refused for the admin's own account and for the last active
   * administrator. Audited as account.deactivated (and key.revoked).
   */
  deactivate(admin: Credentials, login: string): Promise<Deactivation> {
    return this.serial(async () => {
      const actor = await this.checkAs(admin, 'admin')
      const target = this.get(login)
      if (target.id === actor.id) throw new ServiceError('forbidden', '不能停用自己的账户；请由另一位管理员操作 (you cannot deactivate your own account)')
      requireActive(target)
      const at = this.now().toISOString()
      const revoked = this.store.transaction((tx) => {
        if (target.roles.includes('admin') && activeAdminCount(tx) <= 1) {
          throw new ServiceError('conflict', `${login} 是唯一的管理员，不能停用 (${login} is the only administrator)`)
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
        if (tx.changes() !== 1) throw new ServiceError('conflict', `账户 ${login} 已停用 (${login} is already deactivated)`)
        this.audit.append(tx, 'account.deactivated', actor.login, login, { accountId: target.id, revokedKeyids: keys.map((k) => k.keyid) })
        for (const k of keys) {
          this.audit.append(tx, 'key.revoked', actor.login, login, { accountId: target.id, keyid: k.keyid, alg: k.alg, reason: 'deactivated', revocationReason: 'superseded' })
        }
        return keys.map((k) => k.keyid)
      })
      this.log.info('account.deactivated', { login, by: actor.login, keys: revoked.length })
      if (revoked.length > 0) this.forgetWipedKeys()
      return { account: this.get(login), revokedKeyids: revoked }
    })
  }

  /**
   * changePassword's work: a new password row (one scrypt run) and the account's active keys, opened with the old
   * secret, sealed again under the new one — keyids unchanged. Audited as account.password_changed.
   */
  private async resealUnder(account: Account, oldSecret: KeySecret, newPassword: string): Promise<void> {
    const login = account.login
    const active = sealedActiveKey(this.store, account.id)
    const key = active?.sealed ? await openPrivateKey(active.sealed, active.keyid, oldSecret) : null
    if (!active || !key) throw new ServiceError('conflict', `${login} 的签名密钥无法解开，请联系管理员重置 (the signing key of ${login} cannot be opened; ask an admin to reset it)`)
    const hash = await hashPassword(newPassword, this.kdf)
    try {
      const newSecret: KeySecret = { password: newPassword, master: hash.master }
      const sm2 = await resealSm2Key(this.store, account, oldSecret, newSecret, this.kdf)
      const sealed = await sealPrivateKey(key, active.keyid, newSecret, this.kdf)
      const at = this.now().toISOString()
      this.store.transaction((tx) => {
        tx.run('UPDATE accounts SET password_hash = ?, password_salt = ?, password_kdf = ?, failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?', [
          hash.hash,
          hash.salt,
          JSON.stringify(hash.params),
          at,
          account.id,
        ])
        tx.run('UPDATE keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sealed, active.keyid])
        if (tx.changes() !== 1) throw new ServiceError('conflict', '签名密钥已变化，请重试 (the signing key changed meanwhile; try again)')
        if (sm2) {
          tx.run('UPDATE sm2_keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sm2.sealed, sm2.keyid])
          if (tx.changes() !== 1) throw new ServiceError('conflict', 'SM2 签名密钥已变化，请重试 (the SM2 key changed meanwhile; try again)')
        }
        this.audit.append(tx, 'account.password_changed', login, login, { accountId: account.id, keyid: active.keyid, ...(sm2 ? { sm2Keyid: sm2.keyid } : {}) })
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
  private async upgradeLegacy(account: Account, password: string, ed25519: KeyObject, sm2: UnlockedSm2Key | undefined): Promise<void> {
    const active = sealedActiveKey(this.store, account.id)
    if (!active?.sealed || active.keyid !== keyidOf(ed25519)) return
    const hash = await hashPassword(password, this.kdf)
    try {
      const next: KeySecret = { password, master: hash.master }
      const sealed = await sealPrivateKey(ed25519, active.keyid, next, this.kdf)
      const sm2Sealed = sm2 ? { keyid: sm2.keyid, sealed: await sealSm2Key(sm2.privateKey, sm2.keyid, next, this.kdf) } : await resealSm2Key(this.store, account, { password, master: null }, next, this.kdf)
      this.store.transaction((tx) => {
        tx.run('UPDATE accounts SET password_hash = ?, password_salt = ?, password_kdf = ? WHERE id = ?', [hash.hash, hash.salt, JSON.stringify(hash.params), account.id])
        tx.run('UPDATE keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sealed, active.keyid])
        if (tx.changes() !== 1) throw new ServiceError('conflict', '签名密钥已变化 (the signing key changed meanwhile)')
        if (sm2Sealed) {
          tx.run('UPDATE sm2_keys SET encrypted_private_key = ? WHERE keyid = ? AND revoked_at IS NULL', [sm2Sealed.sealed, sm2Sealed.keyid])
          if (tx.changes() !== 1) throw new ServiceError('conflict', 'SM2 签名密钥已变化 (the SM2 key changed meanwhile)')
        }
      })
      this.log.info('account.rehashed', { login: account.login })
    } catch (error) {
      this.log.warn('account.rehash_failed', { login: account.login, kind: error instanceof Error ? error.name : 'error' })
    } finally {
      hash.master.fill(0)
      hash.hash.fill(0)
    }
  }

  /**
   * After a role change retired the account's key: a new one, sealed under the password just checked. Nothing to
   * do for an account with an active key or none pending (a compromised key waits for an admin's reset).
   */
  private async rekeyIfPending(account: Account, secret: KeySecret): Promise<Account> {
    if (account.keyid !== null) return account
    const pending = this.store.get<{ p: number }>('SELECT rekey_pending AS p FROM accounts WHERE id = ?', [account.id])?.p ?? 0
    if (pending === 0) return account
    const key = generateSigningKey()
    const sealed = await sealPrivateKey(key.privateKey, key.keyid, secret, this.kdf)
    const at = this.now().toISOString()
    this.store.transaction((tx) => {
      const still = tx.get<{ p: number }>('SELECT rekey_pending AS p FROM accounts WHERE id = ? AND deactivated_at IS NULL', [account.id])?.p ?? 0
      const active = tx.get<{ keyid: string }>('SELECT keyid FROM keys WHERE account_id = ? AND revoked_at IS NULL', [account.id])
      if (still === 0 || active) return
      insertKey(tx, { keyid: key.keyid, accountId: account.id, rawPublicKey: key.rawPublicKey, sealed, at })
      tx.run('UPDATE accounts SET rekey_pending = 0 WHERE id = ?', [account.id])
      this.audit.append(tx, 'key.created', account.login, account.login, { accountId: account.id, keyid: key.keyid, reason: 'roles_changed' })
    })
    this.log.info('key.created', { login: account.login, keyid: key.keyid })
    return this.get(account.login)
  }

  /**
   * After a sealed private half was wiped: rewrite the store's kept generations so no older snapshot or journal
   * still holds it. The change itself is already saved; a failure here leaves old copies until two later snapshots.
   */
  private forgetWipedKeys(): void {
    try {
      this.store.forgetOverwritten()
    } catch (error) {
      this.log.error('store.forget_failed', { error: error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.name) : 'error' })
      throw new ServiceError(
        'internal',
        '更改已保存，但旧密钥的加密副本未能从较早的数据快照中清除（写入数据文件夹失败），请检查磁盘空间 (saved, but the old sealed key could not be purged from older snapshots: writing the data folder failed)',
      )
    }
  }

  /** The active Ed25519 key, opened with the secret of the password just checked (no scrypt run for a v2 seal). */
  private async openSigningKey(account: Account, secret: KeySecret): Promise<KeyObject> {
    const active = sealedActiveKey(this.store, account.id)
    if (!active?.sealed) throw new ServiceError('conflict', `${account.login} 没有可用的签名密钥 (${account.login} has no usable signing key)`)
    const key = await openPrivateKey(active.sealed, active.keyid, secret)
    if (!key) {
      // The password matched its hash, so the sealed key itself is damaged or was swapped.
      this.log.error('key.unseal_failed', { login: account.login, keyid: active.keyid })
      throw new ServiceError('internal', `${account.login} 的签名密钥无法解开，请联系管理员重置 (the signing key of ${account.login} cannot be opened; ask an admin to reset it)`)
    }
    return key
  }

  /** Checks the password (one scrypt run) and, if given, the role; nothing of the password is kept. */
  private async checkAs(credentials: Credentials, role?: Role): Promise<Account> {
    const { account, secret } = await this.verify(credentials, role)
    wipe(secret)
    return account
  }

  /**
   * checkAs, also answering the secret that opens the account's keys in this action: the caller must wipe() it
   * when the action ends (it is never stored, never kept past the action).
   */
  private async verify(credentials: Credentials, role?: Role): Promise<{ account: Account; secret: KeySecret }> {
    const { master } = await checkPassword(this.deps, credentials.login, credentials.password)
    const secret: KeySecret = { password: credentials.password, master }
    try {
      // the right password of a deactivated account: no harm in saying so, nothing in it works any more
      if (this.get(credentials.login).deactivatedAt !== null) {
        throw new ServiceError('forbidden', `账户 ${credentials.login} 已停用，请联系管理员 (the account ${credentials.login} is deactivated)`)
      }
      const account = await this.rekeyIfPending(this.get(credentials.login), secret)
      if (role && !hasRole(account, role)) {
        throw new ServiceError('forbidden', `${account.login} 没有${roleNames[role]}角色 (${account.login} does not have the ${role} role)`)
      }
      return { account, secret }
    } catch (error) {
      wipe(secret)
      throw error
    }
  }

  /** Runs account operations one after another, whatever their outcome. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lane.then(fn, fn)
    this.lane = run.catch(() => undefined)
    return run
  }
}

const roleNames: Record<Role, string> = { drafter: '起草人', reviewer: '审核人', admin: '管理员' }

/** Ends an action's hold on the master secret (the password string itself is the caller's). */
function wipe(secret: KeySecret): void {
  secret.master?.fill(0)
}

function parse<S extends z.ZodType>(schema: S, value: unknown, message: string): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw new ServiceError('invalid_request', message)
  return result.data
}

function requireActive(account: Account): void {
  if (account.deactivatedAt !== null) throw new ServiceError('conflict', `账户 ${account.login} 已停用 (the account ${account.login} is deactivated)`)
}

function requireGoodPassword(password: string): void {
  const problem = passwordProblem(password)
  if (problem) throw new ServiceError('invalid_request', problem)
}
