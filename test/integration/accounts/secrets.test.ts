import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileLogger } from '../../../electron/services/common/logger'
import { tempDir } from '../../support/temp-dir'
import { admin, createAdmin, hashingTimeout, passwords, rejection, testCore } from './support'

/** Every form in which a secret could be written: raw bytes and the text encodings a store or log might use. */
function encodings(secret: Buffer): Buffer[] {
  return [secret, Buffer.from(secret.toString('hex')), Buffer.from(secret.toString('base64')), Buffer.from(secret.toString('base64url'))]
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
}

describe('secrets at rest', () => {
  it('never writes a private key or a password in clear to the store files or the log', async () => {
    const dataDir = tempDir()
    const core = await testCore({ dataDir, log: fileLogger(dataDir), cheapKdf: true })
    const secrets: Buffer[] = []
    let publicKey = Buffer.alloc(0)
    try {
      await createAdmin(core)
      await core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }, admin)
      await rejection(core.accounts.authenticate('zhang', passwords.reviewer))
      for (const [login, password] of [['admin', passwords.admin], ['zhang', passwords.drafter]] as const) {
        const key = await core.accounts.unlockSigningKey(login, password)
        const der = key.export({ format: 'der', type: 'pkcs8' })
        const jwk = key.export({ format: 'jwk' })
        secrets.push(der, Buffer.from(jwk.d ?? '', 'base64url'))
      }
      expect(secrets[1]).toHaveLength(32)
      publicKey = Buffer.from(core.accounts.keys('admin')[0]?.publicKey ?? '', 'base64')
      // Nothing any API returns carries private material.
      const listed = JSON.stringify([core.accounts.list(), core.accounts.keys('zhang'), core.audit.list(), core.trust.build()])
      expect(listed).not.toMatch(/ciphertext|encrypted|password_hash|salt/i)
      // A snapshot as well as the journal, so both file formats are searched.
      core.store.snapshot()
    } finally {
      core.close()
    }

    const files = filesUnder(dataDir)
    expect(files.some((file) => path.basename(file).startsWith('snapshot-'))).toBe(true)
    expect(files.some((file) => path.basename(file).startsWith('journal-'))).toBe(true)
    const log = fs.readFileSync(path.join(dataDir, 'logs', 'countersign.log'), 'utf8')
    expect(log).toContain('account.login_failed')
    // Control: the public key, stored the same way as the sealed private one, is found by this search.
    const snapshot = files.find((file) => path.basename(file).startsWith('snapshot-')) ?? ''
    const journals = files.filter((file) => path.basename(file).startsWith('journal-')).map((file) => fs.readFileSync(file))
    expect(fs.readFileSync(snapshot).includes(publicKey)).toBe(true)
    expect(journals.some((bytes) => bytes.includes(publicKey.toString('base64')))).toBe(true)
    const passwordBytes = Object.values(passwords).map((password) => Buffer.from(password, 'utf8'))
    for (const file of files) {
      const bytes = fs.readFileSync(file)
      for (const secret of [...secrets, ...passwordBytes]) {
        for (const form of encodings(secret)) expect(bytes.includes(form), `${path.relative(dataDir, file)} holds a secret`).toBe(false)
      }
    }
  }, hashingTimeout)

  it('seals each key with its own salt and IV under the stored parameters, bound to its key id', async () => {
    const core = await testCore()
    try {
      await createAdmin(core)
      const row = core.store.get<{ keyid: string; sealed: string; salt: Uint8Array }>(
        'SELECT k.keyid, k.encrypted_private_key AS sealed, a.password_salt AS salt FROM keys k JOIN accounts a ON a.id = k.account_id',
      )
      if (!row) throw new Error('no key row')
      const sealed = JSON.parse(row.sealed) as { v: number; kdf: unknown; salt: string; iv: string; tag: string; ciphertext: string }
      // v2: sealed under a key HKDF draws from the password check's own scrypt run (one run per action); kdf is that run's cost
      expect(sealed.v).toBe(2)
      expect(sealed.kdf).toEqual({ alg: 'scrypt', N: 131072, r: 8, p: 1, keyLength: 32 })
      expect(Buffer.from(sealed.salt, 'base64')).toHaveLength(32)
      expect(Buffer.from(sealed.salt, 'base64').equals(Buffer.from(row.salt))).toBe(false)
      expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12)
      expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16)

      // A sealed key moved onto another row does not open: the key id is authenticated with it.
      core.store.transaction((tx) => tx.run('UPDATE keys SET keyid = ? WHERE keyid = ?', ['0'.repeat(64), row.keyid]))
      const swapped = await rejection(core.accounts.unlockSigningKey('admin', passwords.admin))
      expect(swapped).toMatchObject({ code: 'internal', message: expect.stringContaining('cannot be opened') as unknown })
    } finally {
      core.close()
    }
  }, hashingTimeout)
})
