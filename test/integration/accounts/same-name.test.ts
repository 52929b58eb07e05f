import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountWarningText } from '../../../electron/cli/words'
import { tempDir } from '../../support/temp-dir'
import { cli, passwordFile } from './cli-run'
import { admin, createAdmin, hashingTimeout, passwords, testCore } from './support'

/**
 * Same person twice (issue 9, item 4): an account whose display name another account already carries is created,
 * with a warning the app shows and the CLI prints — never a refusal (two colleagues may share a name).
 */

describe('a display name that already exists', () => {
  it('is created with a same-name warning naming the other account; other names bring none', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      await createAdmin(core)
      const first = await core.accounts.create({ login: 'zhang', name: '张科员', roles: ['drafter'], password: passwords.drafter }, admin)
      expect(first.warnings).toEqual([])
      const second = await core.accounts.create({ login: 'zhang2', name: '张科员', roles: ['reviewer'], password: passwords.reviewer }, admin)
      expect(second.login).toBe('zhang2')
      expect(second.warnings).toHaveLength(1)
      expect(second.warnings[0]).toMatchObject({ code: 'same-name', logins: ['zhang'] })
      // the service hands over the code and the logins; the words are the catalogues' (here the CLI's)
      expect(accountWarningText(second.warnings[0] ?? { code: 'same-name', logins: [] }, '张科员')).toContain('已有同名账户 zhang')
      // as people read names: spaces and full-width forms do not make a different name
      const third = await core.accounts.create({ login: 'zhang3', name: '张 科员', roles: ['reviewer'], password: passwords.changed }, admin)
      expect(third.warnings[0]?.logins).toEqual(['zhang', 'zhang2'])
      const other = await core.accounts.create({ login: 'li', name: '李科员', roles: ['reviewer'], password: passwords.reset }, admin)
      expect(other.warnings).toEqual([])
      expect(core.accounts.list().map((a) => a.login).sort()).toEqual(['admin', 'li', 'zhang', 'zhang2', 'zhang3'])
    } finally {
      core.close()
    }
  }, hashingTimeout * 2)

  it('the CLI creates the account, exits 0 and prints the warning (in --json as `warnings`)', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const adminFile = passwordFile(dir, 'admin.txt', passwords.admin)
    const run = (args: string[]) => cli([...args, '--data', data])
    expect((await run(['user', 'add', '--login', 'admin', '--name', '王管理', '--role', 'admin', '--new-password-file', adminFile])).code).toBe(0)
    const a = await run(['user', 'add', '--login', 'zhang', '--name', '张科员', '--role', 'drafter', '--new-password-file', passwordFile(dir, 'z.txt', passwords.drafter), '--as', 'admin', '--password-file', adminFile])
    expect(a.code).toBe(0)
    expect(a.stderr).toBe('')
    const b = await run(['user', 'add', '--login', 'zhang2', '--name', '张科员', '--role', 'reviewer', '--new-password-file', passwordFile(dir, 'z2.txt', passwords.reviewer), '--as', 'admin', '--password-file', adminFile])
    expect(b.code).toBe(0)
    expect(b.stdout).toContain('已创建账户 created zhang2')
    expect(b.stderr).toContain('注意 warning: 已有同名账户 zhang（张科员）')
    const c = await run(['user', 'add', '--login', 'zhang3', '--name', '张科员', '--role', 'reviewer', '--new-password-file', passwordFile(dir, 'z3.txt', passwords.changed), '--as', 'admin', '--password-file', adminFile, '--json'])
    expect(c.code).toBe(0)
    const json = JSON.parse(c.stdout) as { account: { login: string }; warnings: { code: string; logins: string[] }[] }
    expect(json.account.login).toBe('zhang3')
    expect(json.warnings).toMatchObject([{ code: 'same-name', logins: ['zhang', 'zhang2'] }])
    expect(fs.existsSync(data)).toBe(true)
  }, hashingTimeout * 3)
})
