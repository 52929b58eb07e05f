import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, passwordFile } from '../accounts/cli-run'
import { hashingTimeout, passwords, seedCliOffice } from '../accounts/support'
import { tempDir } from '../../support/temp-dir'

/** `user revoke LOGIN --reason compromised|superseded` (issue 9, item 3): admin only, audited, in the trust list. */

type Listed = { accounts: { login: string; keys: { keyid: string; state: string; revocationReason: string | null }[] }[] }
type Trust = { keys: { keyid: string; revokedAt?: string | null; revocationReason?: string }[] }

describe('countersign user revoke', () => {
  it('revokes with a reason, shows it in user list and trust export, and is refused for bad input', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const adminFile = passwordFile(dir, 'admin.txt', passwords.admin)
    const zhangFile = passwordFile(dir, 'zhang.txt', passwords.drafter)
    const run = (args: string[]) => cli([...args, '--data', data])
    await seedCliOffice(data, [{ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }])

    const bad = await run(['user', 'revoke', 'zhang', '--reason', 'stolen', '--as', 'admin', '--password-file', adminFile])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--reason: stolen is neither compromised')
    const notAdmin = await run(['user', 'revoke', 'zhang', '--reason', 'compromised', '--as', 'zhang', '--password-file', zhangFile])
    expect(notAdmin.code).not.toBe(0)

    const done = await run(['user', 'revoke', 'zhang', '--reason', 'compromised', '--as', 'admin', '--password-file', adminFile])
    expect(done.stderr).toBe('')
    expect(done.code).toBe(0)
    expect(done.stdout).toContain('已吊销 revoked ed25519')
    expect(done.stdout).toContain('已泄露 compromised')

    const listed = JSON.parse((await run(['user', 'list', '--json'])).stdout) as Listed
    const keys = listed.accounts.find((a) => a.login === 'zhang')?.keys ?? []
    expect(keys.map((k) => [k.state, k.revocationReason])).toEqual([['revoked', 'compromised']])
    const out = path.join(dir, 'trust.json')
    expect((await run(['trust', 'export', '--out', out])).code).toBe(0)
    const trust = JSON.parse(fs.readFileSync(out, 'utf8')) as Trust
    expect(trust.keys.find((k) => k.keyid === keys[0]?.keyid)).toMatchObject({ revocationReason: 'compromised' })
    // keys never revoked carry no reason field: lists of offices that never revoked read as before
    expect(trust.keys.filter((k) => k.revokedAt == null).every((k) => !('revocationReason' in k))).toBe(true)

    const audit = await run(['audit', 'verify', '--json'])
    expect(audit.code).toBe(0)
  }, hashingTimeout * 3)
})
