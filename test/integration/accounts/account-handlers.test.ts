import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/api/dispatch'
import { admin, createAdmin, passwords, testCore } from './support'

/**
 * The `account.*` handler map decides nothing: it names who acts (the window's session, the CLI's --as) and the
 * AccountService checks that this account is an administrator and that the password it confirmed with is its
 * own. Called here as the IPC handlers, the browser host and the CLI all call it (shared/api/dispatch.ts).
 */
describe('account handlers: the AccountService rules, whoever calls', () => {
  it('lets nobody create only the first administrator, and afterwards refuses nobody and a drafter', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      const nobody = core.handlersFor(null)
      const first = await dispatch(nobody, 'account.create', { login: 'admin', name: '王管理', roles: ['admin'], password: passwords.admin })
      expect(first).toMatchObject({ ok: true, value: { login: 'admin', roles: ['admin'], warnings: [] } })
      const second = await dispatch(nobody, 'account.create', { login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter })
      expect(second).toMatchObject({ ok: false, code: 'forbidden', detail: { code: 'account.adminOnlyAdds' } })

      const asAdmin = core.handlersFor(core.accounts.get('admin'))
      const zhang = await dispatch(asAdmin, 'account.create', { login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter, adminPassword: passwords.admin })
      expect(zhang).toMatchObject({ ok: true, value: { login: 'zhang', roles: ['drafter'] } })

      // a signed-in drafter confirming with their own (right) password: the service refuses the missing role
      const asDrafter = core.handlersFor(core.accounts.get('zhang'))
      const reset = await dispatch(asDrafter, 'account.reset', { login: 'admin', newPassword: passwords.reset, adminPassword: passwords.drafter })
      expect(reset).toMatchObject({ ok: false, code: 'forbidden', detail: { code: 'session.lacksRole', params: { login: 'zhang', role: 'admin' } } })
      // nobody signed in: nobody to check
      const roles = await dispatch(nobody, 'account.setRoles', { login: 'zhang', roles: ['reviewer'], adminPassword: passwords.admin })
      expect(roles).toMatchObject({ ok: false, code: 'forbidden', detail: { code: 'session.signInFirst' } })
      // the administrator with someone else's password
      const wrong = await dispatch(asAdmin, 'account.deactivate', { login: 'zhang', adminPassword: passwords.drafter })
      expect(wrong.ok).toBe(false)
      expect(core.accounts.get('zhang')).toMatchObject({ roles: ['drafter'], deactivatedAt: null })
    } finally {
      core.close()
    }
  })

  it('revokes keys through account.revokeKey and answers what changed', async () => {
    const core = await testCore({ cheapKdf: true })
    try {
      await createAdmin(core)
      await core.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }, admin)
      const keyid = core.accounts.get('zhang').keyid
      const asAdmin = core.handlersFor(core.accounts.get('admin'))
      const asDrafter = core.handlersFor(core.accounts.get('zhang'))

      const refused = await dispatch(asDrafter, 'account.revokeKey', { login: 'admin', reason: 'compromised', adminPassword: passwords.drafter })
      expect(refused).toMatchObject({ ok: false, code: 'forbidden', detail: { code: 'session.lacksRole' } })
      expect(core.accounts.keys('admin').map((k) => k.state)).toEqual(['active'])

      const bad = await dispatch(asAdmin, 'account.revokeKey', { login: 'zhang', reason: 'stolen', adminPassword: passwords.admin })
      expect(bad).toMatchObject({ ok: false, code: 'invalid_request' })

      const done = await dispatch(asAdmin, 'account.revokeKey', { login: 'zhang', reason: 'superseded', adminPassword: passwords.admin })
      expect(done).toMatchObject({ ok: true, value: { login: 'zhang', revoked: [{ keyid, alg: 'ed25519', reason: 'superseded', change: 'revoked' }] } })
      // an already retired key marked compromised afterwards: every signature it made becomes void
      const worse = await dispatch(asAdmin, 'account.revokeKey', { login: 'zhang', reason: 'compromised', keyid: keyid ?? '', adminPassword: passwords.admin })
      expect(worse).toMatchObject({ ok: true, value: { revoked: [{ keyid, reason: 'compromised', change: 'now-compromised' }] } })
      expect(core.accounts.keys('zhang').map((k) => [k.state, k.revocationReason])).toEqual([['revoked', 'compromised']])
      expect(core.audit.list().filter((e) => e.event === 'key.revoked').map((e) => e.actor)).toEqual(['admin', 'admin'])
    } finally {
      core.close()
    }
  })
})
