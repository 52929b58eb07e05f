import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, passwordFile } from '../accounts/cli-run'
import { hashingTimeout, passwords, seedCliOffice } from '../accounts/support'
import { tempDir } from '../../support/temp-dir'

/** `user roles` and `user deactivate` (issue 14, item 4): admin only, audited, superseded keys in user list. */

type Listed = { accounts: { login: string; roles: string[]; deactivatedAt: string | null; keys: { state: string; revocationReason: string | null }[] }[] }

describe('countersign user roles / user deactivate', () => {
  it('changes roles and deactivates as an admin; refuses others, oneself and bad input', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const adminFile = passwordFile(dir, 'admin.txt', passwords.admin)
    const zhangFile = passwordFile(dir, 'zhang.txt', passwords.drafter)
    const run = (args: string[]) => cli([...args, '--data', data])
    await seedCliOffice(data, [
      { login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter },
      { login: 'li', name: '李四', roles: ['reviewer'], password: passwords.reviewer },
    ])
    const asAdmin = ['--as', 'admin', '--password-file', adminFile]
    const listed = async () => JSON.parse((await run(['user', 'list', '--json'])).stdout) as Listed
    const account = async (login: string) => (await listed()).accounts.find((a) => a.login === login)

    expect((await run(['user', 'roles', 'zhang', '--roles', 'drafter,boss', ...asAdmin])).stderr).toContain('--roles: unknown role boss')
    expect((await run(['user', 'roles', 'zhang', ...asAdmin])).code).toBe(2)
    const notAdmin = await run(['user', 'roles', 'li', '--roles', 'drafter', '--as', 'zhang', '--password-file', zhangFile])
    expect(notAdmin.code).not.toBe(0)
    expect(notAdmin.stderr).toContain('没有管理员角色')
    expect((await account('li'))?.roles).toEqual(['reviewer'])

    const changed = await run(['user', 'roles', 'zhang', '--roles', 'drafter,reviewer', ...asAdmin])
    expect(changed.stderr).toBe('')
    expect(changed.code).toBe(0)
    expect(changed.stdout).toContain('已修改角色 roles of zhang: [drafter,reviewer]')
    expect(changed.stdout).toContain('已更替 superseded')
    expect(await account('zhang')).toMatchObject({ roles: ['drafter', 'reviewer'], keys: [{ state: 'revoked', revocationReason: 'superseded' }] })
    const lastAdmin = await run(['user', 'roles', 'admin', '--roles', 'drafter', ...asAdmin])
    expect(lastAdmin.code).not.toBe(0)
    expect(lastAdmin.stderr).toContain('唯一的管理员')

    expect((await run(['user', 'deactivate', 'admin', ...asAdmin])).stderr).toContain('不能停用自己')
    const gone = await run(['user', 'deactivate', 'li', ...asAdmin])
    expect(gone.code).toBe(0)
    expect(gone.stdout).toContain('已停用账户 deactivated li')
    const li = await account('li')
    expect(li?.deactivatedAt).not.toBeNull()
    expect(li?.keys.map((k) => [k.state, k.revocationReason])).toEqual([['revoked', 'superseded']])
    expect((await run(['user', 'list'])).stdout).toMatch(/li {2}李四 {2}\[reviewer\] .*已停用 deactivated/)

    const audit = await run(['audit', 'verify', '--json'])
    expect(audit.code).toBe(0)
    expect((await run(['--help'])).stdout).toContain('user deactivate LOGIN --as ADMIN')
  }, hashingTimeout * 3)
})
