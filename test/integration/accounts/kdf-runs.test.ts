import { describe, expect, it } from 'vitest'
import { kdfDerivations, derive, parseKdf } from '../../../electron/services/accounts/kdf'
import { openPrivateKey, sealPrivateKey } from '../../../electron/services/accounts/key-vault'
import { sealSm2Key } from '../../../electron/services/accounts/sm2-keys'
import { testKdf } from '../../support/test-kdf'
import { decideReviewFindings, fields, office, people } from '../workflow/support'
import { admin, createAdmin, hashingTimeout, passwords, rejection, testCore } from './support'

// Issue 14: one scrypt run per password an action is given. The password check's run also yields the master
// secret that opens (and seals) the account's keys, so signing does not run scrypt a second time. Counted with
// the kdf's own counter; the cheap test cost is used, since only the number of runs matters here.

/** How many scrypt runs `action` made (the actions under test run one at a time). */
async function runsOf(action: () => Promise<unknown>): Promise<number> {
  const before = kdfDerivations()
  await action()
  return kdfDerivations() - before
}

describe('scrypt runs per action', () => {
  it('sign-in, a wrong password, unlocking the keys (also with SM2), adding an account and changing a password', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      expect(await runsOf(() => createAdmin(core))).toBe(1)
      expect(await runsOf(() => core.accounts.create({ login: 'zhang', name: '张起草', roles: ['drafter'], password: passwords.drafter }, admin))).toBe(2)
      expect(await runsOf(() => core.accounts.authenticate('zhang', passwords.drafter))).toBe(1)
      expect(await runsOf(() => rejection(core.accounts.authenticate('zhang', 'not-the-password')))).toBe(1)
      expect(await runsOf(() => core.accounts.unlockSigningKeys('zhang', passwords.drafter, { sm2: false }))).toBe(1)
      // the SM2 key made at the first signing that asks for it, then opened: still the one run
      expect(await runsOf(() => core.accounts.unlockSigningKeys('zhang', passwords.drafter, { sm2: true }))).toBe(1)
      expect(await runsOf(() => core.accounts.unlockSigningKeys('zhang', passwords.drafter, { sm2: true }))).toBe(1)
      // old and new password: one run each; both keys still open under the new one
      expect(await runsOf(() => core.accounts.changePassword('zhang', passwords.drafter, passwords.changed))).toBe(2)
      const keys = await core.accounts.unlockSigningKeys('zhang', passwords.changed, { sm2: true })
      expect(keys.sm2?.keyid).toBeDefined()
      expect(await rejection(core.accounts.unlockSigningKey('zhang', passwords.drafter))).toMatchObject({ code: 'forbidden' })
      // an admin's wrong password while adding an account: refused, nothing written
      const count = core.accounts.list().length
      expect(await rejection(core.accounts.create({ login: 'li', name: '李审核', roles: ['reviewer'], password: passwords.reviewer }, { login: 'admin', password: 'wrong-admin-password' }))).toMatchObject({ code: 'forbidden' })
      expect(core.accounts.list()).toHaveLength(count)
    } finally {
      core.close()
    }
  }, hashingTimeout)

  it('submit, approve and 退回 with a password: one run each', async () => {
    const { core, dispose } = await office()
    try {
      const sign = async (): Promise<string> => {
        const notice = await core.workflow.create(fields, { actor: { account: core.accounts.get(people.drafter.login) } })
        decideReviewFindings(core, notice.id)
        expect(await runsOf(() => core.workflow.submit(notice.id, people.drafter))).toBe(1)
        return notice.id
      }
      const approved = await sign()
      expect(await runsOf(() => core.workflow.approve(approved, people.reviewer, '同意'))).toBe(1)
      const rejected = await sign()
      expect(await runsOf(() => core.workflow.reject(rejected, people.reviewer, '请核对名单'))).toBe(1)
      expect(core.workflow.status(approved).state).toBe('approved')
      expect(core.workflow.status(rejected).state).toBe('rejected')
    } finally {
      dispose()
    }
  }, hashingTimeout)
})

describe('the master secret and the stored row', () => {
  it('the stored verifier does not open the key: only the password (through scrypt) does', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      const account = await createAdmin(core)
      const row = core.store.get<{ hash: Uint8Array; salt: Uint8Array; kdf: string; sealed: string }>(
        'SELECT a.password_hash AS hash, a.password_salt AS salt, a.password_kdf AS kdf, k.encrypted_private_key AS sealed FROM accounts a JOIN keys k ON k.account_id = a.id',
      )
      if (!row) throw new Error('no account row')
      const keyid = account.keyid ?? ''
      const params = parseKdf(row.kdf)
      expect(params.scheme).toBe('master-v2')
      // the verifier is not the scrypt output, and it does not open the seal
      const { scheme: _scheme, ...cost } = params
      const master = await derive(passwords.admin, row.salt, cost)
      expect(Buffer.from(row.hash).equals(master)).toBe(false)
      expect(await openPrivateKey(row.sealed, keyid, { password: passwords.admin, master: Buffer.from(row.hash) })).toBeNull()
      // without a master secret a v2 seal does not open from the password alone either (no silent second scrypt)
      expect(await openPrivateKey(row.sealed, keyid, { password: passwords.admin, master: null })).toBeNull()
      expect(await openPrivateKey(row.sealed, keyid, { password: passwords.admin, master })).not.toBeNull()
    } finally {
      core.close()
    }
  }, hashingTimeout)

  it('an account whose rows predate v2 still signs in and signs, and its first signing moves it to v2', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      const account = await createAdmin(core)
      const keyid = account.keyid ?? ''
      // rewrite the account as the app wrote it before: the hash is the scrypt output, each key sealed by its own scrypt run
      const { ed25519: key, sm2 } = await core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: true })
      if (!sm2) throw new Error('expected an SM2 key')
      const legacySm2 = await sealSm2Key(sm2.privateKey, sm2.keyid, { password: passwords.admin, master: null }, testKdf)
      const salt = Buffer.alloc(32, 7)
      const legacyHash = await derive(passwords.admin, salt, testKdf)
      const legacySealed = await sealPrivateKey(key, keyid, { password: passwords.admin, master: null }, testKdf)
      expect((JSON.parse(legacySealed) as { v: number }).v).toBe(1)
      core.store.transaction((tx) => {
        tx.run('UPDATE accounts SET password_hash = ?, password_salt = ?, password_kdf = ? WHERE login = ?', [legacyHash, salt, JSON.stringify(testKdf), 'admin'])
        tx.run('UPDATE keys SET encrypted_private_key = ? WHERE keyid = ?', [legacySealed, keyid])
        tx.run('UPDATE sm2_keys SET encrypted_private_key = ? WHERE keyid = ?', [legacySm2, sm2.keyid])
      })
      expect(await runsOf(() => core.accounts.authenticate('admin', passwords.admin))).toBe(1)
      await expect(rejection(core.accounts.authenticate('admin', 'wrong-password'))).resolves.toMatchObject({ code: 'forbidden' })
      // the old hash is the scrypt output itself, so it is never used as a key: the v1 seal runs scrypt again
      expect(await runsOf(() => core.accounts.unlockSigningKey('admin', passwords.admin))).toBe(2)
      // the first signing (unlockSigningKeys) moves the rows to v2 with the same password, once: the check, the two
      // v1 seals and the new row
      expect(await runsOf(() => core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: false }))).toBe(4)
      expect(await runsOf(() => core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: false }))).toBe(1)
      const both = await core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: true })
      expect(both.sm2?.keyid).toBe(sm2.keyid)
      expect(core.audit.list().map((e) => e.event)).not.toContain('account.password_changed')
      await core.accounts.changePassword('admin', passwords.admin, passwords.changed)
      const row = core.store.get<{ kdf: string; sealed: string }>('SELECT a.password_kdf AS kdf, k.encrypted_private_key AS sealed FROM accounts a JOIN keys k ON k.account_id = a.id')
      expect(parseKdf(row?.kdf ?? '').scheme).toBe('master-v2')
      expect((JSON.parse(row?.sealed ?? '{}') as { v: number }).v).toBe(2)
      expect(await runsOf(() => core.accounts.unlockSigningKey('admin', passwords.changed))).toBe(1)
    } finally {
      core.close()
    }
  }, hashingTimeout)
})
