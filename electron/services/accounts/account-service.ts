import type { KeyObject } from 'node:crypto'
import {
  displayNameSchema,
  fingerprintOf,
  hasRole,
  loginSchema,
  normalisePassword,
  roleListSchema,
  type Account,
  type AccountKey,
  type Role,
} from '../../../shared/accounts/index'
import { serviceError } from '../../../shared/api/result'
import type { RevocationReason } from '../../../shared/bundle/trust'
import type { AuditService } from '../audit/index'
import { lacksRole } from '../common/access'
import { silentLogger, type Logger } from '../common/logger'
import type { Store } from '../store/index'
import { accountCount, accountRow, accountRows, keyRows, toAccount, toAccountKey } from './account-rows'
import { currentKdf, hashPassword, type KdfParams } from './kdf'
import type { KeySecret } from './key-vault'
import * as adminSteps from './account-admin'
import * as keySteps from './account-keys'
import { parse, requireGoodPassword } from './account-admin'
import type { AccountListing, CreatedAccount, Credentials, Deactivation, NewAccount, RevokedKey, RolesChange, UnlockedKeys } from './account-types'
import { checkPassword, type CheckDeps } from './password-check'
import { openOrCreateSm2Key } from './sm2-keys'

export type { AccountListing, AccountWarning, CreatedAccount, Credentials, Deactivation, NewAccount, RevokedKey, RolesChange, UnlockedKeys } from './account-types'

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
    if (!row) throw serviceError('not_found', 'account.notFound', { login })
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
      const login = parse(loginSchema, input.login, 'account.badLogin')
      const name = parse(displayNameSchema, input.name, 'account.badName')
      const roles = parse(roleListSchema, input.roles, 'account.badRoles')
      requireGoodPassword(input.password)
      const first = !this.hasAccounts()
      if (first) {
        if (actingAs) throw serviceError('invalid_request', 'account.firstWithoutAs')
        if (!roles.includes('admin')) throw serviceError('invalid_request', 'account.firstAdmin')
      } else if (!actingAs) {
        throw serviceError('forbidden', 'account.adminOnlyAdds')
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
        return await keySteps.insertAccount(this.keysContext(), { login, name, roles, first, actor, hash, password: input.password })
      } finally {
        hash.master.fill(0)
        hash.hash.fill(0)
      }
    })
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
        return await keySteps.openSigningKey(this.keysContext(), account, secret)
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
        const ed25519 = await keySteps.openSigningKey(this.keysContext(), account, secret)
        const sm2 = options.sm2 ? await openOrCreateSm2Key(this.deps, account, secret, this.kdf) : undefined
        // a password row from before master-v2: moved to it now, while its keys are open, so later actions run scrypt once
        if (!secret.master) await keySteps.upgradeLegacy(this.keysContext(), account, password, ed25519, sm2)
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
        throw serviceError('invalid_request', 'password.same')
      }
      const { account, secret: oldSecret } = await this.verify({ login, password: oldPassword })
      try {
        await keySteps.resealUnder(this.keysContext(), account, oldSecret, newPassword)
      } finally {
        wipe(oldSecret)
      }
      this.log.info('account.password_changed', { login })
      return this.get(login)
    })
  }

  /** 重置密码 — a new password and a NEW key for someone who lost theirs (account-admin.ts). */
  resetPassword(admin: Credentials | undefined, login: string, newPassword: string): Promise<Account> {
    return this.serial(() => adminSteps.resetPassword(this.adminContext(), admin, login, newPassword))
  }

  /** 吊销密钥 — 'compromised' voids every signature of the key, 'superseded' only retires it (account-admin.ts). */
  revokeKey(admin: Credentials | undefined, login: string, reason: RevocationReason, keyid?: string): Promise<RevokedKey[]> {
    return this.serial(() => adminSteps.revokeKey(this.adminContext(), admin, login, reason, keyid))
  }

  /** 修改角色 — a change of what the account signs as retires its keys as superseded (account-admin.ts). */
  setRoles(admin: Credentials | undefined, login: string, roles: readonly Role[]): Promise<RolesChange> {
    return this.serial(() => adminSteps.setRoles(this.adminContext(), admin, login, roles))
  }

  /** 停用账户 — no more sign-in; keys revoked as superseded, earlier signatures stand (account-admin.ts). */
  deactivate(admin: Credentials | undefined, login: string): Promise<Deactivation> {
    return this.serial(() => adminSteps.deactivate(this.adminContext(), admin, login))
  }

  /** What the key steps (account-keys.ts) need of this service. */
  private keysContext(): keySteps.KeysContext {
    return { store: this.store, audit: this.audit, log: this.log, now: this.now, kdf: this.kdf, get: (login) => this.get(login) }
  }

  /** What the administration steps (account-admin.ts) need of this service. */
  private adminContext(): adminSteps.AdminContext {
    return {
      store: this.store,
      audit: this.audit,
      log: this.log,
      now: this.now,
      kdf: this.kdf,
      get: (login) => this.get(login),
      checkAs: (credentials, role) => (credentials ? this.checkAs(credentials, role) : Promise.reject(serviceError('forbidden', 'session.signInFirst'))),
      forgetWipedKeys: () => this.forgetWipedKeys(),
    }
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
      throw serviceError('internal', 'account.purgeFailed')
    }
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
        throw serviceError('forbidden', 'account.deactivatedAsk', { login: credentials.login })
      }
      const account = await keySteps.rekeyIfPending(this.keysContext(), this.get(credentials.login), secret)
      if (role && !hasRole(account, role)) {
        throw lacksRole(account, role)
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

/** Ends an action's hold on the master secret (the password string itself is the caller's). */
function wipe(secret: KeySecret): void {
  secret.master?.fill(0)
}
