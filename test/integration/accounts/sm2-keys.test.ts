import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTrustList } from '../../../shared/bundle/trust'
import { sm2KeyPairFromPrivateKey } from '../../../shared/crypto/sm2'
import { keyidOf } from '../../../electron/services/accounts/index'
import { fileLogger } from '../../../electron/services/common/logger'
import { tempDir } from '../../support/temp-dir'
import { admin, createAdmin, hashingTimeout, passwords, rejection, testCore } from './support'

// Real scrypt (≈0.3 s a call) throughout: each test counts its hashes, so each does only what it names.

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
type Sm2Row = { keyid: string; account_id: string; public_key: Uint8Array; created_at: string; valid_from: string; revoked_at: string | null; sealed: string | null }
const sm2Rows = (core: { store: { all<T>(sql: string): T[] } }): Sm2Row[] =>
  core.store.all<Sm2Row>('SELECT keyid, account_id, public_key, created_at, valid_from, revoked_at, encrypted_private_key AS sealed FROM sm2_keys ORDER BY created_at, keyid')

describe('accounts: the SM2 (国密) co-signing key', () => {
  it('is made at the first signing that asks for it, once, sealed like the Ed25519 key, listed and exported', async () => {
    const core = await testCore()
    try {
      const account = await createAdmin(core)
      // without sm2: the Ed25519 key alone, and no SM2 key is made
      const plain = await core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: false })
      expect(keyidOf(plain.ed25519)).toBe(account.keyid)
      expect(plain.sm2).toBeUndefined()
      expect(sm2Rows(core)).toEqual([])

      const first = await core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: true })
      const sm2 = first.sm2
      if (!sm2) throw new Error('expected an SM2 key')
      expect(keyidOf(first.ed25519)).toBe(account.keyid)
      expect(sm2.privateKey).toHaveLength(32)
      const publicKey = sm2KeyPairFromPrivateKey(sm2.privateKey).publicKey
      expect(sm2.keyid).toBe(sha256(publicKey))

      const [row] = sm2Rows(core)
      expect(row).toMatchObject({ keyid: sm2.keyid, account_id: account.id, revoked_at: null, created_at: row.valid_from })
      expect(Buffer.from(row.public_key).equals(Buffer.from(publicKey))).toBe(true)
      const sealed = JSON.parse(row.sealed ?? '{}') as { v: number; kdf: unknown; ciphertext: string }
      // v2: sealed under a key HKDF draws from the password check's own scrypt run (one run per action); kdf is that run's cost
      expect(sealed.v).toBe(2)
      expect(sealed.kdf).toEqual({ alg: 'scrypt', N: 131072, r: 8, p: 1, keyLength: 32 })
      expect(Buffer.from(sealed.ciphertext, 'base64')).toHaveLength(32)
      expect(core.audit.list().filter((e) => e.event === 'key.created').map((e) => [e.actor, e.subject, e.details])).toEqual([
        [null, 'admin', { accountId: account.id, keyid: account.keyid }],
        ['admin', 'admin', { accountId: account.id, keyid: sm2.keyid, alg: 'sm2' }],
      ])

      // the second signing opens the same key
      const again = await core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: true })
      expect(again.sm2?.keyid).toBe(sm2.keyid)
      expect(again.sm2?.privateKey).toEqual(sm2.privateKey)
      expect(sm2Rows(core)).toHaveLength(1)

      // listings and the trust list show it, with the holder's person, name and roles
      expect(core.accounts.keys('admin').map((k) => [k.alg, k.keyid, k.state])).toEqual([
        ['ed25519', account.keyid, 'active'],
        ['sm2', sm2.keyid, 'active'],
      ])
      expect(core.accounts.list()[0]?.keys.map((k) => k.alg)).toEqual(['ed25519', 'sm2'])
      expect(core.accounts.get('admin').keyid).toBe(account.keyid)
      const trust = core.trust.build('白马镇')
      expect(trust.keys.map((k) => [k.alg, k.keyid, k.personId, k.name, k.roles])).toEqual([
        ['ed25519', account.keyid, account.id, '王管理', ['admin']],
        ['sm2', sm2.keyid, account.id, '王管理', ['admin']],
      ])
      expect(trust.keys[1]?.publicKey).toBe(Buffer.from(publicKey).toString('base64'))
      expect(parseTrustList(JSON.parse(core.trust.serialise(trust)), sha256).ok).toBe(true)

      // a wrong password counts toward the back-off and makes nothing
      const wrong = await rejection(core.accounts.unlockSigningKeys('admin', passwords.drafter, { sm2: true }))
      expect(wrong).toMatchObject({ code: 'forbidden', message: expect.stringContaining('wrong login or password') as unknown })
      expect(core.store.get<{ n: number }>('SELECT failed_logins AS n FROM accounts')?.n).toBe(1)
      expect(sm2Rows(core)).toHaveLength(1)
    } finally {
      core.close()
    }
  }, hashingTimeout)

  it('is re-sealed by a password change, and revoked and wiped by a reset; the next signing makes a new one', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      await createAdmin(core)
      const li = await core.accounts.create({ login: 'li', name: '李四', roles: ['drafter'], password: passwords.drafter }, admin)
      const before = (await core.accounts.unlockSigningKeys('li', passwords.drafter, { sm2: true })).sm2
      if (!before) throw new Error('expected an SM2 key')

      core.clock.advance(60)
      await core.accounts.changePassword('li', passwords.drafter, passwords.changed)
      const changed = await core.accounts.unlockSigningKeys('li', passwords.changed, { sm2: true })
      expect(changed.sm2).toEqual(before)
      expect(core.audit.list().find((e) => e.event === 'account.password_changed')?.details).toEqual({ accountId: li.id, keyid: li.keyid, sm2Keyid: before.keyid })
      expect((await rejection(core.accounts.unlockSigningKeys('li', passwords.drafter, { sm2: true }))).code).toBe('forbidden')

      core.clock.advance(60)
      const resetAt = core.clock.now().toISOString()
      await core.accounts.resetPassword(admin, 'li', passwords.reset)
      const [revoked] = sm2Rows(core)
      expect(revoked).toMatchObject({ keyid: before.keyid, revoked_at: resetAt, sealed: null })
      expect(core.audit.list().filter((e) => e.event === 'key.revoked').map((e) => e.details)).toContainEqual({
        accountId: li.id,
        keyid: before.keyid,
        alg: 'sm2',
        reason: 'password_reset',
        revocationReason: 'superseded',
      })

      core.clock.advance(60)
      const after = (await core.accounts.unlockSigningKeys('li', passwords.reset, { sm2: true })).sm2
      expect(after?.keyid).toMatch(/^[0-9a-f]{64}$/)
      expect(after?.keyid).not.toBe(before.keyid)
      expect(core.accounts.keys('li').map((k) => [k.alg, k.state])).toEqual([
        ['ed25519', 'revoked'],
        ['sm2', 'revoked'],
        ['ed25519', 'active'],
        ['sm2', 'active'],
      ])
      const exported = core.trust.build().keys.filter((k) => k.personId === li.id && k.alg === 'sm2')
      expect(exported.map((k) => [k.keyid, k.revokedAt])).toEqual([
        [before.keyid, resetAt],
        [after?.keyid, null],
      ])
    } finally {
      core.close()
    }
  }, hashingTimeout)

  it('never writes the SM2 private key in clear, and a sealed key moved to another keyid does not open', async () => {
    const dataDir = tempDir()
    const core = await testCore({ dataDir, log: fileLogger(dataDir), cheapKdf: true })
    let scalar: Buffer
    try {
      await createAdmin(core)
      const sm2 = (await core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: true })).sm2
      if (!sm2) throw new Error('expected an SM2 key')
      scalar = Buffer.from(sm2.privateKey)
      core.store.snapshot()

      core.store.transaction((tx) => tx.run('UPDATE sm2_keys SET keyid = ? WHERE keyid = ?', ['0'.repeat(64), sm2.keyid]))
      const swapped = await rejection(core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: true }))
      expect(swapped).toMatchObject({ code: 'internal', message: expect.stringContaining('SM2 key of admin cannot be opened') as unknown })
      // the Ed25519-only path is unaffected
      expect((await core.accounts.unlockSigningKeys('admin', passwords.admin, { sm2: false })).sm2).toBeUndefined()
    } finally {
      core.close()
    }
    const files = fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    const log = fs.readFileSync(path.join(dataDir, 'logs', 'countersign.log'), 'utf8')
    expect(log).toContain('"alg":"sm2"')
    for (const entry of files) {
      const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name))
      for (const form of [scalar, Buffer.from(scalar.toString('hex')), Buffer.from(scalar.toString('base64'))]) {
        expect(bytes.includes(form), `${entry.name} holds the SM2 private key`).toBe(false)
      }
    }
  }, hashingTimeout)
})
