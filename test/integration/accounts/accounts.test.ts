import { describe, expect, it } from 'vitest'
import { keyidOf } from '../../../electron/services/accounts/index'
import { admin, createAdmin, hashingTimeout, passwords, rejection, testCore } from './support'

// Real scrypt (N = 2^17) throughout: each hash is a few hundred ms, so each test does only what it names.

describe('accounts: who may create whom', () => {
  it('makes the first account an admin, created without anyone acting', async () => {
    const core = await testCore()
    try {
      expect(core.accounts.hasAccounts()).toBe(false)
      const drafterFirst = await rejection(core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }))
      expect(drafterFirst).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('first account must be an admin') as unknown })
      const withActor = await rejection(core.accounts.create({ login: 'admin', name: '王管理', roles: ['admin'], password: passwords.admin }, admin))
      expect(withActor.message).toContain('without --as')

      const created = await createAdmin(core)
      expect(created).toMatchObject({ login: 'admin', name: '王管理', roles: ['admin'], keyid: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown })
      expect(core.accounts.hasAccounts()).toBe(true)
      // The stored hash carries its parameters, so the cost can be raised later; master-v2: one scrypt run per action (kdf.ts).
      const row = core.store.get<{ password_kdf: string; salt: number; hash: number }>(
        'SELECT password_kdf, length(password_salt) AS salt, length(password_hash) AS hash FROM accounts',
      )
      expect(row && JSON.parse(row.password_kdf)).toEqual({ alg: 'scrypt', N: 131072, r: 8, p: 1, keyLength: 32, scheme: 'master-v2' })
      expect(row).toMatchObject({ salt: 32, hash: 32 })
      expect(core.audit.list().map((entry) => [entry.event, entry.actor, entry.subject])).toEqual([
        ['account.created', null, 'admin'],
        ['key.created', null, 'admin'],
      ])
    } finally {
      core.close()
    }
  }, hashingTimeout)

  it('lets only an authenticated admin add accounts, with one or several roles', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      await createAdmin(core)
      const nobody = await rejection(core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }))
      expect(nobody).toMatchObject({ code: 'forbidden', message: expect.stringContaining('only an admin') as unknown })
      const wrong = await rejection(core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }, { login: 'admin', password: passwords.drafter }))
      expect(wrong).toMatchObject({ code: 'forbidden', message: expect.stringContaining('wrong login or password') as unknown })

      // Roles come back in a fixed order without duplicates; drafter + reviewer in one person is allowed.
      const both = await core.accounts.create({ login: 'zhang', name: '张三', roles: ['reviewer', 'drafter', 'reviewer'], password: passwords.drafter }, admin)
      expect(both.roles).toEqual(['drafter', 'reviewer'])
      const notAdmin = await rejection(core.accounts.create({ login: 'li', name: '李四', roles: ['reviewer'], password: passwords.reviewer }, { login: 'zhang', password: passwords.drafter }))
      expect(notAdmin).toMatchObject({ code: 'forbidden', message: expect.stringContaining('zhang does not have the admin role') as unknown })
      const duplicate = await rejection(core.accounts.create({ login: 'zhang', name: '张三丰', roles: ['drafter'], password: passwords.drafter }, admin))
      expect(duplicate.code).toBe('conflict')

      expect(core.accounts.list().map((account) => [account.login, account.roles])).toEqual([
        ['admin', ['admin']],
        ['zhang', ['drafter', 'reviewer']],
      ])
      const reviewerCheck = await rejection(core.accounts.authenticate('zhang', passwords.drafter, 'admin'))
      expect(reviewerCheck.code).toBe('forbidden')
      expect(core.audit.list().filter((entry) => entry.event === 'account.created').map((entry) => entry.actor)).toEqual([null, 'admin'])
    } finally {
      core.close()
    }
  }, hashingTimeout)

  it('refuses bad logins, names, roles and passwords before hashing anything', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      const attempt = (login: string, name: string, password: string, roles: ('admin' | 'drafter')[] = ['admin']) =>
        rejection(core.accounts.create({ login, name, roles, password }))
      for (const login of ['A', 'Zhang', 'zhang san', '张三', 'x'.repeat(33), '']) expect((await attempt(login, '张三', passwords.admin)).code).toBe('invalid_request')
      for (const name of ['', '   ', '张\n三', 'x'.repeat(65)]) expect((await attempt('zhang', name, passwords.admin)).code).toBe('invalid_request')
      expect((await attempt('zhang', '张三', passwords.admin, [])).code).toBe('invalid_request')
      // Eight characters, not bytes: seven Chinese characters are 21 bytes but still too short.
      const short = await attempt('zhang', '张三', '七个汉字的密码')
      expect(short).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('at least 8') as unknown })
      expect((await attempt('zhang', '张三', 'tab\there-and-more')).code).toBe('invalid_request')
      expect(core.accounts.hasAccounts()).toBe(false)
      // A Chinese passphrase of eight characters is fine.
      await core.accounts.create({ login: 'zhang', name: '张三', roles: ['admin'], password: '八个汉字组成密码' })
      await expect(core.accounts.authenticate('zhang', '八个汉字组成密码')).resolves.toMatchObject({ login: 'zhang' })
    } finally {
      core.close()
    }
  }, hashingTimeout)
})

describe('accounts: passwords and keys', () => {
  it('re-seals the same key on a password change: the old password no longer unlocks it, the new one does', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      const before = await createAdmin(core)
      const same = await rejection(core.accounts.changePassword('admin', passwords.admin, passwords.admin))
      expect(same.code).toBe('invalid_request')
      const after = await core.accounts.changePassword('admin', passwords.admin, passwords.changed)
      expect(after.keyid).toBe(before.keyid)

      expect((await rejection(core.accounts.unlockSigningKey('admin', passwords.admin))).code).toBe('forbidden')
      const key = await core.accounts.unlockSigningKey('admin', passwords.changed)
      expect(key.type).toBe('private')
      expect(keyidOf(key)).toBe(before.keyid)
      expect(core.accounts.keys('admin').map((k) => k.state)).toEqual(['active'])
      expect(core.audit.list().map((entry) => entry.event)).toContain('account.password_changed')
    } finally {
      core.close()
    }
  }, hashingTimeout)

  it('issues a new key on an admin reset, revokes the old one and wipes its sealed private half', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      await createAdmin(core)
      const drafter = await core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }, admin)
      core.clock.advance(3600)
      const resetAt = core.clock.now().toISOString()
      const reset = await core.accounts.resetPassword(admin, 'zhang', passwords.reset)
      expect(reset.keyid).not.toBe(drafter.keyid)
      expect(reset.id).toBe(drafter.id)

      expect((await rejection(core.accounts.authenticate('zhang', passwords.drafter))).code).toBe('forbidden')
      expect(keyidOf(await core.accounts.unlockSigningKey('zhang', passwords.reset))).toBe(reset.keyid)

      const keys = core.accounts.keys('zhang')
      expect(keys.map((k) => [k.keyid, k.state, k.revokedAt])).toEqual([
        [drafter.keyid, 'revoked', resetAt],
        [reset.keyid, 'active', null],
      ])
      expect(keys[1]?.validFrom).toBe(resetAt)
      const sealed = core.store.all<{ keyid: string; sealed: string | null }>('SELECT keyid, encrypted_private_key AS sealed FROM keys WHERE account_id = ?', [drafter.id])
      expect(sealed.find((row) => row.keyid === drafter.keyid)?.sealed).toBeNull()
      expect(sealed.find((row) => row.keyid === reset.keyid)?.sealed).toEqual(expect.any(String))

      const events = core.audit.list().filter((entry) => entry.event !== 'account.login_failed').slice(-3).map((entry) => [entry.event, entry.actor, entry.details.keyid])
      expect(events).toEqual([
        ['account.reset', 'admin', reset.keyid],
        ['key.revoked', 'admin', drafter.keyid],
        ['key.created', 'admin', reset.keyid],
      ])
    } finally {
      core.close()
    }
  }, hashingTimeout)
})
