import { fingerprintOf, roleSchema, type Role } from '../../../shared/accounts/index'
import type { AccountView } from '../../../shared/api/contract-workflow'
import type { AccountListing, Credentials } from '../../services/accounts/index'
import { parse, requireString } from '../args'
import { actingAs, readPasswordFile, requireActingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor, type CliFrontDoor } from '../front-door'
import { accountWarningText } from '../words'
import { CliError, printJson, type Output } from '../io'

export const userUsage = `user add --login LOGIN --name NAME --role drafter|reviewer|admin --new-password-file F [--as ADMIN]
user list [--json]
user passwd --as LOGIN --new-password-file F          (old password: --password-file F or COUNTERSIGN_PASSWORD)
user reset --login LOGIN --new-password-file F --as ADMIN   (issues a new key, revokes the old one as superseded)
user revoke LOGIN --reason compromised|superseded [--key KEYID] --as ADMIN   (compromised: every signature of the key is void)
user roles LOGIN --roles drafter,reviewer,admin --as ADMIN   (a change of drafter/reviewer retires the key as superseded; a new one at the next password)
user deactivate LOGIN --as ADMIN   (no more sign-in; keys revoked as superseded, earlier signatures stay valid)`

export async function userCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'add':
      return userAdd(rest, output)
    case 'list':
      return userList(rest, output)
    case 'passwd':
      return userPasswd(rest, output)
    case 'reset':
      return userReset(rest, output)
    case 'revoke':
      return userRevoke(rest, output)
    case 'roles':
      return userRoles(rest, output)
    case 'deactivate':
      return userDeactivate(rest, output)
    default:
      throw new CliError(`unknown user command: ${sub ?? '(none)'}; try: user add | user list | user passwd | user reset | user revoke | user roles | user deactivate`)
  }
}

const newPasswordOption = { 'new-password-file': { type: 'string' } } as const

/**
 * One account change through the same handler map as the app's: `--as` signs in for this command, and the
 * AccountService checks that account's role and password (given again as `adminPassword`) itself.
 */
function asAccountCall<T>(data: string | undefined, actor: Credentials | undefined, call: (door: CliFrontDoor, password: string | undefined) => Promise<T>): Promise<T> {
  return withCore(data, async (core) => call(await cliFrontDoor(core, actor), actor?.password))
}

/** The account fields the CLI has always printed (the response's key list is left to `user list`). */
function accountJson(view: AccountView): Record<string, unknown> {
  return { id: view.id, login: view.login, name: view.name, roles: view.roles, createdAt: view.createdAt, keyid: view.keyid, deactivatedAt: view.deactivatedAt }
}

async function userAdd(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true }, ...newPasswordOption })
  noPositionals(positionals)
  const login = requireString(values.login, '--login')
  const name = requireString(values.name, '--name')
  const roles = parseRoles(values.role)
  const password = readPasswordFile(requireString(values['new-password-file'], '--new-password-file'), '--new-password-file')
  const admin = actingAs(values)
  const created = await asAccountCall(values.data, admin, (door, adminPassword) => door.call('account.create', { login, name, roles, password, adminPassword }))
  const fingerprint = created.keyid === null ? null : fingerprintOf(created.keyid)
  const warnings = created.warnings.map((warning) => ({ ...warning, message: accountWarningText(warning, name) }))
  if (values.json) printJson(output, { account: { ...accountJson(created), fingerprint }, warnings })
  else {
    output.out(`已创建账户 created ${created.login}（${created.name}，${created.roles.join(', ')}）\n密钥指纹 fingerprint: ${fingerprint ?? '-'}`)
    // a warning, not a refusal: the account exists and the exit code stays 0
    for (const warning of warnings) output.err(`注意 warning: ${warning.message}`)
  }
  return 0
}

async function userList(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, {})
  noPositionals(positionals)
  const accounts = await withCore(values.data, (core) => core.accounts.list())
  if (values.json) printJson(output, { accounts: accounts.map(toJson) })
  else if (!accounts.length) output.out('（没有账户 no accounts; create the first admin with user add … --role admin）')
  else for (const account of accounts) output.out(listLine(account))
  return 0
}

async function userPasswd(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, newPasswordOption)
  noPositionals(positionals)
  const newPasswordFile = requireString(values['new-password-file'], '--new-password-file')
  const self = requireActingAs(values, 'whose password to change')
  const password = readPasswordFile(newPasswordFile, '--new-password-file')
  const changed = await asAccountCall(values.data, self, (door) => door.call('account.changePassword', { oldPassword: self.password, newPassword: password }))
  const { fingerprint, ...account } = changed.account
  if (values.json) printJson(output, { account })
  else output.out(`已修改密码 password changed for ${account.login}; 签名密钥不变 same key ${fingerprint ?? '-'}`)
  return 0
}

async function userReset(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { login: { type: 'string' }, ...newPasswordOption })
  noPositionals(positionals)
  const login = requireString(values.login, '--login')
  const newPasswordFile = requireString(values['new-password-file'], '--new-password-file')
  const admin = requireActingAs(values, 'an admin resets passwords')
  const password = readPasswordFile(newPasswordFile, '--new-password-file')
  const account = await asAccountCall(values.data, admin, (door) => door.call('account.reset', { login, newPassword: password, adminPassword: admin.password }))
  const fingerprint = account.keyid === null ? null : fingerprintOf(account.keyid)
  if (values.json) printJson(output, { account: { ...accountJson(account), fingerprint } })
  else output.out(`已重置密码 password reset for ${account.login}; 旧密钥已吊销 old key revoked\n新密钥指纹 new fingerprint: ${fingerprint ?? '-'}\n请重新导出信任列表 re-export the trust list (trust export)`)
  return 0
}

async function userRevoke(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { reason: { type: 'string' }, key: { type: 'string' } })
  const [login, extra] = positionals
  if (!login) throw new CliError('missing LOGIN; usage: user revoke LOGIN --reason compromised|superseded [--key KEYID] --as ADMIN')
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  const reason = requireString(values.reason, '--reason')
  if (reason !== 'compromised' && reason !== 'superseded') throw new CliError(`--reason: ${reason} is neither compromised (已泄露) nor superseded (已更替)`)
  const admin = requireActingAs(values, 'an admin revokes keys')
  const { revoked } = await asAccountCall(values.data, admin, (door) => door.call('account.revokeKey', { login, reason, keyid: values.key, adminPassword: admin.password }))
  if (values.json) printJson(output, { login, revoked })
  else {
    const what = reason === 'compromised' ? '已泄露 compromised: 它做出的所有签名都不再有效 every signature it made is void' : '已更替 superseded: 此前的签名仍然有效 earlier signatures stand'
    for (const key of revoked) output.out(`已吊销 revoked ${key.alg} ${fingerprintOf(key.keyid)}（${what}）`)
    output.out('请重新导出信任列表并交给发布人员 re-export the trust list (trust export) and hand it to the web publisher')
  }
  return 0
}

async function userRoles(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { roles: { type: 'string', multiple: true } })
  const login = oneLogin(positionals, 'user roles LOGIN --roles drafter,reviewer,admin --as ADMIN')
  if (!values.roles) throw new CliError('missing --roles drafter|reviewer|admin (comma-separated)')
  const roles = parseRoles(values.roles, '--roles')
  const admin = requireActingAs(values, 'an admin changes roles')
  const result = await asAccountCall(values.data, admin, (door) => door.call('account.setRoles', { login, roles, adminPassword: admin.password }))
  if (values.json) printJson(output, { account: accountJson(result), changed: result.changed, retiredKeyids: result.retiredKeyids })
  else if (!result.changed) output.out(`角色没有变化 unchanged: ${login} [${result.roles.join(',')}]`)
  else {
    output.out(`已修改角色 roles of ${login}: [${result.roles.join(',')}]`)
    for (const keyid of result.retiredKeyids) output.out(`已吊销 retired ${fingerprintOf(keyid)}（已更替 superseded: 此前的签名仍然有效 earlier signatures stand）`)
    if (result.retiredKeyids.length > 0) {
      output.out(`${login} 下次输入密码时生成新密钥 a new key is made at ${login}'s next password; 之后请重新导出信任列表 then re-export the trust list (trust export)`)
    }
  }
  return 0
}

async function userDeactivate(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, {})
  const login = oneLogin(positionals, 'user deactivate LOGIN --as ADMIN')
  const admin = requireActingAs(values, 'an admin deactivates accounts')
  const result = await asAccountCall(values.data, admin, (door) => door.call('account.deactivate', { login, adminPassword: admin.password }))
  if (values.json) printJson(output, { account: accountJson(result), revokedKeyids: result.revokedKeyids })
  else {
    output.out(`已停用账户 deactivated ${login}: 不能再登录 can no longer sign in`)
    for (const keyid of result.revokedKeyids) output.out(`已吊销 revoked ${fingerprintOf(keyid)}（已更替 superseded: 此前的签名仍然有效 earlier signatures stand）`)
    output.out('请重新导出信任列表并交给发布人员 re-export the trust list (trust export) and hand it to the web publisher')
  }
  return 0
}

function oneLogin(positionals: string[], usage: string): string {
  const [login, extra] = positionals
  if (!login) throw new CliError(`missing LOGIN; usage: ${usage}`)
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  return login
}

/** --role may be repeated or comma-separated: `--role drafter --role reviewer` = `--role drafter,reviewer`. */
function parseRoles(values: string[] | undefined, option = '--role'): Role[] {
  const names = (values ?? []).flatMap((value) => value.split(',')).map((name) => name.trim())
  if (names.length === 0 || names.includes('')) throw new CliError(`missing ${option} drafter|reviewer|admin`)
  return names.map((name) => {
    const role = roleSchema.safeParse(name)
    if (!role.success) throw new CliError(`${option}: unknown role ${name}; one of drafter, reviewer, admin`)
    return role.data
  })
}

function noPositionals(positionals: string[]): void {
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
}

function toJson(account: AccountListing): Record<string, unknown> {
  const active = account.keys.find((key) => key.keyid === account.keyid)
  return {
    id: account.id,
    login: account.login,
    name: account.name,
    roles: account.roles,
    createdAt: account.createdAt,
    keyid: account.keyid,
    fingerprint: account.fingerprint,
    deactivatedAt: account.deactivatedAt,
    keyState: active?.state ?? 'none',
    keys: account.keys.map((key) => ({ keyid: key.keyid, alg: key.alg, fingerprint: key.fingerprint, state: key.state, validFrom: key.validFrom, validUntil: key.validUntil, revokedAt: key.revokedAt, revocationReason: key.revocationReason })),
  }
}

function listLine(account: AccountListing): string {
  const active = account.keys.find((key) => key.keyid === account.keyid)
  const revoked = account.keys.filter((key) => key.state === 'revoked').length
  const state = `${account.deactivatedAt ? '已停用 deactivated, ' : ''}${active?.state ?? 'no key'}${revoked ? `, ${revoked} revoked` : ''}`
  return `${account.login}  ${account.name}  [${account.roles.join(',')}]  ${account.fingerprint ?? '-'}  (${state})`
}
