import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyBundleZip } from '../../../electron/services/bundle/index'
import type { TestCore } from '../accounts/support'
import { hashingTimeout, office, people, readyNotice, rejection } from './support'

/**
 * Roles that fit the office (issue 14, item 4) on real accounts, real scrypt (at the test cost), real signatures and
 * real trust-list exports: an administrator changes an account's roles and deactivates an account; the keys retired
 * on the way are superseded, never compromised, so what they signed before stays verifiable.
 */

let core: TestCore
let dispose: () => void
const admin = { login: 'admin', password: '管理员口令-Admin-7Qx!' }

beforeAll(async () => {
  ;({ core, dispose } = await office())
}, hashingTimeout)

afterAll(() => dispose())

/** A notice drafted by people.drafter, approved by `reviewer`, as its exported bundle. */
async function approvedBundle(reviewer: { login: string; password: string }): Promise<Uint8Array> {
  const id = await readyNotice(core)
  await core.workflow.submit(id, people.drafter)
  await core.workflow.approve(id, reviewer, '同意')
  return (await core.workflow.export(id, reviewer)).bytes
}

const failing = (bytes: Uint8Array): string[] => verifyBundleZip(bytes, core.trust.build()).checks.filter((c) => !c.ok).map((c) => c.id)
const audited = (event: string) => core.audit.list().filter((e) => e.event === event)

describe('changing roles', () => {
  it('retires the key as superseded with the roles it had; the next password makes a new key under the new roles', async () => {
    const signed = await approvedBundle(people.reviewer)
    expect(failing(signed)).toEqual([])
    core.clock.advance(3600)
    const oldKeyid = core.accounts.get(people.reviewer.login).keyid ?? ''

    const change = await core.accounts.setRoles(admin, people.reviewer.login, ['drafter'])
    expect(change).toMatchObject({ changed: true, retiredKeyids: [oldKeyid] })
    expect(change.account).toMatchObject({ roles: ['drafter'], keyid: null, deactivatedAt: null })
    // the old key keeps the reviewer role it approved with: the older bundle still verifies, roles included
    expect(core.trust.build().keys.find((k) => k.keyid === oldKeyid)).toMatchObject({ roles: ['reviewer'], revocationReason: 'superseded' })
    expect(failing(signed)).toEqual([])
    expect(core.store.get<{ sealed: string | null }>('SELECT encrypted_private_key AS sealed FROM keys WHERE keyid = ?', [oldKeyid])?.sealed).toBeNull()

    const entry = audited('account.roles_changed').at(-1)
    expect(entry).toMatchObject({ actor: 'admin', subject: people.reviewer.login, details: { from: ['reviewer'], to: ['drafter'], retiredKeyids: [oldKeyid] } })
    expect(audited('key.revoked').at(-1)).toMatchObject({ details: { keyid: oldKeyid, reason: 'roles_changed', revocationReason: 'superseded' } })

    expect(core.accounts.rekeyPending(change.account.id)).toBe(true)
    // the reviewer role is gone: approving is refused by the service
    const other = await readyNotice(core)
    await core.workflow.submit(other, people.drafter)
    expect((await rejection(core.workflow.approve(other, people.reviewer, '同意'))).code).toBe('forbidden')

    // that password check made the new key, listed with the new roles only
    const renewed = core.accounts.get(people.reviewer.login)
    expect(core.accounts.rekeyPending(renewed.id)).toBe(false)
    expect(renewed.keyid).not.toBeNull()
    expect(renewed.keyid).not.toBe(oldKeyid)
    expect(core.trust.build().keys.find((k) => k.keyid === renewed.keyid)).toMatchObject({ roles: ['drafter'] })
    expect(audited('key.created').at(-1)).toMatchObject({ actor: people.reviewer.login, details: { keyid: renewed.keyid, reason: 'roles_changed' } })

    // and back: the new role works once the holder has a key under it
    await core.accounts.setRoles(admin, people.reviewer.login, ['reviewer'])
    await core.workflow.approve(other, people.reviewer, '同意')
    expect(failing((await core.workflow.export(other, people.reviewer)).bytes)).toEqual([])
    expect(failing(signed)).toEqual([])
    expect(core.audit.verify().ok).toBe(true)
  }, hashingTimeout)

  it('changing only the admin role keeps the key; an unchanged list changes nothing', async () => {
    const keyid = core.accounts.get(people.other.login).keyid
    const made = await core.accounts.setRoles(admin, people.other.login, ['admin', 'drafter'])
    expect(made).toMatchObject({ changed: true, retiredKeyids: [] })
    expect(made.account).toMatchObject({ roles: ['drafter', 'admin'], keyid })
    const before = core.audit.list().length
    expect(await core.accounts.setRoles(admin, people.other.login, ['drafter', 'admin'])).toMatchObject({ changed: false })
    expect(core.audit.list().length).toBe(before)
    await core.accounts.setRoles(admin, people.other.login, ['drafter'])
    expect(core.accounts.get(people.other.login).keyid).toBe(keyid)
  }, hashingTimeout)

  it('is refused for anyone but an administrator, and for the last administrator', async () => {
    const notAdmin = await rejection(core.accounts.setRoles(people.both, people.drafter.login, ['reviewer']))
    expect(notAdmin.code).toBe('forbidden')
    expect(core.accounts.get(people.drafter.login).roles).toEqual(['drafter'])

    const last = await rejection(core.accounts.setRoles(admin, admin.login, ['drafter']))
    expect(last.code).toBe('conflict')
    expect(last.message).toContain('唯一的管理员')
    expect(core.accounts.get(admin.login).roles).toEqual(['admin'])
    expect((await rejection(core.accounts.setRoles(admin, people.drafter.login, []))).code).toBe('invalid_request')
  }, hashingTimeout)
})

describe('deactivating an account', () => {
  it('refuses sign-in, revokes its keys as superseded, keeps its older bundles verifiable, and is audited', async () => {
    const signed = await approvedBundle(people.both)
    expect(failing(signed)).toEqual([])
    core.clock.advance(3600)
    const keyid = core.accounts.get(people.both.login).keyid ?? ''

    const done = await core.accounts.deactivate(admin, people.both.login)
    expect(done.revokedKeyids).toEqual([keyid])
    expect(done.account.deactivatedAt).toBe(core.clock.now().toISOString())
    expect(core.accounts.keys(people.both.login).map((k) => [k.state, k.revocationReason])).toEqual([['revoked', 'superseded']])
    expect(core.store.get<{ sealed: string | null }>('SELECT encrypted_private_key AS sealed FROM keys WHERE keyid = ?', [keyid])?.sealed).toBeNull()
    // superseded, not compromised: what it approved before still verifies, against a freshly built trust list
    expect(core.trust.build().keys.find((k) => k.keyid === keyid)).toMatchObject({ roles: ['drafter', 'reviewer'], revocationReason: 'superseded' })
    expect(failing(signed)).toEqual([])

    const signIn = await rejection(core.session.signIn(people.both.login, people.both.password))
    expect(signIn.code).toBe('forbidden')
    expect(signIn.message).toContain('已停用')
    // a wrong password still says only 用户名或密码错误
    expect((await rejection(core.session.signIn(people.both.login, 'not-the-password-1'))).message).toContain('用户名或密码错误')
    expect((await rejection(core.accounts.unlockSigningKey(people.both.login, people.both.password))).code).toBe('forbidden')
    // nothing brings a deactivated account's key back by the back door
    expect((await rejection(core.accounts.setRoles(admin, people.both.login, ['drafter'])))).toMatchObject({ code: 'conflict' })
    expect((await rejection(core.accounts.resetPassword(admin, people.both.login, 'reset-again-9Kq!x')))).toMatchObject({ code: 'conflict' })
    expect((await rejection(core.accounts.deactivate(admin, people.both.login))).code).toBe('conflict')

    expect(audited('account.deactivated').at(-1)).toMatchObject({ actor: 'admin', subject: people.both.login, details: { revokedKeyids: [keyid] } })
    expect(audited('key.revoked').at(-1)).toMatchObject({ subject: people.both.login, details: { keyid, reason: 'deactivated', revocationReason: 'superseded' } })
    expect(core.audit.verify().ok).toBe(true)
  }, hashingTimeout)

  it('ends the session of the deactivated account', async () => {
    await core.session.signIn(people.other.login, people.other.password)
    expect(core.session.current()?.login).toBe(people.other.login)
    await core.accounts.deactivate(admin, people.other.login)
    expect(core.session.current()).toBeUndefined()
    expect((await rejection(Promise.resolve().then(() => core.session.require()))).code).toBe('forbidden')
  }, hashingTimeout)

  it('is refused for anyone but an administrator, for oneself, and for the last administrator', async () => {
    expect((await rejection(core.accounts.deactivate(people.drafter, people.reviewer.login))).code).toBe('forbidden')
    expect(core.accounts.get(people.reviewer.login).deactivatedAt).toBeNull()
    const self = await rejection(core.accounts.deactivate(admin, admin.login))
    expect(self.code).toBe('forbidden')
    expect(self.message).toContain('不能停用自己')

    // with a second administrator, the first can be deactivated — by the second
    await core.accounts.setRoles(admin, people.drafter.login, ['drafter', 'admin'])
    await core.accounts.deactivate(people.drafter, admin.login)
    expect(core.accounts.get(admin.login).deactivatedAt).not.toBeNull()
    // now zhang is the only active administrator: neither removing the role nor deactivating is possible
    expect((await rejection(core.accounts.setRoles(people.drafter, people.drafter.login, ['drafter']))).message).toContain('唯一的管理员')
    expect((await rejection(core.accounts.deactivate(people.drafter, people.drafter.login))).code).toBe('forbidden')
    expect(core.audit.verify().ok).toBe(true)
  }, hashingTimeout)
})
