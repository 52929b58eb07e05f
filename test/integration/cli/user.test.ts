import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run as runInProcess } from '../../../electron/cli/main'
import { parseTrustList } from '../../../shared/accounts/index'
import { tempDir } from '../../support/temp-dir'
import { cli, passwordFile, type Run } from '../accounts/cli-run'
import { admin, createAdmin, hashingTimeout, passwords, testCore } from '../accounts/support'

type Listed = { accounts: { login: string; name: string; roles: string[]; keyid: string; fingerprint: string; keyState: string; keys: { keyid: string; state: string; revokedAt: string | null }[] }[] }

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

function expectNoSecret(run: Run): void {
  for (const password of Object.values(passwords)) expect(run.stdout + run.stderr).not.toContain(password)
}

function oneLineError(run: Run, code: number, text: string): void {
  expect(run.code, run.stderr).toBe(code)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).toContain(text)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expectNoSecret(run)
}

/** The CLI's own entry function in this process: the same code path minus the spawn, for the many refusals. */
async function inProcess(args: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runInProcess(args, { out: (text) => void (stdout += `${text}\n`), err: (text) => void (stderr += `${text}\n`) })
  return { code, stdout, stderr }
}

/** A data directory holding the first admin and one drafter, made through the services (faster than spawning). */
async function officeWithDrafter(): Promise<{ dir: string; data: string }> {
  const dir = tempDir()
  const data = path.join(dir, 'data')
  const core = await testCore({ dataDir: data, cheapKdf: true })
  try {
    await createAdmin(core)
    await core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }, admin)
  } finally {
    core.close()
  }
  return { dir, data }
}

describe('countersign user (spawned)', () => {
  it('creates the first admin without --as, then accounts as the admin, and lists them', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    // Notepad style: BOM and CRLF, both stripped.
    const adminPw = passwordFile(dir, 'admin.pw', passwords.admin, '\r\n', true)
    const drafterPw = passwordFile(dir, 'zhang.pw', passwords.drafter)

    const first = await cli(['user', 'add', '--login', 'admin', '--name', '王管理', '--role', 'admin', '--new-password-file', adminPw, '--data', data])
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/fingerprint: ([0-9a-f]{4} ){7}[0-9a-f]{4}/)
    const zhang = await cli(['user', 'add', '--login', 'zhang', '--name', '张三', '--role', 'drafter', '--new-password-file', drafterPw, '--as', 'admin', '--data', data], {
      COUNTERSIGN_PASSWORD: passwords.admin,
    })
    expect(zhang.code, zhang.stderr).toBe(0)
    const li = await cli(['user', 'add', '--login', 'li', '--name', '李四', '--role', 'reviewer,drafter', '--new-password-file', drafterPw, '--as', 'admin', '--password-file', adminPw, '--json', '--data', data])
    expect(li.code, li.stderr).toBe(0)
    expect((JSON.parse(li.stdout) as { account: { roles: string[] } }).account.roles).toEqual(['drafter', 'reviewer'])

    const list = await cli(['user', 'list', '--json', '--data', data])
    expect(list.code).toBe(0)
    const listed = JSON.parse(list.stdout) as Listed
    expect(listed.accounts.map((a) => [a.login, a.name, a.roles, a.keyState])).toEqual([
      ['admin', '王管理', ['admin'], 'active'],
      ['zhang', '张三', ['drafter'], 'active'],
      ['li', '李四', ['drafter', 'reviewer'], 'active'],
    ])
    for (const account of listed.accounts) expect(account.fingerprint.replaceAll(' ', '')).toBe(account.keyid.slice(0, 32))
    const human = await cli(['user', 'list', '--data', data])
    expect(human.stdout).toContain('zhang  张三  [drafter]')
    for (const result of [first, zhang, li, list, human]) expectNoSecret(result)
  }, hashingTimeout)

  it('changes a password (same key), resets one (new key, old revoked) and exports the trust list', async () => {
    const { dir, data } = await officeWithDrafter()
    const adminPw = passwordFile(dir, 'admin.pw', passwords.admin)
    const oldPw = passwordFile(dir, 'old.pw', passwords.drafter)
    const newPw = passwordFile(dir, 'new.pw', passwords.changed)
    const resetPw = passwordFile(dir, 'reset.pw', passwords.reset)
    const listed = async (): Promise<Listed['accounts']> => (JSON.parse((await cli(['user', 'list', '--json', '--data', data])).stdout) as Listed).accounts
    const before = (await listed()).find((a) => a.login === 'zhang')

    const changed = await cli(['user', 'passwd', '--as', 'zhang', '--password-file', oldPw, '--new-password-file', newPw, '--data', data])
    expect(changed.stderr).toBe('')
    expect(changed.code).toBe(0)
    const reset = await cli(['user', 'reset', '--login', 'zhang', '--new-password-file', resetPw, '--as', 'admin', '--password-file', adminPw, '--data', data])
    expect(reset.code, reset.stderr).toBe(0)
    const zhang = (await listed()).find((a) => a.login === 'zhang')
    // passwd kept the key; reset replaced it.
    expect(zhang?.keys.map((k) => [k.keyid, k.state])).toEqual([
      [before?.keyid, 'revoked'],
      [zhang?.keyid, 'active'],
    ])
    expect(zhang?.keyid).not.toBe(before?.keyid)

    const out = path.join(dir, 'trust.json')
    const exported = await cli(['trust', 'export', '--out', out, '--office', '某某街道办事处', '--json', '--data', data])
    expect(exported.code, exported.stderr).toBe(0)
    const text = fs.readFileSync(out, 'utf8')
    expect(JSON.parse(exported.stdout)).toEqual({ out, office: '某某街道办事处', keys: 3, sha256: sha256(Buffer.from(text)) })
    // Parsed by the verifier's own parser, which also checks each keyid is the SHA-256 of its key.
    const parsed = parseTrustList(JSON.parse(text), sha256)
    if (!parsed.ok) throw new Error(`trust list refused: ${JSON.stringify(parsed.problem)}`)
    const trust = parsed.value
    expect(trust.format).toBe('countersign-trust/v1')
    expect(trust.keys.map((k) => [k.name, k.roles, k.revokedAt === null])).toEqual([
      ['王管理', ['admin'], true],
      ['张三', ['drafter'], false],
      ['张三', ['drafter'], true],
    ])
    expect(trust.keys[1]?.personId).toBe(trust.keys[2]?.personId)
    expect(trust.keys[1]?.revokedAt).toBe(trust.keys[2]?.validFrom)
    for (const result of [changed, reset, exported]) expectNoSecret(result)
  }, hashingTimeout)
})

describe('countersign user: refusals (in process)', () => {
  it('refuses adds without an admin, with a wrong or missing password, or with a plain-argument password', async () => {
    const { dir, data } = await officeWithDrafter()
    const drafterPw = passwordFile(dir, 'zhang.pw', passwords.drafter)
    const add = ['user', 'add', '--login', 'wang', '--name', '王五', '--role', 'drafter', '--new-password-file', drafterPw, '--data', data]
    oneLineError(await inProcess(add), 2, 'only an admin can add accounts')
    oneLineError(await inProcess([...add, '--as', 'admin']), 2, "--as admin needs that account's password")
    oneLineError(await inProcess([...add, '--as', 'admin', '--password-file', drafterPw]), 2, 'wrong login or password')
    oneLineError(await inProcess([...add, '--as', 'zhang', '--password-file', drafterPw]), 2, 'does not have the admin role')
    const missing = path.join(dir, 'missing.pw')
    oneLineError(await inProcess([...add, '--as', 'admin', '--password-file', missing]), 2, `${missing}: no such file`)
    oneLineError(await inProcess(add.map((arg) => (arg === drafterPw ? missing : arg))), 2, `${missing}: no such file`)
    fs.writeFileSync(path.join(dir, 'empty.pw'), '\n')
    oneLineError(await inProcess([...add, '--as', 'admin', '--password-file', path.join(dir, 'empty.pw')]), 2, 'empty first line')
    // There is no way to pass a password as a plain argument; the refusal does not echo it.
    oneLineError(await inProcess([...add, '--as', 'admin', '--password', passwords.admin]), 2, '--password')
    oneLineError(await inProcess([...add.slice(0, 6), '--role', 'boss', ...add.slice(8)]), 2, 'unknown role boss')
    oneLineError(await inProcess(['user', 'reset', '--login', 'zhang', '--new-password-file', drafterPw, '--data', data]), 2, 'missing --as')
    oneLineError(await inProcess(['user', 'passwd', '--as', 'zhang', '--password-file', drafterPw, '--data', data]), 2, 'missing --new-password-file')
    const nowhere = path.join(dir, 'no-such-dir', 'trust.json')
    oneLineError(await inProcess(['trust', 'export', '--out', nowhere, '--data', data]), 2, `${nowhere}: no such directory`)
    expect((await inProcess(['user', 'list', '--data', data])).stdout).not.toContain('wang')
  }, hashingTimeout)

  it('refuses --as before the office has any account: the first admin is made without it', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const pw = passwordFile(dir, 'admin.pw', passwords.admin)
    const first = ['user', 'add', '--login', 'admin', '--name', '王管理', '--role', 'admin', '--new-password-file', pw, '--data', data]
    oneLineError(await inProcess([...first, '--as', 'admin', '--password-file', pw]), 2, 'no accounts yet: create the first admin without --as')
    expect((await inProcess(['user', 'list', '--json', '--data', data])).stdout).toContain('"accounts": []')
  }, hashingTimeout)
})
