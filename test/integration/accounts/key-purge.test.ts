import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSqlEngine } from '../../../electron/services/store/sql-engine'
import { tempDir } from '../../support/temp-dir'
import { admin, createAdmin, hashingTimeout, passwords, testCore, type TestCore } from './support'

/**
 * A password reset (or a revocation) wipes the old sealed private key from every kept generation of the store —
 * each snapshot and each journal on disk — not only from the newest state (issue 9, item 3). Checked on the real
 * files: raw bytes searched, and every snapshot opened as the SQLite database it is.
 */

const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))

/** The data-folder files whose bytes contain `needle`. */
const holding = (dir: string, needle: string): string[] => filesUnder(dir).filter((file) => fs.readFileSync(file).includes(Buffer.from(needle)))

/** The base64 ciphertexts of every sealed private key (Ed25519 and SM2) the account has now. */
function ciphertexts(core: TestCore, accountId: string): string[] {
  const rows = core.store.all<{ sealed: string | null }>(
    'SELECT encrypted_private_key AS sealed FROM keys WHERE account_id = ? UNION ALL SELECT encrypted_private_key FROM sm2_keys WHERE account_id = ?',
    [accountId, accountId],
  )
  return rows.flatMap((row) => (row.sealed ? [(JSON.parse(row.sealed) as { ciphertext: string }).ciphertext] : []))
}

async function sealedColumns(file: string): Promise<(string | null)[]> {
  const engine = await loadSqlEngine()
  const db = new engine.Database(fs.readFileSync(file))
  try {
    const rows = db.exec('SELECT encrypted_private_key FROM keys UNION ALL SELECT encrypted_private_key FROM sm2_keys')[0]?.values ?? []
    return rows.map((row) => (typeof row[0] === 'string' ? row[0] : null))
  } finally {
    db.close()
  }
}

describe('old sealed keys leave every kept generation', () => {
  it.each([
    ['a password reset', (core: TestCore) => core.accounts.resetPassword(admin, 'zhang', passwords.reset)],
    ['a revocation as compromised', (core: TestCore) => core.accounts.revokeKey(admin, 'zhang', 'compromised')],
  ])('after %s, no snapshot or journal holds the old sealed key', async (_what, retire) => {
    const dir = tempDir()
    const core = await testCore({ dataDir: dir, cheapKdf: true })
    try {
      await createAdmin(core)
      const zhang = await core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter', 'reviewer'], password: passwords.drafter }, admin)
      await core.accounts.unlockSigningKeys('zhang', passwords.drafter, { sm2: true }) // an SM2 key too
      const first = ciphertexts(core, zhang.id)
      core.store.snapshot()
      // re-sealed under a new password: the first sealing now lives on only in the older generation
      await core.accounts.changePassword('zhang', passwords.drafter, passwords.changed)
      const second = ciphertexts(core, zhang.id)
      core.store.snapshot()
      const old = [...first, ...second]
      expect(old).toHaveLength(4)
      // control: the search finds them, in two generations' snapshots and journals
      for (const c of old) expect(holding(dir, c).length, 'the old sealed key is on disk before').toBeGreaterThan(0)
      const snapshotsBefore = filesUnder(dir).filter((f) => f.endsWith('.sqlite'))
      expect(snapshotsBefore.length).toBe(2)
      expect((await Promise.all(snapshotsBefore.map(sealedColumns))).flat().filter(Boolean).length).toBeGreaterThanOrEqual(2)

      await retire(core)

      for (const c of old) expect(holding(dir, c), 'files still holding an old sealed key').toEqual([])
      const snapshots = filesUnder(dir).filter((f) => f.endsWith('.sqlite'))
      expect(snapshots.length).toBeGreaterThan(0)
      for (const file of snapshots) {
        const sealed = (await sealedColumns(file)).filter((v): v is string => v !== null)
        for (const value of sealed) for (const c of old) expect(value).not.toContain(c)
      }
    } finally {
      core.close()
    }
    // and the data folder opens again, with the account as it was left
    const reopened = await testCore({ dataDir: dir, cheapKdf: true })
    try {
      expect(reopened.accounts.keys('zhang').filter((k) => k.state === 'active').length).toBeLessThanOrEqual(1)
      expect(reopened.accounts.keys('zhang').some((k) => k.state === 'revoked')).toBe(true)
    } finally {
      reopened.close()
    }
  }, hashingTimeout * 2)
})
